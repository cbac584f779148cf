using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Parsing;

public static partial class ArticleParser
{
    private sealed partial class Page
    {
        /// <summary>How many non-blank lines before the headline may hold its date line ("05.01.2020" above the title).</summary>
        private const int DateAboveTitle = 3;

        /// <summary>How many non-blank lines after the main text are looked at for the author's block.</summary>
        private const int AuthorBlockReach = 4;

        /// <summary>A line the block classifier leaves out of the article (never on a page it did not classify).</summary>
        /// <summary>
        /// Lines the site repeats on its other pages (the import's cross-file evidence) are never the article's,
        /// whichever reading follows; a byline or a date line stays, since one author's pages repeat it too. Where the
        /// repeated lines would outweigh the rest, the pages are near-copies of one text rather than one site's
        /// articles, and nothing is taken for furniture.
        /// </summary>
        public void DropKnownFurniture(IReadOnlySet<string>? furniture)
        {
            if (furniture is not { Count: > 0 })
            {
                return;
            }
            var repeated = Enumerable.Range(0, lines.Count)
                .Where(i => lines[i].Length > 0 && furniture.Contains(lines[i])
                    && Bylines.Read(lines[i], allowBareName: false) is null && LineRules.AsDateLine(lines[i]) is null)
                .ToList();
            var repeatedLength = repeated.Sum(i => lines[i].Length);
            if (repeatedLength * 2 >= lines.Sum(l => l.Length))
            {
                return;
            }
            foreach (var i in repeated)
            {
                Remove(i, "page furniture: the line recurs on other pages of the site in this import");
            }
        }

        private bool IsFurniture(int i) => main is { Start: >= 0 } m && !m.IsBody(i) && !_leads.Contains(i);

        /// <summary>Lines between the headline and the run of prose that are the article's lead (its standfirst, a first paragraph).</summary>
        private readonly HashSet<int> _leads = [];

        /// <summary>
        /// The lead between the headline and the classifier's run: news, magazines and press releases print a sentence or
        /// two in bold under the headline, then a share row, image and credit, then the text; jusText's context calls the
        /// lead bad for the furniture around it. A line there that reads as prose (a sentence that uses the language's
        /// function words) is the article's.
        /// </summary>
        private void FindLeads(int headline, MainText m)
        {
            for (var i = headline + 1; i < m.Start; i++)
            {
                if (!Blank(i) && BlockClassifier.IsLead(lines[i], m.Language))
                {
                    _leads.Add(i);
                }
            }
        }

        /// <summary>
        /// Frames the article on the page: what comes before its headline (site header, menus, banners) and after its
        /// main text and author block (related lists, comments, footer) is removed, keeping a date line just above the
        /// headline. The headline is then the first line the header reader sees.
        /// </summary>
        public void ReadFrame()
        {
            if (main is not { Start: >= 0 } m)
            {
                return;
            }
            var headline = Headlines.Find(lines, m);
            var first = headline >= 0 ? headline : m.Start;
            ReadHeaderMetadata(first, m);
            FindLeads(first, m);
            var above = 0;
            for (var i = first - 1; i >= 0; i--)
            {
                ExtractionBudget.Check();
                if (Blank(i))
                {
                    continue;
                }
                if (above++ >= DateAboveTitle || !TakeStamp(i))
                {
                    Remove(i, "site header or navigation before the headline");
                }
            }
            var end = AuthorBlockEnd(m.End);
            for (var i = end + 1; i < lines.Count; i++)
            {
                if (!Blank(i))
                {
                    Remove(i, "after the article's main text (related lists, comments, site footer)");
                }
            }
        }

        /// <summary>How many non-blank lines after the headline are read for its date and byline.</summary>
        private const int HeaderReach = 10;

        /// <summary>How many non-blank lines after the headline are looked at in all, one-word lines included.</summary>
        private const int HeaderScanBound = 40;

