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
        var revised = Context.Revise(initial, rows.Select(i => lines[i]).ToList());
        var walls = rows.Select(i => PageFurniture.IsSectionAfterArticle(lines[i])).ToList();
        var (from, to) = DensestRun(revised, rows.Select(i => lines[i].Length).ToList(), walls);
        var quality = new LineQuality[lines.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            quality[rows[r]] = revised[r];
        }
        return from < 0 ? new MainText(quality, -1, -1, language) : new MainText(quality, rows[from], rows[to], language);
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
    private static (int From, int To) DensestRun(IReadOnlyList<LineQuality> quality, IReadOnlyList<int> lengths, IReadOnlyList<bool> walls)
    {
        var best = (From: -1, To: -1, Sum: 0.0);
        var start = 0;
        var sum = 0.0;
        for (var r = 0; r < quality.Count; r++)
        {
            var weight = walls[r] ? double.MinValue / 4
                : quality[r] == LineQuality.Good ? lengths[r] : -(BadLinePenalty + Math.Min(lengths[r], LengthHigh));
            if (sum <= 0 || walls[r])
            {
                start = r;
                sum = 0;
            }
            sum += weight;
            if (sum > best.Sum)
            {
                best = (start, r, sum);
            }
        }
        return (best.From, best.To);
    }

    private const int BadLinePenalty = 20;
}
