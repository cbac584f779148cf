using System.Text.RegularExpressions;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// Turns the text of a copied web page into an article: title, subtitle, byline, outlet, dates and
/// typed blocks, with every line it leaves out accounted for in <see cref="ParsedArticle.Removed"/>.
/// </summary>
public static partial class ArticleParser
{
    private const int MaxTitleLength = 200;

    /// <param name="rawText">The decoded text of the file.</param>
    /// <param name="furniture">Lines known to be the site's furniture (they recur across its files in one import).</param>
    /// <param name="decisions">An editor's decisions on lines, numbered as <see cref="ParsedArticle.Lines"/> numbers them.</param>
    public static ParsedArticle Parse(string rawText, IReadOnlySet<string>? furniture = null, IReadOnlyList<LineDecision>? decisions = null)
    {
        var text = TextNormalizer.NormalizeFile(rawText);
        var fromHtml = HtmlText.LooksLikeHtml(text);
        if (fromHtml)
        {
            text = HtmlText.ToPlainText(text);
        }
        var lines = HardWrap.Join(text.Split('\n').Select(TextNormalizer.CleanLine).ToList());
        var original = decisions is { Count: > 0 } ? LineDecisions.Apply(lines, decisions) : null;
        var main = fromHtml ? null : BlockClassifier.Find(lines, furniture);
        var page = new Page(lines, main is null || (main.IsClean(lines) && !Headlines.BelowTheFirstLine(lines, main)) ? null : main);
        page.DropKnownFurniture(furniture);
        page.ReadFrame();
        page.ReadLeadingLines();
        page.ReadHeader();
        page.ReadTrailer(text);
        page.ReadBody();
        page.ReadDateElsewhere();
        page.ReadBylineElsewhere();
        var parsed = page.Result(text, fromHtml);
        return original is null ? parsed : LineDecisions.Finish(parsed, decisions!, original);
    }

    /// <summary>
    /// The headline candidates the frame weighs on a copied page, with their evidence, and whether the page reads as a
    /// clean copy (its first line is then the title): for the extraction benchmark's analysis of headline choice.
    /// </summary>
    public static (IReadOnlyList<HeadlineCandidate> Candidates, bool Clean, int LineCount) HeadlineEvidence(string rawText)
    {
        var lines = HardWrap.Join(TextNormalizer.NormalizeFile(rawText).Split('\n').Select(TextNormalizer.CleanLine).ToList());
        var main = BlockClassifier.Find(lines);
        return (Headlines.Candidates(lines, main), main.IsClean(lines), lines.Count);
    }

    [GeneratedRegex(@"^(.{20,}?[.!?])(?=\s+\p{Lu})")]
    private static partial Regex FirstSentence();

    /// <summary>
    /// The headline after a kicker the copy joined to it with a spaced colon ("Abstandsregeln und Fieberkontrollen : Wie
    /// Firmen ihre Beschäftigten … schützen"): a page's markup prints the kicker in an element of its own before the
    /// headline, and the copied text joins the two with " : ". French typography spaces every colon ("Covid-19 et infox
    /// : comment une rumeur devient réalité" is one headline), so only outside French, and only where a short kicker
    /// (one to six words) stands before a headline of three words or more.
    /// </summary>
    internal static string? AfterKicker(string title, Func<string> language)
    {
        var at = title.IndexOf(" : ", StringComparison.Ordinal);
        if (at <= 0 || title.IndexOf(" : ", at + 3, StringComparison.Ordinal) >= 0)
        {
            return null;
        }
        var kicker = title[..at];
        var headline = title[(at + 3)..].Trim();
        return TextNormalizer.WordCount(kicker) is >= 1 and <= 6 && TextNormalizer.WordCount(headline) >= 3 && char.IsLetter(headline[0])
            && language() != "fr" ? headline : null;
    }

    internal static string TitleFromText(string line)
    {
        var m = FirstSentence().Match(line);
        var sentence = m.Success ? m.Groups[1].Value : line;
        if (sentence.Length <= 120)
        {
            return sentence.TrimEnd('.');
        }
        var cut = sentence.LastIndexOf(' ', 117);
        return sentence[..(cut > 40 ? cut : 117)].TrimEnd(',', ';', ':') + "…";
    }

    private sealed partial class Page(List<string> lines, MainText? main)
    {
        private readonly string?[] _removed = new string?[lines.Count];
        private readonly BlockKind?[] _kinds = new BlockKind?[lines.Count];
        private readonly List<ParsedAuthor> _authors = [];
        private readonly Dictionary<string, string> _sources = [];
        private string? _title;
        private string? _subtitle;
        private string? _outlet;
        private ArchiveDate? _stated;
        private DateOnly? _updated;
        private bool _edited;
        private int _bodyStart;
        private int _bodyEnd;