        /// <summary>
        /// The stated date and the byline of the article's header: the lines right after the headline first, then the
        /// few right above it (a date line over the title); a date in the site's header further up is the day's date,
        /// not the article's, and prose below the header is not read.
        /// </summary>
        private void ReadHeaderMetadata(int first, MainText m)
        {
            var window = new List<int>();
            // A share row or a list of section labels between the headline and the article's text ("Facebook",
            // "Twitter", "Email", …) is a line of one word each: such lines are read but do not use up the header's
            // reach, which would otherwise end before the byline under them (within a bound, so the scan stays short).
            // Past the text's end every line counts, so the reading does not run on into a short page's footer.
            for (var (i, n, looked) = (first + 1, 0, 0); i < lines.Count && n < HeaderReach && looked < HeaderScanBound; i++)
            {
                if (!Blank(i) && (i < m.Start + 2 || lines[i].Length < BlockClassifier.LengthLow))
                {
                    window.Add(i);
                    n += i > m.End || TextNormalizer.WordCount(lines[i]) > 1 ? 1 : 0;
                    looked++;
                }
            }
            for (var (i, n) = (first - 1, 0); i >= 0 && n < DateAboveTitle; i--)
            {
                if (!Blank(i))
                {
                    window.Add(i);
                    n++;
                }
            }
            foreach (var i in window)
            {
                ExtractionBudget.Check();
                ReadHeaderLine(i, m);
            }
            // Weaker evidence, read only where no line of the header had a byline: a bare name that starts with no known
            // given name ("Link Copied" is shaped like one), then a name beside the date.
            foreach (var i in window)
            {
                if (_authors.Count == 0)
                {
                    ReadHeaderLine(i, m, unknownNamesLater: false);
                }
            }
            foreach (var i in window)
            {
                if (_authors.Count == 0 && HeaderBylines.BesideDate(lines[i], m.Language) is { } name)
                {
                    _authors.Add(new ParsedAuthor(name, null, null));
                    _sources["authors"] = "text (name beside the date in the article's header)";
                }
            }
        }

        private void ReadHeaderLine(int i, MainText m, bool unknownNamesLater = true)
        {
            var line = lines[i];
            if (_stated is null && line.Length <= 150 && !LineRules.IsUpdateStamp(line, out _) && DateLines.Find(line) is { } date)
            {
                _stated = ArchiveDate.Day(date.Year, date.Month, date.Day, DateCertainty.Stated, DateSource.Text);
                _sources["published"] = "text (date line of the article's header)";
            }
            if (_authors.Count > 0)
            {
                return;
            }
            var names = HeaderBylines.Prefixed(line);
            if (names.Count == 0 && HeaderBylines.EndsWithByWord(line) && NextLine(i, lines.Count) is >= 0 and var next)
            {
                names = HeaderBylines.IsBareName(lines[next], m.Language) ? [lines[next]] : [];
            }
            if (names.Count == 0 && HeaderBylines.IsBareName(line, m.Language) && (!unknownNamesLater || Bylines.IsPersonName(line)))
            {
                names = [line];
                _weakAuthors = !Bylines.IsPersonName(line);
            }
            if (names.Count == 0 && HeaderBylines.DatedHandle(line, m.Language) is { } handle)
            {
                names = [handle];
            }
            if (names.Count == 0 && line.Length <= 150 && DateLines.Find(line) is not null)
            {
                // "Jane Doe | 9 December 2019, 09:08", "28. Juni 2019 · Max Muster": a name beside the date line's date.
                names = [.. LineRules.HeaderParts(line).Where(p => HeaderBylines.IsBareName(p, m.Language)).Take(1)];
            }
            if (names.Count > 0)
            {
                _authors.AddRange(names.Select(n => new ParsedAuthor(n, null, null)));
                _sources["authors"] = "text (byline of the article's header)";
            }
        }

        /// <summary>The last line of an author block or signature right after the main text, or the main text's end.</summary>
        private int AuthorBlockEnd(int end)
        {
            var last = end;
            var looked = 0;
            for (var i = end + 1; i < lines.Count && looked < AuthorBlockReach; i++)
            {
                if (Blank(i))
                {
                    continue;
                }
                looked++;
                var line = lines[i];
                if ((LineRules.LooksLikeBio(line) && (Bylines.BioSubject(line) is not null || looked > 1))
                    || Bylines.Read(line, allowBareName: false) is not null)
                {
                    last = i;
                }
            }
            return last;
        }
    }
}
