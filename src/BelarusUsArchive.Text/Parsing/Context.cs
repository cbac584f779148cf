namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// jusText's context-sensitive pass: short and near-good lines take the class their neighbours give them (a short
/// line between two paragraphs belongs to the article, one between menu items to the menu), and a heading-like line
/// right before good prose is the prose's heading. The page's edges count as bad neighbours.
/// </summary>
internal static class Context
{
    /// <summary>How far (in characters) before good prose a heading may stand.</summary>
    private const int HeadingReach = 200;

    /// <summary>
    /// How many lines before good prose a heading may stand (a headline, its byline, then the prose). jusText knows its
    /// headings from the markup; in copied text every menu item and share button looks like one, and with a reach of
    /// 200 characters alone the last ten items of a menu were promoted to the article.
    /// </summary>
    private const int HeadingLines = 3;

    public static LineQuality[] Revise(IReadOnlyList<LineQuality> initial, IReadOnlyList<string> lines)
    {
        var q = initial.ToArray();
        var strict = Neighbours.Of(initial, ignoreNearGood: true);
        var loose = Neighbours.Of(initial, ignoreNearGood: false);
        for (var i = 0; i < q.Length; i++)
        {
            ExtractionBudget.Check();
            if (initial[i] == LineQuality.Short)
            {
                q[i] = ShortClass(strict, loose, i);
            }
        }
        var settled = Neighbours.Of(q, ignoreNearGood: true);
        for (var i = 0; i < q.Length; i++)
        {
            if (q[i] == LineQuality.NearGood)
            {
                q[i] = settled.Prev[i] == LineQuality.Bad && settled.Next[i] == LineQuality.Bad ? LineQuality.Bad : LineQuality.Good;
            }
        }
        PromoteHeadings(initial, q, lines);
        return q;
    }

    private static LineQuality ShortClass(Neighbours strict, Neighbours loose, int i)
    {
        var (prev, next) = (strict.Prev[i], strict.Next[i]);
        if (prev == LineQuality.Good && next == LineQuality.Good)
        {
            return LineQuality.Good;
        }
        if (prev == LineQuality.Bad && next == LineQuality.Bad)
        {
            return LineQuality.Bad;
        }
        var nearPrev = prev == LineQuality.Bad && loose.Prev[i] == LineQuality.NearGood;
        var nearNext = next == LineQuality.Bad && loose.Next[i] == LineQuality.NearGood;
        return nearPrev || nearNext ? LineQuality.Good : LineQuality.Bad;
    }

    /// <summary>
    /// For each line, the class of the nearest line before and after it that is neither short nor (if asked)
    /// near-good; computed in one pass each way, so a page of a million short lines stays linear.
    /// </summary>
    private sealed record Neighbours(LineQuality[] Prev, LineQuality[] Next)
    {
        public static Neighbours Of(IReadOnlyList<LineQuality> q, bool ignoreNearGood)
        {
            var prev = new LineQuality[q.Count];
            var next = new LineQuality[q.Count];
            var last = LineQuality.Bad;
            for (var i = 0; i < q.Count; i++)
            {
                prev[i] = last;
                last = Counts(q[i], ignoreNearGood) ? q[i] : last;
            }
            last = LineQuality.Bad;
            for (var i = q.Count - 1; i >= 0; i--)
            {
                next[i] = last;
                last = Counts(q[i], ignoreNearGood) ? q[i] : last;
            }
            return new Neighbours(prev, next);
        }

        private static bool Counts(LineQuality q, bool ignoreNearGood) =>
            q is LineQuality.Bad or LineQuality.Good || (q == LineQuality.NearGood && !ignoreNearGood);
    }

    private static void PromoteHeadings(IReadOnlyList<LineQuality> initial, LineQuality[] q, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < q.Length; i++)
        {
            if (q[i] != LineQuality.Bad || initial[i] != LineQuality.Short || !LineRules.LooksLikeHeading(lines[i]))
            {
                continue;
            }
            var distance = 0;
            for (var j = i + 1; j < q.Length && distance <= HeadingReach && j - i <= HeadingLines; j++)
            {
                if (q[j] == LineQuality.Good)
                {
                    q[i] = LineQuality.Good;
                    break;
                }
                distance += lines[j].Length;
            }
        }
    }
}
