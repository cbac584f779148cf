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
        private bool IsFurniture(int i) => main is { Start: >= 0 } m && !m.IsBody(i);

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