        private bool Blank(int i) => lines[i].Length == 0;

        private int NextLine(int i, int limit)
        {
            for (var j = i + 1; j < limit; j++)
            {
                if (!Blank(j) && _removed[j] is null && _kinds[j] is null)
                {
                    return j;
                }
            }
            return -1;
        }

        private void Remove(int i, string reason) => _removed[i] ??= reason;

        private bool TakeStamp(int i)
        {
            switch (ReadStamp(lines[i], "text (date line)"))
            {
                case StampKind.Updated:
                    Remove(i, "a page-update or retrieval stamp, not the publication date");
                    return true;
                case StampKind.Published:
                    Remove(i, "the publication date line");
                    return true;
                default:
                    return false;
            }
        }

        private enum StampKind { None, Updated, Published }

        private StampKind ReadStamp(string text, string source)
        {
            if (LineRules.IsUpdateStamp(text, out var updated))
            {
                _edited |= _updated is null && LineRules.IsEditStamp(text);
                _updated ??= updated;
                return StampKind.Updated;
            }
            if (LineRules.AsDateLine(text) is { } date)
            {
                if (_stated is null)
                {
                    _stated = date.Day is { } d
                        ? ArchiveDate.Day(date.Year, date.Month!.Value, d, DateCertainty.Stated, DateSource.Text)
                        : ArchiveDate.Month(date.Year, date.Month!.Value, DateCertainty.Stated, DateSource.Text);
                    _sources["published"] = source;
                }
                return StampKind.Published;
            }
            return StampKind.None;
        }

        private void TakeByline((IReadOnlyList<string> Names, string? Outlet) byline)
        {
            _authors.AddRange(byline.Names.Select(n => new ParsedAuthor(n, null, null)));
            _sources["authors"] = "text (byline)";
            if (byline.Outlet is { } outlet)
            {
                _outlet = outlet;
                _sources["outlet"] = "text (byline)";
            }
        }

        /// <summary>
        /// A header line that joins a byline and a date ("By Jane Doe | March 3, 2021", "Posted on May 10,
        /// 2023 by Jane Doe"): taken only when every part is a byline, a date stamp or, after the byline, a
        /// short outlet name.
        /// </summary>
        private bool TakeBylineAndDate(int i)
        {
            var parts = LineRules.HeaderParts(lines[i]);
            if (parts.Count < 2)
            {
                return false;
            }
            (IReadOnlyList<string> Names, string? Outlet)? byline = null;
            var dates = 0;
            foreach (var part in parts)
            {
                if (LineRules.AsDateLine(part) is not null || LineRules.IsUpdateStamp(part, out _))
                {
                    dates++;
                }
                else if (byline is null && Bylines.Read(part, allowBareName: true) is { } read)
                {
                    byline = read;
                }
                else if (byline is { Outlet: null } named && LineRules.LooksLikeOutletName(part))
                {
                    byline = (named.Names, part);
                }
                else
                {
                    return false;
                }
            }
            if (byline is null || dates == 0)
            {
                return false;
            }
            TakeByline(byline.Value);
            foreach (var part in parts)
            {
                ReadStamp(part, "text (byline and date line)");
            }
            Remove(i, "the byline and date line");
            return true;
        }

        public void ReadLeadingLines()
        {
            var i = NextLine(-1, lines.Count);
            while (i >= 0 && (LineRules.IsInterface(lines[i]) || LineRules.IsNotice(lines[i]) || TakeStamp(i)))
            {
                Remove(i, "site navigation or notice before the title");
                i = NextLine(i, lines.Count);
            }
            _bodyStart = i < 0 ? lines.Count : i;
            _bodyEnd = lines.Count;
            if (i >= 0 && lines[i].Length <= MaxTitleLength && TextNormalizer.WordCount(lines[i]) <= 30)
            {
                _title = lines[i];
                _sources["title"] = "text (first line)";
                Remove(i, "the title");
                _bodyStart = i + 1;
            }
        }

