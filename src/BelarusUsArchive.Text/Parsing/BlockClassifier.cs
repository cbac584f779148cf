namespace BelarusUsArchive.Text.Parsing;

/// <summary>What the classifier makes of one line of a copied page, in jusText's terms.</summary>
public enum LineQuality { Bad, Short, NearGood, Good }

/// <summary>
/// The article's main text among the lines of a copied page: <see cref="Start"/> and <see cref="End"/> bound the
/// densest run of prose (both -1 when there is none), and <see cref="Quality"/> says what each line is.
/// </summary>
public sealed record MainText(IReadOnlyList<LineQuality> Quality, int Start, int End, StopWordList Language)
{
    public bool IsBody(int i) => i >= Start && i <= End && Quality[i] == LineQuality.Good;

    /// <summary>
    /// Whether the page is an article with little around it (a clean copy, a plain-text file): the main text holds
    /// nearly all of its characters, so the line parser's own header and trailer rules read it better than a frame.
    /// </summary>
    public bool IsClean(IReadOnlyList<string> lines, double share = 0.95)
    {
        long body = 0, all = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            all += lines[i].Length;
            body += IsBody(i) ? lines[i].Length : 0;
        }
        return Start < 0 || body >= share * all;
    }
}

/// <summary>
/// A block classifier over the lines of a copied page, after jusText (Pomikálek 2011): a line is good when it is long
/// and dense in the stop words of the page's own language (prose), bad when it is sparse in them (menus, link lists,
/// labels), and short lines take the class of their neighbours; then the article is the run of lines where good prose
/// outweighs what surrounds it (a maximum-sum segment), so related lists, footers and comments after a gap of page
/// furniture fall outside it. Lines known to recur on other pages of the same site are furniture whatever they say.
/// </summary>
public static class BlockClassifier
{
    public const int LengthLow = 70;
    public const int LengthHigh = 200;
    public const double StopLow = 0.30;
    public const double StopHigh = 0.32;

    public static MainText Find(IReadOnlyList<string> lines, IReadOnlySet<string>? furniture = null, StopWordList? language = null)
    {
        language ??= StopWords.Detect(lines.Where(l => l.Length > 0));
        var rows = Enumerable.Range(0, lines.Count).Where(i => lines[i].Length > 0).ToList();
        var repeats = lines.Where(l => l.Length is > 0 and < LengthLow).CountBy(l => l).ToDictionary(kv => kv.Key, kv => kv.Value);
        var initial = new LineQuality[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            ExtractionBudget.Check();
            var line = lines[rows[r]];
            initial[r] = furniture?.Contains(line) == true || repeats.GetValueOrDefault(line) > 1
                ? LineQuality.Bad
                : Initial(line, language);
        }
        // A page of paragraphs all shorter than LengthHigh has no good line to anchor the context: its near-good
        // lines are its best prose, and anchor it instead.
        if (!initial.Contains(LineQuality.Good))
        {
            initial = [.. initial.Select((q, r) => q == LineQuality.NearGood && lines[rows[r]].Length >= (LengthLow + LengthHigh) / 2 ? LineQuality.Good : q)];
        }
        PromoteProseRuns(initial);
        var revised = Context.Revise(initial, rows.Select(i => lines[i]).ToList());
        KeepSandwichedSentences(revised, rows.Select(i => lines[i]).ToList(), furniture);
        var walls = rows.Select(i => PageFurniture.IsSectionAfterArticle(lines[i])).ToList();
        var prompts = rows.Select(i => PageFurniture.IsPrompt(lines[i])).ToList();
        var (from, to) = DensestRun(revised, rows.Select(i => lines[i].Length).ToList(), walls, prompts);
        from = from < 0 ? from : LeadAbove(revised, rows.Select(i => lines[i].Length).ToList(), walls, prompts, from);
        to = from < 0 ? to : SentencesToTheEnd(revised, [.. rows.Select(i => lines[i])], to);
        var quality = new LineQuality[lines.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            quality[rows[r]] = revised[r];
        }
        return from < 0 ? new MainText(quality, -1, -1, language) : new MainText(quality, rows[from], rows[to], language);
    }

