using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>An input extraction will not take, with the reason a person can act on.</summary>
public sealed class ExtractionRefusedException(string reason) : Exception(reason);

/// <summary>
/// An HTML page becomes an article: metadata from the page's structure (<see cref="HtmlMetadata"/>), the main text
/// from the element Readability's scoring finds (<see cref="MainContent"/>), typed into blocks (<see cref="HtmlBlocks"/>).
/// Markup too deep for the parser is flattened first (<see cref="HtmlPrepass"/>), so no page can overflow the stack.
/// </summary>
public static class HtmlArticleExtractor
{
    private const int HeaderWindow = 40;

    public static ParsedArticle Extract(string html)
    {
        var (limited, refusal) = HtmlPrepass.Limit(TextNormalizer.NormalizeFile(html));
        if (refusal is not null)
        {
            throw new ExtractionRefusedException(refusal);
        }
        var document = Parse(limited!);
        var metadata = HtmlMetadata.Read(document);
        var page = document.Body is { } body ? HtmlBlocks.Read(body) : [];
        // The h1 as the page shows it, read before Readability changes the tree: where the stated title differs from it
        // ("Headline | Site", a shorter og:title), the h1 still marks where the header's byline and date lines are.
        var h1 = document.QuerySelector("h1") is { } heading ? Headings.Text(heading) : null;
        var content = MainContent.Find(document);
        var blocks = content is null ? [] : HtmlBlocks.Read(content);
        var sources = new Dictionary<string, string> { ["format"] = "HTML" };
        if (blocks.Count == 0)
        {
            blocks = MainContent.Body(Parse(limited!)) is { } fallback ? HtmlBlocks.Read(fallback) : [];
            sources["body"] = "html (the page's body: no article element scored as main text)";
        }
        else
        {
            sources["body"] = "html (main content by Readability's scoring, SmartReader)";
        }
        var title = Title(metadata, page, blocks, sources);
        var removed = new List<RemovedLine>();
        if (blocks.Count > 0 && Same(blocks[0].Text, title))
        {
            removed.Add(new RemovedLine(1, blocks[0].Text, "the title"));
            blocks.RemoveAt(0);
        }
        var at = Anchor(page, title, h1);
        var header = Header(page, at);
        var authors = Authors(metadata, header, sources);
        if (authors.Count == 0)
        {
            authors = TextAuthors(page, [.. header, .. page.Take(Math.Max(at, 0)).TakeLast(3).Select(b => b.Text)], blocks, metadata.Outlet?.Value, sources);
        }
        if (authors is [var only] && MetaLineAuthors.Completed(only.Name, page.Select(b => b.Text)) is var full && full != only.Name)
        {
            authors = [only with { Name = full }];
            sources["authors"] += "; the full name as the page prints it";
        }
        var published = Published(metadata, header, Above(page, at), blocks, sources)
            ?? Near(Below(page, at), sources) ?? Inferred(metadata, page, at, blocks, sources);
        if (metadata.Outlet is { } outlet)
        {
            sources["outlet"] = outlet.Source;
        }
        TrailingFurniture.Trim(blocks, removed);
        var language = metadata.Language ?? Languages.Detect(string.Join(' ', blocks.Take(20).Select(b => b.Text)));
        return new ParsedArticle(title, null, authors, metadata.Outlet?.Value, published, null, language, blocks, removed, sources);
    }

