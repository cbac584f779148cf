using System.Text.RegularExpressions;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Parsing;

public static partial class ArticleParser
{
    // The words sites print before an article's publication date, in English, German, French, Spanish, Portuguese,
    // Italian, Polish, Dutch, Swedish and Finnish (the common vocabulary of publishing systems' date lines).
    [GeneratedRegex(@"(?i:\b(?:published|posted|released|veröffentlicht|erschienen|publiziert|erstellt|publié|publicado|publicada|pubblicato|opublikowano|gepubliceerd|publicerad|julkaistu|datum|date|fecha|data)\b)", RegexOptions.NonBacktracking)]
    private static partial Regex PublicationCue();

    /// <summary>Whether a text holds a word sites print before a publication date ("Veröffentlicht", "Publicado", "Datum").</summary>
    internal static bool HasPublicationCue(string text) => PublicationCue().IsMatch(text);

    private sealed partial class Page
    {
        /// <summary>How many non-blank lines at the top of the body may hold a date line the header reading missed.</summary>
        private const int BodyDateReach = 10;

        /// <summary>
        /// Where the header gave no date: a line anywhere on the page that says it is the publication date
        /// ("Veröffentlicht am 5. November 2023, 14:09", "Published: 10:00am, 20 Jan, 2020"), else a short dated line at
        /// the top of the article.
        /// </summary>
        public void ReadDateElsewhere()
        {
            if (_stated is not null)
            {
                return;
            }
            var at = CuedDateLine();
            if (at < 0)
            {
                at = BodyDateLine();
            }
            if (at < 0)
            {
                at = NearDateLine();
            }
            if (at >= 0 && DateLines.Find(lines[at]) is { } date)
            {
                _stated = ArchiveDate.Day(date.Year, date.Month, date.Day, DateCertainty.Stated, DateSource.Text);
                _sources["published"] = "text (a date line outside the article's header)";
            }
        }

        /// <summary>
        /// With neither a stated date nor a year the text reports, the page's update stamp: a page is published on or
        /// before its update, so its year is the best estimate there is (marked uncertain; a stated or inferred date
        /// always wins, since an update may come years after).
        /// </summary>
        private ArchiveDate? FromUpdateStamp()
        {
            if ((_updated ?? FirstUpdateStamp()) is not { } updated)
            {
                return null;
            }
            _sources["published"] = "text (the page's update stamp: published on or before it)";
            return ArchiveDate.Day(updated.Year, updated.Month, updated.Day, DateCertainty.Uncertain, DateSource.Text);
        }

        /// <summary>
        /// With no stated date, no year the text reports and no update stamp, the year of the page's copyright line
        /// ("© 2014-2023 Site", "Copyright © 2022 Site. All rights reserved."), its latest year: a site states the year it
        /// served the page, and a page is published on or before it (marked uncertain). The last such line is the
        /// footer's, where a photo credit's comes earlier.
        /// </summary>
        private ArchiveDate? FromCopyrightLine()
        {
            for (var i = lines.Count - 1; i >= 0; i--)
            {
                ExtractionBudget.Check();
                if (lines[i].Length is > 0 and <= 200 && CopyrightMark().IsMatch(lines[i]))
                {
                    var latest = LatestYear(lines[i]);
                    if (latest > 0)
                    {
                        _sources["published"] = "text (the page's copyright year: published in or before it)";
                        return ArchiveDate.Year(latest, DateCertainty.Uncertain, DateSource.Text);
                    }
                }
            }
            return null;
        }

        [GeneratedRegex(@"©|\((?i:c)\)|\b(?i:copyright)\b", RegexOptions.NonBacktracking)]
        private static partial Regex CopyrightMark();

        /// <summary>The latest year (1900 to this year) a line states as a number of its own, not as part of a date or time.</summary>
        private static int LatestYear(string line)
        {
            var latest = 0;
            for (var i = 0; i < line.Length; i++)
            {
                var j = i;
                while (j < line.Length && char.IsAsciiDigit(line[j]))
                {
                    j++;
                }
                if (j - i == 4 && (i == 0 || line[i - 1] is not ('.' or ':' or '/')) && (j == line.Length || line[j] is not ('.' or ':' or '/'))
                    && int.Parse(line.AsSpan(i, 4), System.Globalization.CultureInfo.InvariantCulture) is >= 1900 and var year && year <= DateTime.UtcNow.Year)
                {
                    latest = Math.Max(latest, year);
                }
                i = j;
            }
            return latest;
        }

