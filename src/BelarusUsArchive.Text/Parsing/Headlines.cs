namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// The headline of a copied page: among the lines shortly before the article's main text, the one shaped like a
/// headline (a few words to a sentence, no closing full stop, not a date, byline, menu label or notice), preferring
/// a line the page repeats (in a breadcrumb, a "comments on …" heading, a caption) and the one nearest the text.
/// </summary>
public static class Headlines
{
    /// <summary>How many non-blank lines before the main text are looked at.</summary>
    private const int Reach = 25;

    /// <summary>How many lines either side are searched for a repetition (bounded, so the search stays linear).</summary>
    private const int RepeatReach = 600;

    public static int Find(IReadOnlyList<string> lines, MainText main)
    {
        if (main.Start < 0)
        {
            return -1;
        }
        var best = (Index: -1, Score: double.MinValue);
        var seen = 0;
        for (var i = FirstParagraph(lines, main) - 1; i >= 0 && seen < Reach; i--)
        {
            ExtractionBudget.Check();
            if (lines[i].Length == 0)
            {
                continue;
            }
            if (Score(lines, i, seen, main) is { } score && score > best.Score)
            {
                best = (i, score);
            }
            seen++;
        }
        return best.Index;
    }

    /// <summary>
    /// Where the article's prose begins: the classifier's run may open with the headline and its header lines (short
    /// lines right before prose count as its heading), so the first long line of the run, within a few lines.
    /// </summary>
    private static int FirstParagraph(IReadOnlyList<string> lines, MainText main)
    {
        var looked = 0;
        for (var i = main.Start; i <= main.End && looked < 8; i++)
        {
            if (lines[i].Length >= BlockClassifier.LengthLow * 2)
            {
                return i;
            }
            looked += lines[i].Length > 0 ? 1 : 0;
        }
        return main.Start;
    }

    private static double? Score(IReadOnlyList<string> lines, int i, int distance, MainText main)
    {
        var line = lines[i];
        var words = TextNormalizer.WordCount(line);
        if (line.Length is < 3 or > 200 || words > 30 || !line.Any(char.IsLetter) || line[^1] is ':' or ','
            || LineRules.IsInterface(line) || LineRules.IsNotice(line) || LineRules.AsDateLine(line) is not null
            || LineRules.IsUpdateStamp(line, out _) || Bylines.Read(line, allowBareName: false) is not null
            || (line.Length <= 80 && DateLines.Find(line) is not null) || HeaderBylines.Prefixed(line).Count > 0
            || HeaderBylines.IsBareName(line, main.Language))
        {
            return null;
        }
        var score = -0.35 * distance;
        score += words >= 2 ? 2 : 0;
        score -= char.IsLetterOrDigit(line[0]) || line[0] is '"' or '„' or '“' or '«' or '¿' or '¡' ? 0 : 2;
        score += NextIsHeaderLine(lines, i) ? 2 : 0;
        score += Repeated(lines, i) ? 4 : 0;
        score += LineRules.LooksLikeHeading(line) ? 1 : 0;
        score -= line[^1] == '.' && words > 8 ? 4 : 0;
        score -= words > 20 ? 2 : 0;
        return score;
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
