using System.Text.Json;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Features.Citations;

/// <summary>"Cite these N" on listings, search results and person pages: each link is a bibliography of all N, on every page.</summary>
public class CiteTheseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Listings_search_results_and_person_pages_link_a_bibliography_of_everything_they_select()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var person = app.InScope(db => db.People.OrderByDescending(p => p.Mentions.Count).Select(p => p.Slug).First());
        var year = app.InScope(db => db.Articles.Where(a => a.Published != null).Select(a => a.Published!.Start.Year).First());

        var cases = new[]
        {
            (Page: "/articles", Api: "/api/articles?pageSize=100"),
            (Page: $"/articles?year={year}", Api: $"/api/articles?year={year}&pageSize=100"),
            (Page: $"/articles?person={person}", Api: $"/api/articles?person={person}&pageSize=100"),
            (Page: "/search?q=sanctions", Api: "/api/search?q=sanctions"),
            (Page: $"/search?q=Belarus&person={person}", Api: $"/api/search?q=Belarus&person={person}"),
            (Page: $"/people/{person}", Api: $"/api/articles?person={person}&pageSize=100"),
        };
        foreach (var (pageUrl, apiUrl) in cases)
        {
            var api = JsonDocument.Parse(await client.GetStringAsync(apiUrl, Ct)).RootElement;
            var total = api.GetProperty("total").GetInt32();
            Assert.True(total > 0, apiUrl);
            var page = new HtmlParser().ParseDocument(await client.GetStringAsync(pageUrl, Ct));
            var box = page.QuerySelector(".cite-these");
            Assert.True(box is not null, $"{pageUrl} has no Cite these link");
            Assert.StartsWith(total == 1 ? "Cite this article:" : $"Cite these {total}:", box!.TextContent.Trim(), StringComparison.Ordinal);
            var links = box.QuerySelectorAll("a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!);
            Assert.Equal(["BibTeX", "RIS", "CSL-JSON"], links.Keys);

            var csl = JsonDocument.Parse(await client.GetStringAsync(links["CSL-JSON"], Ct)).RootElement;
            var ris = RisParser.Parse(await client.GetStringAsync(links["RIS"], Ct));
            var bib = BibTexParser.Parse(await client.GetStringAsync(links["BibTeX"], Ct));
            Assert.Equal(total, csl.GetArrayLength());
            Assert.Equal(total, ris.Count);
            Assert.Equal(total, bib.Count);
            var expected = api.GetProperty("items").EnumerateArray()
                .Select(i => (i.TryGetProperty("article", out var a) ? a : i).GetProperty("slug").GetString()!).Order(StringComparer.Ordinal);
            Assert.Equal(expected, csl.EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task A_person_page_announces_the_persons_own_feed()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var person = app.InScope(db => db.People.OrderByDescending(p => p.Mentions.Count).Select(p => new { p.Slug, p.Name }).First());

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/people/{person.Slug}", Ct));

        var feed = Assert.Single(page.QuerySelectorAll("link[rel='alternate'][type='application/atom+xml']"));
        Assert.Equal($"/people/{person.Slug}/feed.atom", feed.GetAttribute("href"));
        Assert.Contains(person.Name, feed.GetAttribute("title"), StringComparison.Ordinal);
        var atom = await client.GetAsync(feed.GetAttribute("href"), Ct);
        Assert.Equal("application/atom+xml", atom.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["/feed.atom"], new HtmlParser().ParseDocument(await client.GetStringAsync("/articles", Ct))
            .QuerySelectorAll("link[rel='alternate']").Select(l => l.GetAttribute("href")));
    }
}
