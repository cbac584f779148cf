using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Features;

/// <summary>The year charts over real HTTP on the seeds, checked against the API's own counts.</summary>
public class ChartPagesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<IDocument> Page(HttpClient client, string url) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(url, Cancel));

    private static async Task<JsonElement> Json(HttpClient client, string url) =>
        JsonDocument.Parse(await client.GetStringAsync(url, Cancel)).RootElement;

    private static Dictionary<string, int> YearFacet(JsonElement list) =>
        list.GetProperty("facets").GetProperty("years").EnumerateArray().ToDictionary(y => y.GetProperty("value").GetString()!, y => y.GetProperty("count").GetInt32());

    /// <summary>A bar's accessible name: its SVG title (it has no aria-label, so the visible year stays part of it).</summary>
    private static string Name(IElement link)
    {
        Assert.Null(link.GetAttribute("aria-label"));
        return link.QuerySelector("title")!.TextContent;
    }

    [Fact]
    public async Task The_home_page_draws_a_bar_per_year_linking_to_that_years_articles_with_the_apis_counts()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var page = await Page(client, "/");
        var facet = YearFacet(await Json(client, "/api/articles"));

        var figure = page.QuerySelector("section[aria-labelledby=by-year] .year-chart")!;
        var svg = figure.QuerySelector("svg")!;
        Assert.Equal(figure.QuerySelector("figcaption")!.Id, svg.GetAttribute("aria-labelledby"));
        Assert.NotNull(svg.GetAttribute("width"));
        Assert.NotNull(svg.GetAttribute("height"));
        var bars = svg.QuerySelectorAll("a.bar").ToDictionary(a => a.GetAttribute("href")!, Name);
        Assert.Equal(facet.Keys.Select(y => "/articles?year=" + y).Order(), bars.Keys.Order());
        Assert.All(facet, y => Assert.Equal($"{y.Key}: {y.Value} {(y.Value == 1 ? "article" : "articles")}", bars["/articles?year=" + y.Key]));
        // The years between, with nothing published, are on the axis but are not links.
        Assert.Contains("2017", svg.QuerySelectorAll("text.year").Select(t => t.TextContent));
        var table = figure.QuerySelectorAll("details table tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => int.Parse(r.QuerySelector("td")!.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(facet, table);
    }

    [Fact]
    public async Task The_listings_year_bars_keep_the_other_filters_offer_every_year_and_mark_the_chosen_one()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        const string person = "oleg-kravchenko";

        var page = await Page(client, $"/articles?year=2019&person={person}&sort=oldest");
        var facet = YearFacet(await Json(client, $"/api/articles?person={person}"));

        var bars = page.QuerySelectorAll(".year-chart svg a.bar").ToList();
        Assert.Equal(facet.Count, bars.Count);
        Assert.All(bars, a => Assert.Matches($@"^/articles\?year=\d{{4}}&person={person}&sort=oldest$", a.GetAttribute("href")!));
        var current = Assert.Single(bars, a => a.HasAttribute("aria-current"));
        Assert.Equal("page", current.GetAttribute("aria-current"));
        Assert.StartsWith("2019: ", Name(current), StringComparison.Ordinal);
        Assert.Equal(facet["2019"] + " articles", page.QuerySelector(".results-head")!.TextContent);
    }

    [Fact]
    public async Task A_persons_chart_has_their_mentions_per_year_as_bars_and_every_dated_event_as_a_mark_linking_to_it()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        const string slug = "alyaksandr-lukashenka";

        var page = await Page(client, "/people/" + slug);
        var api = await Json(client, "/api/people/" + slug);

        var svg = page.QuerySelector("section[aria-labelledby=by-year] figure svg")!;
        var years = api.GetProperty("mentionsByYear").EnumerateArray().Select(y => (Year: y.GetProperty("year").GetInt32(), Count: y.GetProperty("count").GetInt32())).ToList();
        Assert.Equal(years.Select(y => $"/articles?year={y.Year}&person={slug}"), svg.QuerySelectorAll("a.bar").Select(a => a.GetAttribute("href")));
        Assert.Equal(years.Select(y => $"{y.Year}: {y.Count} mentions"), svg.QuerySelectorAll("a.bar").Select(Name));
        var events = api.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("date").ValueKind != JsonValueKind.Null)
            .Select(e => "/events/" + e.GetProperty("slug").GetString()).Order().ToList();
        Assert.True(events.Count >= 5, $"only {events.Count} dated events");
        Assert.Equal(events, svg.QuerySelectorAll("a.mark").Select(a => a.GetAttribute("href")!).Order());
        Assert.All(svg.QuerySelectorAll("a.mark"), a => Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("aria-label"))));
        // The table stays as the text equivalent of the bars.
        Assert.Equal(years.Select(y => y.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            page.QuerySelectorAll("section[aria-labelledby=by-year] table.bars tbody td").Select(td => td.TextContent));
        Assert.NotNull(page.QuerySelector($"section[aria-labelledby=co] a[href='/people/network?person={slug}']"));
    }
}
