namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// The headline of a copied page: among the lines shortly before the article's main text, the one shaped like a
/// headline (a few words to a sentence, no closing full stop, not a date, byline, menu label or notice), preferring
/// a line the page repeats (in a breadcrumb, a "comments on …" heading, a caption) and the one nearest the text.
/// </summary>
public static class Headlines
{
    /// <summary>How many non-blank lines before the main text are looked at.</summary>
    private const int Reach = 45;

    /// <summary>How many lines either side are searched for a repetition (bounded, so the search stays linear).</summary>
    private const int RepeatReach = 600;

    public static int Find(IReadOnlyList<string> lines, MainText main)
    {
        var best = (Index: -1, Score: double.MinValue);
        foreach (var c in Candidates(lines, main))
        {
            if (c.Score > best.Score)
            {
                best = (c.Index, c.Score);
            }
        }
        return best.Index;
    }

    /// <summary>
    /// On a page that is nearly all article (a clean copy), whether the headline is a line below the page's first one
    /// that outweighs it: a site's name, a menu or consent button or an archive's banner opens the copy, and the
    /// headline under it is the title. Where the first headline-shaped line (past stamps and accessibility links) is the
    /// likeliest headline, the copy opens with its title.
    /// </summary>
    public static bool BelowTheFirstLine(IReadOnlyList<string> lines, MainText main)
    {
        var top = 0;
        while (top < lines.Count && (lines[top].Length == 0 || !Eligible(lines[top])))
        {
            top++;
        }
        var candidates = Candidates(lines, main);
        if (candidates.Count == 0)
        {
            return false;
        }
        var best = candidates.MaxBy(c => c.Score)!;
        var first = candidates.FirstOrDefault(c => c.Index == top);
        return best.Index > top && (first is null || first.Score < best.Score);
    }

    /// <summary>The lines before the article's prose that may be its headline, nearest first, with their evidence.</summary>
    public static IReadOnlyList<HeadlineCandidate> Candidates(IReadOnlyList<string> lines, MainText main)
    {
        var found = new List<HeadlineCandidate>();
        if (main.Start < 0)
        {
            return found;
        }
        var first = FirstParagraph(lines, main);
        var overlap = new HeadlineOverlap(lines, first, main.End, main.Language);
        var seen = 0;
        for (var i = first - 1; i >= 0 && seen < Reach; i--)
        {
            ExtractionBudget.Check();
            if (lines[i].Length == 0)
            {
                continue;
            }
            if (Eligible(lines[i]))
            {
                found.Add(Describe(lines, i, seen, main) with { BodyOverlap = overlap.Of(lines[i]) });
            }
            seen++;
        }
        return MarkStandfirsts(lines, found);
    }

    /// <summary>
    /// A headline-shaped line right above a longer one that is also headline-shaped: the upper is the headline and the
    /// lower its standfirst (news and magazines print a sentence-long summary under the title, nearer the prose).
    /// </summary>
    private static List<HeadlineCandidate> MarkStandfirsts(IReadOnlyList<string> lines, List<HeadlineCandidate> found)
    {
        var byIndex = found.ToDictionary(c => c.Index);
        for (var k = 0; k < found.Count; k++)
        {
            var c = found[k];
            var next = c.Index + 1;
            while (next < lines.Count && lines[next].Length == 0)
            {
                next++;
            }
            if (c.Words >= StandfirstHeadlineWords && byIndex.TryGetValue(next, out var below) && below.Words > c.Words
                && below.StopDensity > 0)
            {
                found[k] = c with { AboveStandfirst = true };
            }
        }
        return found;
    }

    /// <summary>How many words a line needs to be a headline over a standfirst (a kicker or section label has fewer).</summary>
    private const int StandfirstHeadlineWords = 3;

