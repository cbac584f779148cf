using AngleSharp.Dom;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>A field read from the page's structure, with where it came from (for the article's field sources).</summary>
internal sealed record Sourced<T>(T Value, string Source);

internal sealed record PageMetadata(
    Sourced<string>? Title,
    Sourced<IReadOnlyList<string>>? Authors,
    Sourced<string>? Outlet,
    Sourced<ArchiveDate>? Published,
    Sourced<ArchiveDate>? DateElement,
    string? Language)
{
    /// <summary>The date in the page's own address (<c>/2019/05/12/</c>): after the date lines, before inference.</summary>
    public Sourced<ArchiveDate>? UrlDate { get; init; }
}

/// <summary>
/// The article's metadata as the page's markup states it, strongest source first: schema.org JSON-LD, then
/// <c>citation_*</c>, Open Graph and <c>article:*</c> meta, then the visible markup (<c>h1</c>, <c>time</c>,
/// <c>rel=author</c>, <c>itemprop</c>), then <c>&lt;title&gt;</c> without its site suffix.
/// </summary>
internal static class HtmlMetadata
{
    public static PageMetadata Read(IDocument document)
    {
        var ld = JsonLd.Read(document);
        var meta = MetaTags.Of(document);
        var outlet = Outlet(meta, ld);
        return new PageMetadata(
            HtmlTitles.Read(document, meta, ld, outlet?.Value),
            HtmlAuthors.Read(document, meta, ld, outlet?.Value),
            outlet,
            HtmlDates.Read(document, meta, ld),
            // Read before Readability's scoring changes the tree; weaker than a date line by the headline.
            HtmlDates.DateElement(document),
            Language(document, meta))
        {
            UrlDate = HtmlDates.FromAddress(document, meta),
        };
    }

    private static Sourced<string>? Outlet(MetaTags meta, JsonLdArticle? ld)
    {
        if (meta.First("og:site_name") is { } site)
        {
            return new(site, "html (og:site_name)");
        }
        if (ld?.Publisher is { } publisher)
        {
            return new(publisher, "html (JSON-LD publisher)");
        }
        if (ld?.Organisations is [var organisation, ..])
        {
            return new(organisation, "html (JSON-LD author organisation)");
        }
        if ((meta.First("citation_journal_title") ?? meta.First("application-name")) is { } name)
        {
            return new(name, "html (meta)");
        }
        return null;
    }

    private static string? Language(IDocument document, MetaTags meta)
    {
        var lang = document.DocumentElement?.GetAttribute("lang") ?? meta.First("og:locale") ?? meta.First("content-language");
        if (string.IsNullOrWhiteSpace(lang))
        {
            return null;
        }
        var primary = lang.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    /// <summary>White space runs folded to one space, trimmed.</summary>
    public static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
