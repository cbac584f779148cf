using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Web.Features.Citations;

/// <summary>
/// The metadata an article page carries for programs that capture it: Highwire Press <c>citation_*</c> meta tags
/// (read by Zotero's Embedded Metadata translator and Google Scholar), a COinS OpenURL (read by Zotero and
/// other OpenURL clients) and schema.org JSON-LD (read by search engines). They state what the citation
/// downloads state: the same <see cref="RecordType"/>, names, date at its precision, outlet and address.
/// </summary>
public static class EmbeddedMetadata
{
    /// <summary>Letters of every script stay as they are; the characters that matter to HTML are still escaped.</summary>
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static IReadOnlyList<(string Name, string Content)> Highwire(CitedArticle article, CitationContext context)
    {
        var tags = new List<(string, string)> { ("citation_title", article.Title) };
        tags.AddRange(article.Names.Select(n => ("citation_author", n.Inverted)));
        if (article.Published is { } date && W3cdtf(date) is not null)
        {
            tags.Add(("citation_publication_date", W3cdtf(date)!.Replace('-', '/')));
        }
        if (article.Outlet is not null)
        {
            tags.Add(("citation_publisher", article.Outlet));
        }
        tags.Add(("citation_public_url", article.Url(context)));
        tags.Add(("citation_abstract_html_url", context.ArchiveUrl(article.Slug)));
        tags.Add(("citation_language", article.Language));
        return tags;
    }

    /// <summary>A Dublin Core ContextObject in KEV form, for <c>&lt;span class="Z3988" title="…"&gt;</c>.</summary>
    public static string Coins(CitedArticle article, CitationContext context)
    {
        var pairs = new List<(string, string)>
        {
            ("ctx_ver", "Z39.88-2004"),
            ("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"),
            ("rfr_id", "info:sid/" + new Uri(context.BaseUrl).Authority + ":archive"),
            ("rft.type", RecordType.Of(article).Coins),
            ("rft.title", article.Title),
        };
        pairs.AddRange(article.Names.Select(n => ("rft.creator", n.Inverted)));
        if (article.Published is { } date && W3cdtf(date) is { } when)
        {
            pairs.Add(("rft.date", when));
        }
        if (article.Outlet is not null)
        {
            pairs.Add(("rft.publisher", article.Outlet));
        }
        pairs.Add(("rft.identifier", article.Url(context)));
        pairs.Add(("rft.language", article.Language));
        return string.Join('&', pairs.Select(p => Uri.EscapeDataString(p.Item1) + "=" + Uri.EscapeDataString(p.Item2)));
    }

    /// <summary>schema.org JSON-LD; the default encoder escapes &lt;, &gt; and &amp;, so no title can close the script element.</summary>
    public static string JsonLd(CitedArticle article, IEnumerable<string> people, CitationContext context)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", RecordType.Of(article).SchemaOrg);
            json.WriteString("@id", context.ArchiveUrl(article.Slug));
            json.WriteString("headline", article.Title);
            json.WriteString("name", article.Title);
            json.WriteString("url", context.ArchiveUrl(article.Slug));
            if (article.SourceUrl is not null)
            {
                json.WriteString("isBasedOn", article.SourceUrl);
            }
            WriteThings(json, "author", "Person", article.Names.Select(n => n.IsLiteral ? (n.Family, null, null) : (n.Natural, n.Given, n.Family)));
            if (article.Published is { } date && W3cdtf(date) is { } when)
            {
                json.WriteString("datePublished", when);
            }
            if (article.Outlet is not null)
            {
                json.WriteStartObject("publisher");
                json.WriteString("@type", "Organization");
                json.WriteString("name", article.Outlet);
                json.WriteEndObject();
            }
            json.WriteString("inLanguage", article.Language);
            WriteThings(json, "mentions", "Person", people.Select(p => (p, (string?)null, (string?)null)));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteThings(Utf8JsonWriter json, string property, string type, IEnumerable<(string Name, string? Given, string? Family)> things)
    {
        var list = things.ToList();
        if (list.Count == 0)
        {
            return;
        }
        json.WriteStartArray(property);
        foreach (var (name, given, family) in list)
        {
            json.WriteStartObject();
            json.WriteString("@type", type);
            json.WriteString("name", name);
            if (family is not null)
            {
                json.WriteString("givenName", given);
                json.WriteString("familyName", family);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>A W3C date-time at the date's own precision (2019, 2019-11, 2019-11-21); a decade has none.</summary>
    public static string? W3cdtf(ArchiveDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => date.Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => null,
    };
}