        public void ReadHeader()
        {
            var i = NextLine(_bodyStart - 1, lines.Count);
            var first = true;
            var seen = 0;
            while (i >= 0 && seen < 5)
            {
                var line = lines[i];
                var next = NextLine(i, lines.Count);
                // Share bars, banners and notices between the title and the byline are not header lines:
                // they are dropped without ending the header or taking the subtitle's place.
                if (LineRules.IsInterface(line) || LineRules.IsNotice(line))
                {
                    Remove(i, "site interface in the article header");
                    _bodyStart = i + 1;
                    i = next;
                    continue;
                }
                if (_title is not null && Same(line, _title))
                {
                    Remove(i, "repeats the title");
                }
                else if (TakeStamp(i))
                {
                }
                else if (_authors.Count == 0 && TakeBylineAndDate(i))
                {
                }
                else if (TakeLabelledDate(i))
                {
                }
                else if (_authors.Count == 0 && Bylines.Read(line, allowBareName: true) is { } byline)
                {
                    TakeByline(byline);
                    Remove(i, "the byline");
                }
                else if (first && _title is not null && IsSubtitle(line, next))
                {
                    _subtitle = line;
                    _sources["subtitle"] = "text (line after the title)";
                    Remove(i, "the subtitle");
                }
                else if (IsFurniture(i))
                {
                    Remove(i, "page furniture between the headline and the article");
                    _bodyStart = i + 1;
                    i = next;
                    continue;
                }
                else
                {
                    break;
                }
                _bodyStart = i + 1;
                i = next;
                first = false;
                seen++;
            }
        }

        private bool IsSubtitle(string line, int next) =>
            (next < 0 || !Same(lines[next], line))
            && line[^1] is not ('.' or '!' or '?' or ':' or '”' or '"')
            && TextNormalizer.WordCount(line) is >= 4 and <= 60
            && !LineRules.IsListItem(line, out _);

        public void ReadTrailer(string wholeText)
        {
            var nonBlank = Enumerable.Range(_bodyStart, lines.Count - _bodyStart).Where(i => !Blank(i)).ToList();
            var from = nonBlank.Count == 0 ? lines.Count : nonBlank[nonBlank.Count * 3 / 5];
            for (var i = from; i < lines.Count; i++)
            {
                if (!Blank(i) && LineRules.IsRelatedHeader(lines[i])
                    && Enumerable.Range(i + 1, lines.Count - i - 1).All(j => TextNormalizer.WordCount(lines[j]) < 20 || LineRules.IsNotice(lines[j])))
                {
                    for (var j = i; j < lines.Count; j++)
                    {
                        if (!Blank(j))
                        {
                            Remove(j, "a list of other articles");
                        }
                    }
                    break;
                }
            }
            var end = Previous(lines.Count);
            var authorBlock = false;
            while (end >= _bodyStart)
            {
                var line = lines[end];
                var before = Previous(end);
                if (LineRules.IsInterface(line) || LineRules.IsNotice(line))
                {
                    Remove(end, "site interface or legal notice after the article");
                }
                else if (TakeStamp(end))
                {
                }
                else if (LineRules.LooksLikeBio(line) && before >= _bodyStart && Bylines.Read(lines[before], allowBareName: true) is { } named)
                {
                    AddAuthor(named.Names[0], line, wholeText, "text (author block after the article)");
                    Remove(end, "the author's biography");
                    Remove(before, "the author's name");
                    before = Previous(before);
                    authorBlock = true;
                }
                else if (LineRules.LooksLikeBio(line) && Bylines.BioSubject(line) is { } subject
                    && (_authors.Any(a => a.Name == subject) || (_authors.Count == 0 && Mentions(wholeText, subject) == Mentions(line, subject))))
                {
                    // A one-line bio that names its author ("Jane Doe is a journalist based in Vilnius."): for the
                    // byline's author or, on a page without a byline, for someone the article itself never mentions
                    // (a closing line about a person it quotes is part of the article).
                    AddAuthor(subject, line, wholeText, "text (author's biography after the article)");
                    Remove(end, "the author's biography");
                    authorBlock = true;
                }
                else if (authorBlock && LineRules.IsAuthorBlockHeader(line))
                {
                    Remove(end, "the heading of the author block");
                }
                else if (Bylines.Read(line, allowBareName: false) is { } signed)
                {
                    foreach (var name in signed.Names)
                    {
                        AddAuthor(name, null, wholeText, "text (signature after the article)");
                    }
                    Remove(end, "the author's signature");
                }
                else
                {
                    break;
                }
                end = before;
            }
            _bodyEnd = end + 1;
        }

        private int Previous(int i)
        {
            for (var j = i - 1; j >= 0; j--)
            {
                if (!Blank(j) && _removed[j] is null)
                {
                    return j;
                }
            }
            return -1;
        }

