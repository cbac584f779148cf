using System.Text;
using System.Xml;
using BelarusUsArchive.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Harvesting;

/// <summary>/sitemap.xml (the sitemaps.org protocol) and /robots.txt, for search engines.</summary>
public static class SitemapEndpoints
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The protocol's limit of addresses in one sitemap file.</summary>
    public const int MaxUrls = 50_000;

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", SitemapAsync).ExcludeFromDescription();
        app.MapGet("/robots.txt", (HttpContext http) => Results.Text(
            "User-agent: *\n" +
            "Disallow: /editor/\n" +
            "Disallow: /search\n" +
            "Disallow: /articles/cite\n" +
            "Disallow: /oai\n" +
            $"Sitemap: {BaseUrl(http)}/sitemap.xml\n", "text/plain; charset=utf-8")).ExcludeFromDescription();
        return app;
    }

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    /// <summary>The section pages, then every article (with its last change), person and event, up to the protocol's limit.</summary>
    private static async Task<IResult> SitemapAsync(HttpContext http, ArchiveDb db, CancellationToken ct)
    {
        var baseUrl = BaseUrl(http);
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Take(MaxUrls)
            .Select(a => new { a.Slug, a.UpdatedAt }).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.Mentions.Any()).OrderBy(p => p.Slug).Take(MaxUrls)
            .Select(p => p.Slug).ToListAsync(ct);
        var events = await db.Events.AsNoTracking().OrderBy(e => e.Slug).Take(MaxUrls).Select(e => e.Slug).ToListAsync(ct);
        var entries = new List<(string Path, DateTime? Modified)> { ("/", null), ("/articles", null), ("/people", null), ("/events", null), ("/timeline", null) };
        entries.AddRange(articles.Select(a => ("/articles/" + a.Slug, (DateTime?)a.UpdatedAt)));
        entries.AddRange(people.Select(p => ("/people/" + p, (DateTime?)null)));
        entries.AddRange(events.Select(e => ("/events/" + e, (DateTime?)null)));

        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var (path, modified) in entries.Take(MaxUrls))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, baseUrl + path);
                if (modified is { } when)
                {
                    xml.WriteElementString("lastmod", Namespace, OaiXml.Datestamp(when));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return Results.Text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text.ToString()[(text.ToString().IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart(), "application/xml; charset=utf-8");
    }
}