    /// <summary>
    /// A whole sentence between two paragraphs of the article is the article's, however few stop words it has (a
    /// report of who met whom where is mostly names): jusText calls such a line bad by its density alone. Lines the
    /// context-free rules call interface, credit, notice or prompt, and the site's own furniture, stay bad.
    /// </summary>
    private static void KeepSandwichedSentences(LineQuality[] q, IReadOnlyList<string> lines, IReadOnlySet<string>? furniture)
    {
        for (var r = 1; r < q.Length - 1; r++)
        {
            if (q[r] == LineQuality.Bad && q[r - 1] == LineQuality.Good && q[r + 1] == LineQuality.Good
                && IsSentence(lines[r]) && !IsFlaggedFurniture(lines[r]) && furniture?.Contains(lines[r]) != true)
            {
                q[r] = LineQuality.Good;
            }
        }
    }

    /// <summary>A line that reads as a lead paragraph: a sentence of several words dense enough in function words.</summary>
    public static bool IsLead(string line, StopWordList language) =>
        TextNormalizer.WordCount(line) >= LeadWords && !IsFlaggedFurniture(line) && LineRules.AsDateLine(line) is null
        && Bylines.Read(line, allowBareName: false) is null
        && (Initial(line, language) is LineQuality.Good or LineQuality.NearGood
            || (line.TrimEnd('"', '”', '’', '»', ')')[^1] is '.' or '!' or '?' && language.Density(line) >= StopLow));

    private const int LeadWords = 6;

    /// <summary>
    /// The page's own end, where every line after the run is a whole sentence of prose: plain copies end in short
    /// paragraphs (a news report's one-sentence paragraphs, an interview's questions and answers, chronology entries)
    /// that jusText's weights leave out for their length, while related lists, comments and footers always hold a
    /// line that is no sentence (a headline, a name, a date, a notice or a prompt) or an author's biography.
    /// </summary>
    private static int SentencesToTheEnd(LineQuality[] q, IReadOnlyList<string> lines, int to)
    {
        if (to == lines.Count - 1 || !lines.Skip(to + 1).All(l => IsTrailingSentence(l) && !LineRules.LooksLikeBio(l)
            && Bylines.Read(l, allowBareName: false) is null))
        {
            return to;
        }
        Array.Fill(q, LineQuality.Good, to + 1, lines.Count - to - 1);
        return lines.Count - 1;
    }

    /// <summary>
    /// A line after the article that is a whole sentence: three words or more, from a capital (a speaker's label, a date
    /// or a quotation mark may lead) to a full stop, a question or an exclamation mark, and no furniture or date line.
    /// </summary>
    public static bool IsTrailingSentence(string line) =>
        TextNormalizer.WordCount(line) >= 3 && (char.IsUpper(line[0]) || line[0] is '"' or '“' or '«' or '‘')
        && line.TrimEnd('"', '”', '’', '»', ')')[^1] is '.' or '!' or '?' && !line.EndsWith("...", StringComparison.Ordinal)
        && !IsFlaggedFurniture(line) && LineRules.AsDateLine(line) is null;

    private static bool IsSentence(string line) =>
        line.Length >= LengthLow && char.IsUpper(line[0]) && line.TrimEnd('"', '”', '’', '»', ')').EndsWith('.')
        && line.Count(c => c == ' ') >= 7;

    private static bool IsFlaggedFurniture(string line) =>
        LineRules.IsInterface(line) || LineRules.IsNotice(line) || PageFurniture.IsCredit(line) || PageFurniture.IsInterfaceWord(line)
        || PageFurniture.IsCookieNotice(line) || PageFurniture.IsPrompt(line) || PageFurniture.IsSectionAfterArticle(line);

    /// <summary>How many near-good lines in a row make a block of prose on their own.</summary>
    private const int ProseRun = 3;