        private void AddAuthor(string name, string? bio, string wholeText, string source)
        {
            if (_authors.Any(a => a.Name == name))
            {
                var index = _authors.FindIndex(a => a.Name == name);
                _authors[index] = _authors[index] with { Bio = _authors[index].Bio ?? bio };
            }
            else
            {
                _authors.Insert(0, new ParsedAuthor(name, bio, null));
            }
            _sources.TryAdd("authors", source);
            if (bio is not null && _outlet is null && Bylines.OutletFromBio(bio, wholeText, name) is { } outlet)
            {
                _outlet = outlet;
                _sources["outlet"] = "text (author's biography)";
                var index = _authors.FindIndex(a => a.Name == name);
                _authors[index] = _authors[index] with { Affiliation = outlet };
            }
        }

        public void ReadBody()
        {
            var inNotes = false;
            for (var i = _bodyStart; i < _bodyEnd; i++)
            {
                if (Blank(i) || _removed[i] is not null)
                {
                    continue;
                }
                var line = lines[i];
                var next = NextLine(i, _bodyEnd);
                if (LineRules.IsInterface(line))
                {
                    Remove(i, "site interface");
                }
                else if (IsFurniture(i))
                {
                    Remove(i, "page furniture (the block classifier's boilerplate)");
                }
                else if (_title is not null && Same(line, _title))
                {
                    Remove(i, "repeats the title (an image caption or page header)");
                }
                else if (TakeStamp(i))
                {
                }
                else if (next >= 0 && next - i <= 2 && Same(line, lines[next]))
                {
                    _kinds[i] = BlockKind.Caption;
                    Remove(next, "repeats the caption above it");
                }
                else if (LineRules.IsNotesHeader(line))
                {
                    _kinds[i] = BlockKind.Heading;
                    inNotes = true;
                }
                else
                {
                    _kinds[i] = inNotes ? BlockKind.Note : Classify(line, next);
                }
            }
        }

        private static BlockKind Classify(string line, int next) =>
            LineRules.IsListItem(line, out _) ? BlockKind.ListItem
            : LineRules.IsQuotation(line) ? BlockKind.Quote
            : LineRules.LooksLikeTeaserHeadline(line) ? BlockKind.Caption
            : next >= 0 && LineRules.LooksLikeHeading(line) ? BlockKind.Heading
            : BlockKind.Paragraph;

        public ParsedArticle Result(string text, bool fromHtml)
        {
            var blocks = new List<Block>();
            var removed = new List<RemovedLine>();
            var verdicts = new List<SourceLine>();
            for (var i = 0; i < lines.Count; i++)
            {
                if (_removed[i] is { } reason)
                {
                    removed.Add(new RemovedLine(i + 1, lines[i], reason));
                }
                else if (_kinds[i] is { } kind)
                {
                    blocks.Add(LineDecisions.MakeBlock(kind, lines[i]));
                }
                if (_removed[i] is not null || _kinds[i] is not null)
                {
                    verdicts.Add(new SourceLine(i + 1, lines[i], LineDecisions.HashOf(lines[i]), _removed[i] is null ? _kinds[i] : null, _removed[i], false));
                }
            }
            var title = _title;
            if (title is not null && AfterKicker(title, () => (main?.Language ?? StopWords.Detect(lines)).Language) is { } headline)
            {
                title = headline;
                _sources["title"] = _sources.GetValueOrDefault("title", "text") + " (its kicker before a spaced colon left out)";
            }
            if (title is null)
            {
                title = blocks.Count > 0 ? TitleFromText(blocks[0].Text) : "Untitled";
                _sources["title"] = "text (first sentence; the page has no title line)";
            }
            var published = _stated ?? FromEditStamp(blocks);
            if (published is null && PublicationDates.Infer(blocks.Where(b => b.Kind != BlockKind.Note).Select(b => b.Text)) is { } inferred)
            {
                published = inferred;
                _sources["published"] = "inference (latest year the text reports as past)";
            }
            published ??= FromUpdateStamp();
            published ??= FromCopyrightLine();
            if (fromHtml)
            {
                _sources["format"] = "HTML page saved as text";
            }
            return new ParsedArticle(title, _subtitle, _authors, _outlet, published, _updated, Languages.Detect(text),
                blocks, removed, _sources) { Lines = verdicts };
        }
    }

    private static int Mentions(string text, string name)
    {
        var count = 0;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static bool Same(string a, string b) =>
        string.Equals(Key(a), Key(b), StringComparison.OrdinalIgnoreCase);

    private static string Key(string s) => new([.. s.Where(char.IsLetterOrDigit)]);
}
