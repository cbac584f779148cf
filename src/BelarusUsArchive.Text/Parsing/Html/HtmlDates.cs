using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>
/// The publication date the markup states: JSON-LD <c>datePublished</c>, <c>article:published_time</c>,
/// <c>citation_publication_date</c> and their kin, <c>itemprop=datePublished</c>, then a <c>&lt;time datetime&gt;</c>.
/// Modification dates are never taken for publication.
/// </summary>
internal static partial class HtmlDates
{
    [GeneratedRegex(@"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:$|[T\s])", RegexOptions.NonBacktracking)]
    private static partial Regex IsoDate();

    private static readonly string[] MetaKeys =
    [
        "article:published_time", "citation_publication_date", "citation_date", "citation_online_date", "og:published_time",
        "datePublished", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "date", "pubdate", "publishdate",
        "publish-date", "publication_date", "sailthru.date", "parsely-pub-date", "article.published", "published_time",
    ];

    public static Sourced<ArchiveDate>? Read(IDocument document, MetaTags meta, JsonLdArticle? ld)
    {
        if (Parse(ld?.Published) is { } fromLd)
        {
            return new(fromLd, "html (JSON-LD datePublished)");
        }
        foreach (var key in MetaKeys)
        {
            if (meta.All(key).Select(Parse).FirstOrDefault(d => d is not null) is { } date)
            {
                return new(date, $"html ({key} meta)");
            }
        }
        foreach (var (selector, source) in new[]
        {
            ("[itemprop=datePublished]", "itemprop=datePublished"),
            ("time[pubdate], article time[datetime], time[datetime]", "time element"),
        })
        {
            foreach (var element in document.QuerySelectorAll(selector).Take(5))
            {
                ExtractionBudget.Check();
                var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
                if ((Parse(value) ?? Parse(element.TextContent)) is { } date)
                {
                    return new(date, $"html ({source})");
                }
            }
        }
        return null;
    }

    /// <summary>How many elements classed as dates are read.</summary>
    private const int MaxDateElements = 20;

    /// <summary>
    /// An element classed or named as the post's date ("date", "datum", "fecha", "published", "posted-on", "entry-meta")
    /// in the article that holds the headline, outside comments and sidebars, whose short text is a date line.
    /// </summary>
    public static Sourced<ArchiveDate>? DateElement(IDocument document)
    {
        // Only in the article around the headline: lists of other articles carry dates of their own.
        var headline = document.QuerySelector("h1");
        var article = headline?.Closest("article, main") ?? headline?.ParentElement?.ParentElement;
        if (article is null)
        {
            return null;
        }
        var candidates = article.QuerySelectorAll(
            "[class*=date i], [id*=date i], [class*=datum i], [class*=fecha i], [class*=published i], [class*=posted i], [class*=entry-meta i], [class*=post-meta i], [class*=byline i]");
        foreach (var element in candidates.Take(MaxDateElements))
        {
            ExtractionBudget.Check();
            var text = HtmlMetadata.Collapse(element.TextContent);
            if (text.Length is > 0 and <= 80 && !BylineElements.AmongOtherPeople(element, headline)
                && !LineRules.IsUpdateStamp(text, out _) && FromLine(text) is { } date)
            {
                return new(date, "html (date element)");
            }
        }
        return null;
    }

    // A year and month as path segments, a day after them where there is one: "/2019/05/12/", "/2020-02/19/", "/2018/06/x.html".
    [GeneratedRegex(@"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?/", RegexOptions.NonBacktracking)]
    private static partial Regex AddressDate();

    /// <summary>
    /// The date the page's own address states (its canonical link or <c>og:url</c>), as blogs and news sites build
    /// addresses from the publication day ("/2014/05/18/title/") or month ("/2020/04/title.html").
    /// </summary>
    public static Sourced<ArchiveDate>? FromAddress(IDocument document, MetaTags meta)
    {
        var address = document.QuerySelector("link[rel~=canonical i][href]")?.GetAttribute("href") ?? meta.First("og:url");
        if (address is null || address.Length > 2000)
        {
            return null;
        }
        // An archive's copy ("web.archive.org/web/20160218174457/http://site/2010/05/...") dates the site's address, after it.
        var at = address.LastIndexOf("://", StringComparison.Ordinal);
        var m = AddressDate().Match(at > 0 ? address[at..] : address);
        if (!m.Success)
        {
            return null;
        }
        var date = FromParts(Int(m.Groups[1]), Int(m.Groups[2]), m.Groups[3].Success ? Int(m.Groups[3]) : null);
        return date is null ? null : new(date, "html (date in the page's address)");
    }

    /// <summary>A date in the forms markup uses: ISO 8601 ("2021-10-29T08:00:00+02:00", "2021-10-29", "2021-10"), or a date line.</summary>
    public static ArchiveDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 80)
        {
            return null;
        }
        var m = IsoDate().Match(value);
        if (m.Success)
        {
            return FromParts(Int(m.Groups[1]), m.Groups[2].Success ? Int(m.Groups[2]) : null, m.Groups[3].Success ? Int(m.Groups[3]) : null);
        }
        return FromLine(value);
    }

    /// <summary>A date line as pages print it ("7 April 2016, 20:47", "Published: 04.02.2022"), to the day or month.</summary>
    public static ArchiveDate? FromLine(string line)
    {
        var mention = LineRules.AsDateLine(HtmlMetadata.Collapse(line));
        return mention is null ? null : FromParts(mention.Year, mention.Month, mention.Day);
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static ArchiveDate? FromParts(int year, int? month, int? day)
    {
        if (year < 1900 || year > DateTime.UtcNow.Year + 1)
        {
            return null;
        }
        if (month is >= 1 and <= 12 && day is { } d && d >= 1 && d <= DateTime.DaysInMonth(year, month.Value))
        {
            return ArchiveDate.Day(year, month.Value, d, DateCertainty.Stated, DateSource.Text);
        }
        return month is >= 1 and <= 12
            ? ArchiveDate.Month(year, month.Value, DateCertainty.Stated, DateSource.Text)
            : ArchiveDate.Year(year, DateCertainty.Stated, DateSource.Text);
    }
}
