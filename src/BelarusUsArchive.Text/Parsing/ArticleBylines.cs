namespace BelarusUsArchive.Text.Parsing;

public static partial class ArticleParser
{
    private sealed partial class Page
    {
        /// <summary>How many non-blank lines above the article's body, and below it, are searched for a cued byline.</summary>
        private const int BylineReach = 60;

        /// <summary>
        /// The header's author is only a line shaped like a name, with no byline word and no known given name ("Recent
        /// Comments", "Längere Krankheitszeiten" are shaped so): a byline with a byline word elsewhere near the article
        /// outweighs it.
        /// </summary>
        private bool _weakAuthors;

        /// <summary>
        /// Where the article's header gave no byline (or only a name-shaped line), the nearest line above or below the
        /// article that states one after a byline word ("By A, CNN", "Posted by A at 2:33 PM", "Erstellt von A",
        /// "Publicado por A", "Autor: A", "von login"): pages put the byline under a share row or image, or after the
        /// text, beyond the header the frame reads. The nearest wins, above first, since comments and other articles'
        /// teasers come further away.
        /// </summary>
        public void ReadBylineElsewhere()
        {
            if (_authors.Count > 0 && !_weakAuthors)
            {
                return;
            }
            var language = main?.Language ?? StopWords.Detect(lines);
            if (BylineAtBodyTop(language))
            {
                return;
            }
            var above = NonBlank(Math.Min(_bodyStart, lines.Count) - 1, -1, BylineReach);
            var below = NonBlank(_bodyEnd, 1, BylineReach);
            for (var k = 0; k < Math.Max(above.Count, below.Count); k++)
            {
                ExtractionBudget.Check();
                foreach (var i in (int[])[k < above.Count ? above[k] : -1, k < below.Count ? below[k] : -1])
                {
                    if (i >= 0 && CuedNames(lines[i], language) is { Count: > 0 } names)
                    {
                        _authors.Clear();
                        _authors.AddRange(names.Select(n => new ParsedAuthor(n, null, null)));
                        _sources["authors"] = "text (a byline near the article, outside its header)";
                        return;
                    }
                }
            }
        }

        /// <summary>How many short lines at the top of the article's body are read for a byline kept there.</summary>
        private const int BodyTopReach = 4;

        /// <summary>
        /// A byline among the short lines that open the body, before its first paragraph ("Written by: A" under a photo
        /// credit, "11.12.2019 - A", "23.06.2016 um 16:14 Uhr - A - 91 Ergänzungen"): the header reader stops at the
        /// first line it cannot read, and the classifier keeps such a line as a heading. It is the nearest byline to the
        /// headline, so it is read before those further away, and it leaves the text.
        /// </summary>
        private bool BylineAtBodyTop(StopWordList language)
        {
            var looked = 0;
            for (var i = _bodyStart; i < _bodyEnd && i < lines.Count && looked < BodyTopReach; i++)
            {
                if (Blank(i) || _removed[i] is not null)
                {
                    continue;
                }
                if (lines[i].Length >= BlockClassifier.LengthLow)
                {
                    return false;
                }
                looked++;
                var names = CuedNames(lines[i], language);
                if (names.Count == 0 && HeaderBylines.BesideDate(lines[i], language) is { } name)
                {
                    names = [name];
                }
                if (names.Count > 0)
                {
                    _authors.Clear();
                    _authors.AddRange(names.Select(n => new ParsedAuthor(n, null, null)));
                    _sources["authors"] = "text (a byline at the top of the article's body)";
                    Remove(i, "the byline");
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// The names a line gives after a byline word: full names (two to four words, none a month's or weekday's), or a
        /// login on a line of only the byline word and the login, or beside a date. Far from the header a single capitalised word after "by" or "von" is
        /// as often a site's credit ("Powered by WordPress", "Theme by …"), a place or a photo's subject; a copyright line
        /// names the site's owner, not the article's author.
        /// </summary>
        private static IReadOnlyList<string> CuedNames(string line, StopWordList language)
        {
            if (CopyrightMark().IsMatch(line))
            {
                return [];
            }
            var names = HeaderBylines.Prefixed(line);
            if (names.Count > 0)
            {
                return names.All(IsFullName) ? names : [];
            }
            return (HeaderBylines.DatedHandle(line, language) ?? HeaderBylines.CuedHandle(line, language)) is { } handle
                && (IsFullName(handle) || HeaderBylines.IsLogin(handle, language)) ? [handle] : [];
        }

        private static bool IsFullName(string name)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length is >= 2 and <= 4
                && !words.Any(w => DateLines.MonthNumber(w.TrimEnd('.', ',')) is not null || Dates.MonthNames.IsWeekday(w.TrimEnd('.', ',')));
        }
    }
}
