using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.People;

/// <summary>/people/network over real HTTP on the seeds: its pairs against the person API's co-mention counts.</summary>
public class NetworkPageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<IDocument> Page(HttpClient client, string url) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(url, Cancel));

    private static List<(string A, string B, int Shared)> Pairs(IDocument page) =>
        [.. page.QuerySelectorAll("table.pairs tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToList())
            .Select(c => (c[0], c[1], int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture)))];

    [Theory]
    [InlineData("vladimir-putin", "Vladimir Putin")]
    [InlineData("david-hale", "David Hale")]
    public async Task A_persons_neighbourhood_lists_everyone_mentioned_with_them_and_how_many_articles_they_share(string slug, string name)
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var page = await Page(client, "/people/network?person=" + slug);
        var expected = await CoMentionedAsync(client, slug);

        Assert.Equal("Mentioned with " + name, page.QuerySelector("h1")!.TextContent);
        Assert.InRange(expected.Count, 2, 29);
        Assert.Equal(expected, Pairs(page).Where(p => p.A == name).Select(p => (p.B, p.Shared)).Order().ToList());
        var focus = page.QuerySelector("svg a.node.focus")!;
        Assert.Equal("/people/" + slug, focus.GetAttribute("href"));
        Assert.Equal(expected.Count, page.QuerySelectorAll("svg a.node:not(.focus)").Length);
    }

    [Fact]
    public async Task A_neighbourhood_too_large_to_draw_keeps_those_who_share_most_and_says_how_many_there_are()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var page = await Page(client, "/people/network?person=alyaksandr-lukashenka");
        var all = await CoMentionedAsync(client, "alyaksandr-lukashenka");

        var shown = Pairs(page).Where(p => p.A == "Alyaksandr Lukashenka").ToDictionary(p => p.B, p => p.Shared);
        Assert.True(all.Count > shown.Count, $"{all.Count} neighbours, all shown");
        var hidden = all.Where(c => !shown.ContainsKey(c.Name)).ToList();
        Assert.All(hidden, h => Assert.True(h.Count <= shown.Values.Min(), $"{h.Name} shares {h.Count} and is left out"));
        Assert.Contains($"of {all.Count} who share most articles", page.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(("Oleg Kravchenko", 4), shown.Select(p => (p.Key, p.Value)));
    }

    private static async Task<List<(string Name, int Count)>> CoMentionedAsync(HttpClient client, string slug) =>
        [.. JsonDocument.Parse(await client.GetStringAsync("/api/people/" + slug, Cancel)).RootElement.GetProperty("coMentioned").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("count").GetInt32())).Order()];

    [Fact]
    public async Task Every_person_in_the_network_is_a_link_to_their_page_and_the_picture_is_the_same_on_every_request()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var first = await client.GetStringAsync("/people/network", Cancel);
        var page = new HtmlParser().ParseDocument(first);

        var nodes = page.QuerySelectorAll("figure.network svg a.node").ToList();
        Assert.InRange(nodes.Count, 10, 30);
        foreach (var node in nodes.Take(5))
        {
            var response = await client.GetAsync(node.GetAttribute("href"), Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(node.QuerySelector("text")!.TextContent, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
        var names = nodes.Select(n => n.QuerySelector("text")!.TextContent).ToHashSet();
        Assert.All(Pairs(page), p => Assert.True(names.Contains(p.A) && names.Contains(p.B), $"{p.A} – {p.B} is not in the picture"));
        Assert.Equal(page.QuerySelector("figure.network svg")!.OuterHtml,
            new HtmlParser().ParseDocument(await client.GetStringAsync("/people/network", Cancel)).QuerySelector("figure.network svg")!.OuterHtml);
        Assert.NotNull(new HtmlParser().ParseDocument(await client.GetStringAsync("/people", Cancel)).QuerySelector("a[href='/people/network']"));
    }

    [Fact]
    public async Task A_minimum_of_shared_articles_keeps_only_the_stronger_pairs()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var all = Pairs(await Page(client, "/people/network"));
        var strong = Pairs(await Page(client, "/people/network?min=2"));

        Assert.NotEmpty(strong);
        Assert.All(strong, p => Assert.True(p.Shared >= 2));
        Assert.True(strong.Count < all.Count);
        Assert.Contains(strong, p => (p.A, p.B) is ("Alyaksandr Lukashenka", "Oleg Kravchenko") or ("Oleg Kravchenko", "Alyaksandr Lukashenka"));
    }

    [Theory]
    [InlineData("/people/network?person=no-such-person", HttpStatusCode.NotFound, "No one in the archive")]
    [InlineData("/people/network?min=zero", HttpStatusCode.BadRequest, "is not a number of shared articles")]
    [InlineData("/people/network?min=0", HttpStatusCode.BadRequest, "is not a number of shared articles")]
    public async Task A_bad_filter_gets_a_friendly_page_not_an_error(string url, HttpStatusCode status, string message)
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var response = await client.GetAsync(url, Cancel);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }
}