        /// <summary>A header line of a date among label words ("Analysis / 22 November 2016", "MINSK, March 14, 2023").</summary>
        private bool TakeLabelledDate(int i)
        {
            if (_stated is not null || LineRules.AsLabelledDateLine(lines[i]) is not { Month: { } month, Day: { } day } date)
            {
                return false;
            }
            _stated = ArchiveDate.Day(date.Year, month, day, DateCertainty.Stated, DateSource.Text);
            _sources["published"] = "text (a date line with labels in the header)";
            Remove(i, "the publication date line");
            return true;
        }

        /// <summary>
        /// A text that says "on Saturday" or "yesterday" was written close to the time it tells ("today" and "this month" are
        /// also said of the present in general, so they do not count); when its
        /// header says when it was edited, that is a better date than the latest year it reports (marked uncertain).
        /// </summary>
        private ArchiveDate? FromEditStamp(IEnumerable<Block> blocks) =>
            _edited && blocks.Any(b => Deixis().IsMatch(b.Text)) ? FromUpdateStamp() : null;

        [GeneratedRegex(@"\b(?:(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|this\s+morning)\b", RegexOptions.IgnoreCase)]
        private static partial Regex Deixis();

        private int CuedDateLine()
        {
            for (var i = 0; i < lines.Count; i++)
            {
                ExtractionBudget.Check();
                var line = lines[i];
                if (line.Length is > 0 and <= 150 && PublicationCue().IsMatch(line) && !LineRules.IsUpdateStamp(line, out _)
                    && DateLines.Find(line) is not null)
                {
                    return i;
                }
            }
            return -1;
        }

        private DateOnly? FirstUpdateStamp()
        {
            foreach (var line in lines)
            {
                if (line.Length is > 0 and <= 80 && LineRules.IsUpdateStamp(line, out var date) && date is not null)
                {
                    return date;
                }
            }
            return null;
        }

        /// <summary>How many non-blank lines before the article's body, and after it, may hold a bare date line.</summary>
        private const int NearDateReach = 12;

        /// <summary>
        /// A short line that is mostly a date ("19.10.19, 11:29 Uhr", "Tine 2. Februar 2020", "23/10/2020") near the
        /// article: above its body (between menus, share rows and the headline) or right after it (a sign-off date),
        /// the nearest first. Further away, a date is another article's or the day's.
        /// </summary>
        private int NearDateLine()
        {
            var above = NonBlank(Math.Min(_bodyStart, lines.Count) - 1, -1);
            var below = NonBlank(_bodyEnd, 1);
            for (var k = 0; k < Math.Max(above.Count, below.Count); k++)
            {
                if (k < above.Count && IsDateLine(lines[above[k]]))
                {
                    return above[k];
                }
                if (k < below.Count && IsDateLine(lines[below[k]]))
                {
                    return below[k];
                }
            }
            return -1;
        }

        /// <summary>The first <paramref name="reach"/> non-blank lines from a line on, going one way.</summary>
        private List<int> NonBlank(int from, int step, int reach = NearDateReach)
        {
            var found = new List<int>();
            for (var i = from; i >= 0 && i < lines.Count && found.Count < reach; i += step)
            {
                if (!Blank(i))
                {
                    found.Add(i);
                }
            }
            return found;
        }

        private static bool IsDateLine(string line) => !LineRules.IsUpdateStamp(line, out _) && DateLines.IsDateLine(line);

        private int BodyDateLine()
        {
            var looked = 0;
            for (var i = _bodyStart; i < _bodyEnd && looked < BodyDateReach; i++)
            {
                if (Blank(i))
                {
                    continue;
                }
                looked++;
                if (lines[i].Length <= 100 && !LineRules.IsUpdateStamp(lines[i], out _) && DateLines.Find(lines[i]) is not null)
                {
                    return i;
                }
            }
            return -1;
        }
    }
}