    /// <summary>
    /// Sites that print a paragraph per sentence (news agencies, broadcasters) give lines each too short to be good,
    /// which jusText's context then drops between a share row and a caption. Three or more near-good lines in a row
    /// are prose by themselves: a menu or footer line is rarely that dense in stop words, let alone three together.
    /// </summary>
    private static void PromoteProseRuns(LineQuality[] q)
    {
        for (var r = 0; r < q.Length;)
        {
            var end = r;
            while (end < q.Length && q[end] == LineQuality.NearGood)
            {
                end++;
            }
            if (end - r >= ProseRun)
            {
                Array.Fill(q, LineQuality.Good, r, end - r);
            }
            r = Math.Max(end, r + 1);
        }
    }

    /// <summary>jusText's context-free class: length and stop-word density, with site notices and interface bad.</summary>
    public static LineQuality Initial(string line, StopWordList language)
    {
        if (LineRules.IsInterface(line) || (line.Length < LengthHigh && LineRules.IsNotice(line))
            || PageFurniture.IsCredit(line) || PageFurniture.IsInterfaceWord(line) || PageFurniture.IsCookieNotice(line))
        {
            return LineQuality.Bad;
        }
        var density = language == StopWordList.None ? StopHigh : language.Density(line);
        if (line.Length < LengthLow)
        {
            return LineQuality.Short;
        }
        if (density >= StopHigh)
        {
            return line.Length > LengthHigh ? LineQuality.Good : LineQuality.NearGood;
        }
        return density >= StopLow ? LineQuality.NearGood : LineQuality.Bad;
    }

    /// <summary>
    /// The maximum-sum run of lines, good prose counting its length and everything else against it, so a run keeps a
    /// short bad line between paragraphs but not a menu or a comment section's worth of furniture.
    /// </summary>
    private static (int From, int To) DensestRun(IReadOnlyList<LineQuality> quality, IReadOnlyList<int> lengths, IReadOnlyList<bool> walls,
        IReadOnlyList<bool> prompts)
    {
        var best = (From: -1, To: -1, Sum: 0.0);
        var start = 0;
        var sum = 0.0;
        // Once the page has had an article's worth of prose and then a "comments"/"related" heading, what follows
        // that heading is readers' or other articles' text: it takes the article's place only when it far outweighs it.
        var discount = 1.0;
        for (var r = 0; r < quality.Count; r++)
        {
            var weight = walls[r] ? double.MinValue / 4
                : prompts[r] ? -PromptPenalty
                : quality[r] == LineQuality.Good ? lengths[r] : -(BadLinePenalty + Math.Min(lengths[r], LengthHigh));
            if (walls[r] && best.Sum >= ArticleBeforeWall)
            {
                discount = AfterWallDiscount;
            }
            if (sum <= 0 || walls[r])
            {
                start = r;
                sum = 0;
            }
            sum += weight;
            if (sum * (start > best.To ? discount : 1) > best.Sum)
            {
                best = (start, r, sum);
            }
        }
        return (best.From, best.To);
    }

    private const int BadLinePenalty = 20;

    private static int LeadAbove(IReadOnlyList<LineQuality> q, IReadOnlyList<int> lengths, IReadOnlyList<bool> walls, IReadOnlyList<bool> prompts, int from)
    {
        var limit = int.Parse(Environment.GetEnvironmentVariable("X_GAP") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var minLen = int.Parse(Environment.GetEnvironmentVariable("X_LEN") ?? "200", System.Globalization.CultureInfo.InvariantCulture);
        var moved = true;
        while (moved)
        {
            moved = false;
            for (var r = from - 1; r >= 0 && from - r <= limit + 1; r--)
            {
                if (walls[r] || prompts[r] || (q[r] != LineQuality.Good && lengths[r] >= LengthLow))
                {
                    break;
                }
                if (q[r] == LineQuality.Good && lengths[r] >= minLen)
                {
                    from = r;
                    moved = true;
                    break;
                }
            }
        }
        return from;
    }

    /// <summary>How much prose (in characters) before a comments or related-articles heading makes an article.</summary>
    private const int ArticleBeforeWall = 2 * LengthHigh;

    /// <summary>What a run after such a heading counts for against the article's.</summary>
    private const double AfterWallDiscount = 1.0 / 3;

    /// <summary>A prompt line (<see cref="PageFurniture.IsPrompt"/>) weighs as much as two long paragraphs against the run.</summary>
    private const int PromptPenalty = 2 * LengthHigh;
}