    // Parsed as a browser with scripting on parses: <noscript> holds text, not markup that could swallow the page.
    private static IHtmlDocument Parse(string html)
    {
        ExtractionBudget.Check();
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = true }).ParseDocument(html);
        ExtractionBudget.Check();
        return document;
    }

    private static string Title(PageMetadata metadata, List<Block> page, List<Block> blocks, Dictionary<string, string> sources)
    {
        if (metadata.Title is { } title)
        {
            sources["title"] = title.Source;
            return title.Value;
        }
        var first = blocks.Concat(page).FirstOrDefault();
        sources["title"] = "text (first sentence; the page states no title)";
        return first is null ? "Untitled" : ArticleParser.TitleFromText(first.Text);
    }

    /// <summary>Where the headline stands among the page's blocks: the title's block, else the h1's; -1 where neither is.</summary>
    private static int Anchor(List<Block> page, string title, string? h1)
    {
        var at = page.FindIndex(b => Same(b.Text, title));
        return at >= 0 || h1 is null ? at : page.FindIndex(b => Same(b.Text, h1));
    }

    // The short lines after the headline on the whole page, where sites put the byline and the date line.
    private static List<string> Header(List<Block> page, int at)
    {
        return [.. page.Skip(at < 0 ? 0 : at + 1).Take(at < 0 ? HeaderWindow * 2 : HeaderWindow).Select(b => b.Text).Where(t => t.Length <= 120)];
    }

    private static List<ParsedAuthor> Authors(PageMetadata metadata, List<string> header, Dictionary<string, string> sources)
    {
        if (metadata.Authors is { } stated)
        {
            sources["authors"] = stated.Source;
            return [.. stated.Value.Select(n => new ParsedAuthor(n, null, null))];
        }
        for (var i = 0; i < header.Count; i++)
        {
            // A label alone ("Autor") names the author in the next line; a line may join the byline and a date.
            var line = header[i];
            if (HtmlAuthors.IsBylineLabel(line) && i + 1 < header.Count
                && HtmlAuthors.FromLine(line.TrimEnd(':', ' ') + ": " + header[i + 1]) is { Count: > 0 } next && next.All(n => Bylines.IsPersonName(n)))
            {
                line = line.TrimEnd(':', ' ') + ": " + header[i + 1];
            }
            if (LineRules.HeaderParts(line).Prepend(line).Select(p => HtmlAuthors.People(HtmlAuthors.FromLine(p), metadata.Outlet?.Value))
                .FirstOrDefault(n => n.Count > 0) is { } names)
            {
                sources["authors"] = "text (byline under the headline)";
                return [.. names.Select(n => new ParsedAuthor(n, null, null))];
            }
        }
        return [];
    }

    // Where no markup or byline line names the writer: a meta line joining a name and the date by the headline, then a
    // person's copyright line anywhere on the page.
    private static List<ParsedAuthor> TextAuthors(List<Block> page, List<string> header, List<Block> text, string? outlet,
        Dictionary<string, string> sources)
    {
        foreach (var line in header)
        {
            if (HtmlAuthors.People(MetaLineAuthors.FromMetaLine(line), outlet) is { Count: > 0 } names)
            {
                sources["authors"] = "text (the post's meta line by the headline)";
                return [.. names.Select(n => new ParsedAuthor(n, null, null))];
            }
        }
        var lines = page.Select(b => b.Text).ToList();
        if ((MetaLineAuthors.FromLabel(lines) ?? MetaLineAuthors.FromSignature(text)) is { } named && HtmlAuthors.People([named], outlet).Count > 0)
        {
            sources["authors"] = "text (a labelled byline or the name signed under the text)";
            return [new ParsedAuthor(named, null, null)];
        }
        if (MetaLineAuthors.FromCopyright(lines) is { } holder)
        {
            sources["authors"] = "text (a person's copyright line)";
            return [new ParsedAuthor(holder, null, null)];
        }
        return [];
    }

    /// <summary>How many blocks above the headline may hold its date line (a date over the title, beside a share row).</summary>
    private const int DateAboveTitle = 12;

    /// <summary>The short blocks right above the headline, nearest first (none where the headline is not on the page).</summary>
    private static List<string> Above(List<Block> page, int at)
    {
        return at < 0 ? [] : [.. page.Take(at).TakeLast(DateAboveTitle).Reverse().Select(b => b.Text).Where(DateLines.IsDateLine)];
    }

    /// <summary>The short blocks right below the headline (none where the headline is not on the page).</summary>
    private static List<string> Below(List<Block> page, int at)
    {
        return at < 0 ? [] : [.. page.Skip(at + 1).Take(DateAboveTitle).Select(b => b.Text)];
    }

    // A line by the headline that is mostly a date, with what sites print beside it: a label ("Datum:"), a trailing
    // comma, the desk or agency ("25. Januar 2022 (DJV/FWR) Berlin"), the author ("1. Februar 2022, Daniel Dillenburg").
    private static ArchiveDate? Near(List<string> below, Dictionary<string, string> sources)
    {
        foreach (var line in below)
        {
            if (DateLines.IsDateLine(line) && !LineRules.IsUpdateStamp(line, out _) && DateLines.Find(line) is { } day)
            {
                sources["published"] = "text (a line by the headline that is mostly a date)";
                return ArchiveDate.Day(day.Year, day.Month, day.Day, DateCertainty.Stated, DateSource.Text);
            }
        }
        return null;
    }

    private static ArchiveDate? Published(PageMetadata metadata, List<string> header, List<string> above, List<Block> blocks,
        Dictionary<string, string> sources)
    {
        if (metadata.Published is { } stated)
        {
            sources["published"] = stated.Source;
            return stated.Value;
        }
        foreach (var part in header.SelectMany(LineRules.HeaderParts))
        {
            if (HtmlDates.FromLine(part) is { } date)
            {
                sources["published"] = "text (date line under the headline)";
                return date;
            }
        }
        foreach (var line in above)
        {
            if (!LineRules.IsUpdateStamp(line, out _) && DateLines.Find(line) is { } day)
            {
                sources["published"] = "text (date line above the headline)";
                return ArchiveDate.Day(day.Year, day.Month, day.Day, DateCertainty.Stated, DateSource.Text);
            }
        }
        return null;
    }

    // After the date lines by the headline: the date in the page's address, an element classed as the post's date, a
    // date line anywhere on the page, then inference from the text.
    private static ArchiveDate? Inferred(PageMetadata metadata, List<Block> page, int at, List<Block> blocks, Dictionary<string, string> sources)
    {
        if (metadata.UrlDate is { } address)
        {
            sources["published"] = address.Source;
            return address.Value;
        }
        if (metadata.DateElement is { } element)
        {
            sources["published"] = element.Source;
            return element.Value;
        }
        if (Anywhere(page, at) is { } printed)
        {
            sources["published"] = "text (a date line on the page, away from the headline)";
            return printed;
        }
        if (PublicationDates.Infer(blocks.Where(b => b.Kind != BlockKind.Note).Select(b => b.Text)) is { } inferred)
        {
            sources["published"] = "inference (latest year the text reports as past)";
            return inferred;
        }
        return null;
    }

    /// <summary>How many of the page's blocks are looked at for a date line away from the headline.</summary>
    private const int MaxDateLineBlocks = 400;

    // A page whose headline has no date line by it may still print its date once: in a post's footer ("Erschienen am:
    // 01.11.2023"), in a meta block far below the headline, above a teaser-like header. A stated day is better evidence
    // than a year inferred from the text. The headline's side first (the article), then the rest of the page from the
    // top; an update stamp ("Stand 27.01.2022", "Letzte Änderung: …") only where no other date line is printed.
    private static ArchiveDate? Anywhere(List<Block> page, int at)
    {
        var order = page.Skip(Math.Max(at, 0)).Concat(page.Take(Math.Max(at, 0))).Take(MaxDateLineBlocks).Select(b => b.Text).ToList();
        foreach (var stamps in new[] { false, true })
        {
            foreach (var line in order)
            {
                if (DateLines.IsDateLine(line) && LineRules.IsUpdateStamp(line, out _) == stamps && DateLines.Find(line) is { } day)
                {
                    return ArchiveDate.Day(day.Year, day.Month, day.Day, DateCertainty.Stated, DateSource.Text);
                }
            }
        }
        return null;
    }

    private static bool Same(string a, string b) => Key(a).Length > 0 && Key(a) == Key(b);

    private static string Key(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
