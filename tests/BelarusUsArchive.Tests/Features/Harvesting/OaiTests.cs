using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using BelarusUsArchive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Features.Harvesting;

/// <summary>/oai as a harvester meets it: every answer valid against the protocol's schemas, whole lists by tokens, errors by code.</summary>
public class OaiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(ArchiveApp App, HttpClient Client)> StartAsync(TestFolder folder, int pageSize = 2)
    {
        var app = new ArchiveApp(folder);
        app.Settings["Archive:OaiPageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (app, await app.StartAsync());
    }

    private static async Task<XDocument> Oai(HttpClient client, string query)
    {
        var response = await client.GetAsync("/oai?" + query, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)} ");
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return OaiSchema.Validate(await response.Content.ReadAsStringAsync(Ct), query);
    }

    /// <summary>Follows resumption tokens to the end, as a harvester does, and returns every header or record.</summary>
    private static async Task<List<XElement>> Harvest(HttpClient client, string verb, string arguments, string item)
    {
        var items = new List<XElement>();
        var query = $"verb={verb}&{arguments}";
        for (var pages = 0; pages < 100; pages++)
        {
            var list = (await Oai(client, query)).Root!.Element(OaiSchema.Oai + verb)!;
            items.AddRange(list.Elements(OaiSchema.Oai + item));
            var token = list.Element(OaiSchema.Oai + "resumptionToken");
            if (token is null || token.Value.Length == 0)
            {
                return items;
            }
            Assert.Equal(items.Count - list.Elements(OaiSchema.Oai + item).Count(), (int)token.Attribute("cursor")!);
            query = $"verb={verb}&resumptionToken={Uri.EscapeDataString(token.Value)}";
        }
        throw new InvalidOperationException("the list never ended");
    }

    private static string Slug(XElement header) => header.Element(OaiSchema.Oai + "identifier")!.Value.Split(':')[^1];

    [Fact]
    public async Task Each_verb_answers_valid_OAI_PMH_and_a_harvest_by_tokens_returns_every_article_once()
    {
        using var folder = new TestFolder();
        var (app, client) = await StartAsync(folder);
        await using var _ = app;
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/articles?pageSize=100", Ct)).RootElement.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("slug").GetString()!, i => i);

        var identify = (await Oai(client, "verb=Identify")).Root!.Element(OaiSchema.Oai + "Identify")!;
        Assert.Equal("2.0", identify.Element(OaiSchema.Oai + "protocolVersion")!.Value);
        Assert.EndsWith("/oai", identify.Element(OaiSchema.Oai + "baseURL")!.Value, StringComparison.Ordinal);
        Assert.Equal("oai_dc", (await Oai(client, "verb=ListMetadataFormats")).Root!.Descendants(OaiSchema.Oai + "metadataPrefix").Single().Value);
        var sets = (await Oai(client, "verb=ListSets")).Root!.Descendants(OaiSchema.Oai + "setSpec").Select(s => s.Value).ToList();
        Assert.Contains("outlet", sets);
        Assert.Contains("year", sets);

        var headers = await Harvest(client, "ListIdentifiers", "metadataPrefix=oai_dc", "header");
        var records = await Harvest(client, "ListRecords", "metadataPrefix=oai_dc", "record");
        Assert.Equal(api.Keys.Order(StringComparer.Ordinal), headers.Select(Slug).Order(StringComparer.Ordinal));
        Assert.Equal(api.Keys.Order(StringComparer.Ordinal), records.Select(r => Slug(r.Element(OaiSchema.Oai + "header")!)).Order(StringComparer.Ordinal));
        foreach (var record in records)
        {
            var slug = Slug(record.Element(OaiSchema.Oai + "header")!);
            var dc = record.Descendants().Where(e => e.Name.Namespace == OaiSchema.Dc).ToLookup(e => e.Name.LocalName, e => e.Value);
            var item = api[slug];
            Assert.Equal([item.GetProperty("title").GetString()!], dc["title"]);
            Assert.Equal(item.GetProperty("authors").GetArrayLength(), dc["creator"].Count());
            var published = item.GetProperty("published");
            var expectedDate = published.ValueKind == JsonValueKind.Null ? null : published.GetProperty("precision").GetString() switch
            {
                "day" => published.GetProperty("start").GetString(),
                "month" => published.GetProperty("start").GetString()![..7],
                "year" => published.GetProperty("start").GetString()![..4],
                _ => null,
            };
            Assert.Equal(expectedDate is null ? [] : [expectedDate], dc["date"]);
            Assert.Contains(dc["identifier"], i => i.EndsWith("/articles/" + slug, StringComparison.Ordinal));
            var single = (await Oai(client, $"verb=GetRecord&metadataPrefix=oai_dc&identifier={Uri.EscapeDataString(record.Element(OaiSchema.Oai + "header")!.Element(OaiSchema.Oai + "identifier")!.Value)}"));
            Assert.Equal(record.ToString(), single.Root!.Element(OaiSchema.Oai + "GetRecord")!.Element(OaiSchema.Oai + "record")!.ToString());
        }
        var people = app.InScope(db => db.Mentions.Select(m => new { m.Article!.Slug, m.Person!.Name }).Distinct().ToList());
        foreach (var record in records)
        {
            var slug = Slug(record.Element(OaiSchema.Oai + "header")!);
            Assert.Equal(people.Where(p => p.Slug == slug).Select(p => p.Name).Order(StringComparer.Ordinal),
                record.Descendants(OaiSchema.Dc + "subject").Select(s => s.Value).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Sets_select_the_articles_of_an_outlet_or_a_year()
    {
        using var folder = new TestFolder();
        var (app, client) = await StartAsync(folder);
        await using var _ = app;
        var articles = app.InScope(db => db.Articles.Select(a => new { a.Slug, Outlet = a.Outlet == null ? null : a.Outlet.Slug, Year = a.Published == null ? (int?)null : a.Published.Start.Year }).ToList());
        var sets = (await Oai(client, "verb=ListSets")).Root!.Descendants(OaiSchema.Oai + "setSpec").Select(s => s.Value).Where(s => s.Contains(':', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sets);
        foreach (var set in sets)
        {
            var expected = articles.Where(a => set == $"outlet:{a.Outlet}" || set == $"year:{a.Year:D4}").Select(a => a.Slug).Order(StringComparer.Ordinal).ToList();
            var found = await Harvest(client, "ListIdentifiers", $"metadataPrefix=oai_dc&set={set}", "header");
            Assert.Equal(expected, found.Select(Slug).Order(StringComparer.Ordinal));
            Assert.All(found, h => Assert.Contains(set, h.Elements(OaiSchema.Oai + "setSpec").Select(s => s.Value)));
        }
    }

    [Fact]
    public async Task From_and_until_select_records_by_their_last_change_at_either_granularity()
    {
        using var folder = new TestFolder();
        var (app, client) = await StartAsync(folder);
        await using var _ = app;
        var slugs = app.InScope(db => db.Articles.OrderBy(a => a.Id).Select(a => a.Slug).ToList());
        var changed = new Dictionary<string, DateTime>();
        for (var i = 0; i < slugs.Count; i++)
        {
            var when = new DateTime(2024, 3, 1 + i, 10, 30, 15, 500, DateTimeKind.Utc);
            changed[slugs[i]] = when;
            app.InScope(db => db.Articles.Where(a => a.Slug == slugs[i]).ExecuteUpdate(s => s.SetProperty(a => a.UpdatedAt, when)));
        }
        var bounds = new (string? From, string? Until, Func<DateTime, bool> Expected)[]
        {
            ("2024-03-02", null, t => t >= new DateTime(2024, 3, 2, 0, 0, 0, DateTimeKind.Utc)),
            (null, "2024-03-02", t => t < new DateTime(2024, 3, 3, 0, 0, 0, DateTimeKind.Utc)),
            ("2024-03-02", "2024-03-03", t => t.Day is 2 or 3),
            ("2024-03-02T10:30:15Z", "2024-03-03T10:30:15Z", t => t.Day is 2 or 3),
            ("2024-03-02T10:30:16Z", null, t => t.Day >= 3),
            ("2030-01-01", null, _ => false),
        };
        foreach (var (from, until, expected) in bounds)
        {
            var arguments = "metadataPrefix=oai_dc" + (from is null ? "" : "&from=" + from) + (until is null ? "" : "&until=" + until);
            var want = changed.Where(c => expected(c.Value)).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
            if (want.Count == 0)
            {
                Assert.Equal("noRecordsMatch", (await Oai(client, "verb=ListIdentifiers&" + arguments)).Root!.Element(OaiSchema.Oai + "error")!.Attribute("code")!.Value);
                continue;
            }
            var found = await Harvest(client, "ListIdentifiers", arguments, "header");
            Assert.Equal(want, found.Select(Slug).Order(StringComparer.Ordinal));
            Assert.All(found, h => Assert.Equal(changed[Slug(h)].ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), h.Element(OaiSchema.Oai + "datestamp")!.Value));
        }
    }

    [Theory]
    [InlineData("", "badVerb")]
    [InlineData("verb=Harvest", "badVerb")]
    [InlineData("verb=Identify&verb=ListSets", "badVerb")]
    [InlineData("verb=Identify&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords", "badArgument")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2019-13-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2019-01-01&until=2019-02-01T00:00:00Z", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2019-01-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai%3Aelsewhere%3Ax", "idDoesNotExist")]
    [InlineData("verb=ListMetadataFormats&identifier=nothing", "idDoesNotExist")]
    [InlineData("verb=ListRecords&resumptionToken=not-a-token", "badResumptionToken")]
    [InlineData("verb=ListSets&resumptionToken=MQ", "badResumptionToken")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&set=outlet%3Ano-such-outlet", "noRecordsMatch")]
    public async Task Bad_requests_get_the_protocols_error_code(string query, string code)
    {
        using var folder = new TestFolder();
        var (app, client) = await StartAsync(folder);
        await using var _ = app;

        var document = await Oai(client, query);

        Assert.Equal([code], document.Root!.Elements(OaiSchema.Oai + "error").Select(e => e.Attribute("code")!.Value).Distinct());
        var request = document.Root.Element(OaiSchema.Oai + "request")!;
        if (code is "badVerb" or "badArgument")
        {
            Assert.Empty(request.Attributes());
        }
    }

    [Fact]
    public async Task The_sitemap_lists_every_article_with_its_last_change_and_robots_txt_points_to_it()
    {
        using var folder = new TestFolder();
        var (app, client) = await StartAsync(folder);
        await using var _ = app;
        var articles = app.InScope(db => db.Articles.Select(a => a.Slug).ToList());

        var robots = await client.GetStringAsync("/robots.txt", Ct);
        var sitemapUrl = robots.Split('\n').Single(l => l.StartsWith("Sitemap: ", StringComparison.Ordinal))["Sitemap: ".Length..];
        Assert.Contains("Disallow: /editor/", robots, StringComparison.Ordinal);
        var sitemap = XDocument.Parse(await client.GetStringAsync(sitemapUrl, Ct));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Root!.Elements(sm + "url").ToDictionary(u => new Uri(u.Element(sm + "loc")!.Value).AbsolutePath, u => u.Element(sm + "lastmod")?.Value);
        foreach (var slug in articles)
        {
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", urls["/articles/" + slug]);
        }
        foreach (var path in urls.Keys)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path, Ct)).StatusCode);
        }
    }
}