    /// <summary>
    /// Where the article's prose begins: the classifier's run may open with the headline and its header lines (short
    /// lines right before prose count as its heading), so the first long line of the run, or the first good sentence
    /// (news printed a sentence to a line), within a few lines.
    /// </summary>
    private static int FirstParagraph(IReadOnlyList<string> lines, MainText main)
    {
        var looked = 0;
        for (var i = main.Start; i <= main.End && looked < 30; i++)
        {
            var line = lines[i];
            if (line.Length >= BlockClassifier.LengthLow * 2
                || (line.Length >= BlockClassifier.LengthLow && main.Quality[i] == LineQuality.Good && line[^1] is '.' or '!' or '?' or '"' or '”' or '»'
                    && !QuestionOrQuoteHeadline(line)))
            {
                return i;
            }
            looked += lines[i].Length > 0 ? 1 : 0;
        }
        return main.Start;
    }

    /// <summary>
    /// A single sentence ending in a question mark or a closing quotation mark, of a headline's length: news headlines
    /// are often a question ("¿Cuándo serán las vacaciones escolares?") or a quotation ("Minister: „…“"), and a line
    /// like that right above the prose is the headline, not the prose's first sentence.
    /// </summary>
    private static bool QuestionOrQuoteHeadline(string line) =>
        line[^1] is '?' or '"' or '”' or '“' or '»' or '«' && TextNormalizer.WordCount(line) <= 20
        && !line.AsSpan(0, line.Length - 1).TrimEnd("\"”“»«?".AsSpan()).ContainsAny(".?!");

    private static bool Eligible(string line) =>
        line.Length is >= 3 and <= 200 && TextNormalizer.WordCount(line) <= 30 && line.Any(char.IsLetter) && line[^1] is not (':' or ',')
        && !LineRules.IsInterface(line) && !LineRules.IsNotice(line) && LineRules.AsDateLine(line) is null
        && !PageFurniture.IsCaption(line) && !PageFurniture.IsPrompt(line) && !PageFurniture.IsSectionAfterArticle(line)
        && !PageFurniture.IsInterfaceWord(line)
        && !LineRules.IsUpdateStamp(line, out _) && Bylines.Read(line, allowBareName: false) is null
        && !(TextNormalizer.WordCount(line) <= 5 && DateLines.Find(line) is not null) && HeaderBylines.Prefixed(line).Count == 0;

    private static HeadlineCandidate Describe(IReadOnlyList<string> lines, int i, int distance, MainText main)
    {
        var line = lines[i];
        return new HeadlineCandidate(i, line, distance, TextNormalizer.WordCount(line),
            StartsLikeText: char.IsLetterOrDigit(line[0]) || line[0] is '"' or '„' or '“' or '«' or '¿' or '¡',
            NextIsHeader: NextIsHeaderLine(lines, i),
            Repeats: Repeated(lines, i) ? Math.Max(2, Exact(lines, i)) : Exact(lines, i) >= 3 ? Exact(lines, i) : 0,
            Heading: LineRules.LooksLikeHeading(line),
            EndsWithStop: line[^1] == '.',
            StopDensity: main.Language.Density(line),
            Quality: main.Quality[i],
            BareName: HeaderBylines.IsBareName(line, main.Language),
            HasDate: line.Length <= 120 && DateLines.Find(line) is not null);
    }

    /// <summary>The next line is a date or byline line, as under a headline.</summary>
    private static bool NextIsHeaderLine(IReadOnlyList<string> lines, int i)
    {
        for (var j = i + 1; j < lines.Count && j <= i + 3; j++)
        {
            if (lines[j].Length > 0)
            {
                return DateLines.Find(lines[j]) is not null || HeaderBylines.Prefixed(lines[j]).Count > 0;
            }
        }
        return false;
    }

    /// <summary>How many times the line occurs on the page as a line of its own (within the search's reach).</summary>
    private static int Exact(IReadOnlyList<string> lines, int i)
    {
        var count = 0;
        var limit = Math.Min(lines.Count, i + RepeatReach);
        for (var j = Math.Max(0, i - RepeatReach); j < limit; j++)
        {
            count += lines[j].Length == lines[i].Length && string.Equals(lines[j], lines[i], StringComparison.Ordinal) ? 1 : 0;
        }
        return count;
    }

    /// <summary>The line, of a headline's length, occurs again in the page: as a line of its own or inside a longer one.</summary>
    private static bool Repeated(IReadOnlyList<string> lines, int i)
    {
        var line = lines[i];
        if (line.Length < 12)
        {
            return false;
        }
        var limit = Math.Min(lines.Count, i + RepeatReach);
        for (var j = Math.Max(0, i - RepeatReach); j < limit; j++)
        {
            if (j != i && lines[j].Length >= line.Length && lines[j].Length < line.Length * 3 + 40
                && lines[j].Contains(line, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>
/// A line that may be the headline, with the evidence for it. <see cref="Score"/> weighs the evidence: a headline is a
/// phrase of four to twenty words that uses the language's function words (a menu label or section name is one or
/// two words without them), near the prose, repeated once elsewhere on the page (a breadcrumb, a caption), above a
/// date or byline line; a long sentence ending in a full stop is a lead, a line shaped like a person's name is a
/// byline and one holding a date a header line, unless nothing likelier is near. The weights were set by hand on the
/// development set (trafilatura's evaluation pages) and each is kept only where removing it loses the headline on several sites' pages (removing the distance loses 22 net,
/// the word count 51, the next-line date/byline 27, the repetition 37, the stop words 15, the long-sentence penalty 7,
/// the date penalty 5, the heading shape 4, the text-like start 2 of 845 titles; the person's-name penalty changes one
/// title either way but keeps a byline from being taken for the headline); an all-capitals penalty for short lines
/// changed no page and was dropped (short section labels already lose on their word count). The strongest evidence is
/// the share of the line's content words the prose repeats (<see cref="HeadlineOverlap"/>): it found 55 more headlines
/// and lost 12 (weights 2, 3, 5, 7, 10 gained 31, 41, 55, 65, 71 and lost 3, 10, 12, 20, 24; 5 keeps losses low).
/// </summary>
public sealed record HeadlineCandidate(int Index, string Line, int Distance, int Words, bool StartsLikeText, bool NextIsHeader,
    int Repeats, bool Heading, bool EndsWithStop, double StopDensity, LineQuality Quality, bool BareName,
    bool HasDate)
{
    /// <summary>The share of the line's content words that the article's prose repeats (<see cref="HeadlineOverlap"/>).</summary>
    public double BodyOverlap { get; init; }

    /// <summary>The next line is a longer headline-shaped line: this one is the headline over its standfirst.</summary>
    public bool AboveStandfirst { get; init; }

    public double Score =>
        -0.4 * Math.Min(Distance, DistanceCap)
        + Words switch { <= 2 => -2.5, 3 => 0, <= 20 => 2.5, _ => 1 }
        - (StartsLikeText ? 0 : 2)
        + (NextIsHeader ? 2 : 0)
        + Repeats switch { 0 => 0, <= 2 => 3, _ => 1.5 }
        + (Heading ? 1 : 0)
        - (EndsWithStop ? Words > 8 ? 5 : Words >= 4 ? 2 : 0 : 0)
        + (StopDensity > 0 ? 2.5 : 0)
        - (BareName ? 3 : 0)
        - (HasDate ? 2 : 0)
        + 5 * BodyOverlap
        + (AboveStandfirst ? StandfirstWeight : 0);

    /// <summary>
    /// Past this many lines the distance tells no more: recipes, product and event pages put a long block of short lines
    /// (ingredients, facts, dates) between the headline and the prose. Caps of 10, 15 and 20 lines (looking 45 lines up)
    /// found 2, 5 and 2 more headlines of the development set's than no cap.
    /// </summary>
    private const int DistanceCap = 15;

    /// <summary>Weights 0.8, 1.5 and 2.5 gained 0, 8 and 4 titles net on the development set.</summary>
    private const double StandfirstWeight = 1.5;
}
