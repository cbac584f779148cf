using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using BelarusUsArchive.Tests.Events;
using static BelarusUsArchive.Tests.Events.EventsHttp;

namespace BelarusUsArchive.Tests.Attention;

/// <summary>/attention over real HTTP on the seeds, every figure checked against the API's own listings and searches.</summary>
public class AttentionTests(EventSeedsFixture seeds) : IClassFixture<EventSeedsFixture>
{
    private static readonly string[] People = ["alyaksandr-lukashenka", "david-hale"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_persons_articles_share_and_events_per_year_agree_with_the_listings()
    {
        var html = await Html(seeds.Client, "/attention?person=" + string.Join("&person=", People));

        Assert.Equal(People.Length, html.QuerySelectorAll(".attention section").Length);
        var rows = Rows(html);
        Assert.NotEmpty(rows);
        foreach (var (year, cells) in rows)
        {
            var all = await TotalAsync($"/api/articles?year={year}");
            Assert.Equal(all, int.Parse(cells[0], CultureInfo.InvariantCulture));
            for (var i = 0; i < People.Length; i++)
            {
                var articles = await TotalAsync($"/api/articles?year={year}&person={People[i]}");
                var events = seeds.Events.Count(e => e.Participants().Contains(People[i]) && e.Start().Year == year);
                Assert.Equal(articles, int.Parse(cells[1 + 4 * i], CultureInfo.InvariantCulture));
                Assert.Equal(Share(articles, all), cells[2 + 4 * i]);
                Assert.Equal(events, int.Parse(cells[4 + 4 * i], CultureInfo.InvariantCulture));
            }
        }
        Assert.Contains(rows, r => r.Cells.Skip(1).Any(c => c is not ("0" or "0.0%")));
    }

    [Theory]
    [InlineData("sanction*")]
    [InlineData("\"political prisoners\"")]
    [InlineData("Lukashenko")]
    public async Task A_search_and_an_outlet_count_per_year_what_the_search_and_the_listing_find(string q)
    {
        var outlet = (await Json(seeds.Client, "/api/articles?pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(a => a.GetProperty("outlet")).First(o => o.ValueKind != System.Text.Json.JsonValueKind.Null).GetProperty("slug").GetString()!;

        var html = await Html(seeds.Client, $"/attention?q={Uri.EscapeDataString(q)}&outlet={outlet}");

        var headings = html.QuerySelectorAll(".attention h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(2, headings.Count);
        Assert.Contains($"“{q}”", headings);
        var rows = Rows(html);
        Assert.NotEmpty(rows);
        var passages = await MatchingPassagesAsync(q);
        var told = seeds.Events.Where(e => e.Sources().Any(p => passages.Contains((p.Str("article"), p.GetProperty("paragraph").GetInt32())))).ToList();
        foreach (var (year, cells) in rows)
        {
            var all = int.Parse(cells[0], CultureInfo.InvariantCulture);
            // Series come people first, then outlets, then searches; mentions belong to people only, events to people and searches.
            var byOutlet = await TotalAsync($"/api/articles?year={year}&outlet={outlet}");
            var found = await TotalAsync($"/api/search?q={Uri.EscapeDataString(q)}&from={year}&to={year}");
            var events = told.Count(e => e.Start().Year == year);
            Assert.Equal([byOutlet.ToString(CultureInfo.InvariantCulture), Share(byOutlet, all), "—", "—"], cells[1..5]);
            Assert.Equal([found.ToString(CultureInfo.InvariantCulture), Share(found, all), "—", events.ToString(CultureInfo.InvariantCulture)], cells[5..9]);
        }
        Assert.Equal(told.Count, rows.Sum(r => int.Parse(r.Cells[8], CultureInfo.InvariantCulture)));
        Assert.Equal(told.Count > 0, html.QuerySelectorAll(".attention section")[1].QuerySelectorAll("svg a.mark").Length > 0);
        var total = (await Json(seeds.Client, $"/api/search?q={Uri.EscapeDataString(q)}")).GetProperty("total").GetInt32();
        Assert.True(total > 0);
        Assert.True(rows.Sum(r => int.Parse(r.Cells[5], CultureInfo.InvariantCulture)) <= total);
    }

    [Fact]
    public async Task Bars_drawn_as_shares_say_the_share_and_link_back_to_the_articles()
    {
        var html = await Html(seeds.Client, $"/attention?person={People[0]}&measure=share");

        var bars = html.QuerySelectorAll(".attention svg a.bar").ToList();
        Assert.NotEmpty(bars);
        var table = Rows(html).ToDictionary(r => r.Year, r => r.Cells[2]);
        foreach (var bar in bars)
        {
            var label = bar.QuerySelector("title")!.TextContent;
            var year = int.Parse(label[..4], CultureInfo.InvariantCulture);
            Assert.EndsWith("%", label, StringComparison.Ordinal);
            Assert.Equal(Percent(table[year]), Percent(label[(label.IndexOf(':', StringComparison.Ordinal) + 1)..]), 1);
            Assert.Equal($"/articles?year={year}&person={People[0]}", bar.GetAttribute("href"));
        }
        Assert.Contains("Show articles instead of shares", html.QuerySelector(".meta a")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_holds_the_same_numbers_as_the_table()
    {
        var html = await Html(seeds.Client, "/attention?person=" + string.Join("&person=", People) + "&q=sanctions");
        var link = html.QuerySelector("a[download]")!.GetAttribute("href")!;

        var response = await seeds.Client.GetAsync(link, Cancel);
        var csv = (await response.Content.ReadAsStringAsync(Cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("kind,key,name,year,month,articles,archive_articles,share_percent,mentions,events", csv[0]);
        var rows = Rows(html);
        Assert.Equal((People.Length + 1) * rows.Count, csv.Count - 1);
        var lukashenka = csv.Skip(1).Where(l => l.StartsWith("person," + People[0] + ",", StringComparison.Ordinal)).Sum(l => int.Parse(l.Split(',')[5], CultureInfo.InvariantCulture));
        Assert.Equal(rows.Sum(r => int.Parse(r.Cells[1], CultureInfo.InvariantCulture)), lukashenka);
        var search = csv.Skip(1).Where(l => l.StartsWith("q,sanctions,", StringComparison.Ordinal)).ToList();
        Assert.Equal(rows.Sum(r => int.Parse(r.Cells[9], CultureInfo.InvariantCulture)), search.Sum(l => int.Parse(l.Split(',')[5], CultureInfo.InvariantCulture)));
        Assert.All(search, l => Assert.Matches(",,\\d+$", l));
    }

    [Fact]
    public async Task Month_by_month_each_month_counts_the_articles_and_events_dated_to_it_and_says_what_no_month_holds()
    {
        var person = People[0];
        var html = await Html(seeds.Client, $"/attention?person={person}&q=sanctions&by=month");
        var mine = await DatedAsync($"/api/articles?person={person}");
        var all = await DatedAsync("/api/articles");
        var found = await DatedAsync("/api/search?q=sanctions");

        var rows = MonthRows(html);
        Assert.True(rows.Count >= 12, $"the seeds span at least a year of months ({rows.Count})");
        Assert.Equal(rows.Select(r => r.Month).Order(StringComparer.Ordinal), rows.Select(r => r.Month));
        foreach (var (month, cells) in rows)
        {
            Assert.Equal(all.Count(d => d.Month == month), int.Parse(cells[0], CultureInfo.InvariantCulture));
            Assert.Equal(mine.Count(d => d.Month == month), int.Parse(cells[1], CultureInfo.InvariantCulture));
            Assert.Equal(seeds.Events.Count(e => e.Participants().Contains(person) && MonthOf(e.GetProperty("date")) == month), int.Parse(cells[4], CultureInfo.InvariantCulture));
            Assert.Equal(found.Count(d => d.Month == month), int.Parse(cells[5], CultureInfo.InvariantCulture));
        }
        Assert.Equal(mine.Count(d => d.Month is not null), rows.Sum(r => int.Parse(r.Cells[1], CultureInfo.InvariantCulture)));
        var yearOnly = mine.Count(d => d.Month is null);
        var yearOnlyEvents = seeds.Events.Count(e => e.Participants().Contains(person) && MonthOf(e.GetProperty("date")) is null);
        var note = html.QuerySelector(".attention section .year-only")?.TextContent ?? "";
        Assert.True(yearOnly + yearOnlyEvents > 0, "the seeds have articles or events dated only to the year");
        Assert.Contains(yearOnly > 0 ? $"{yearOnly} article" : $"{yearOnlyEvents} event", note, StringComparison.Ordinal);
        var ticks = html.QuerySelectorAll(".attention svg text.year").Select(t => t.TextContent).ToList();
        Assert.Contains(ticks, t => t.Length == 4 && t.All(char.IsDigit));
        Assert.Contains(ticks, t => t.Length == 3 && char.IsLetter(t[0]));
    }

    [Fact]
    public async Task A_range_narrows_the_months_and_a_bad_range_is_a_400_naming_the_parameter()
    {
        var year = await Html(seeds.Client, $"/attention?person={People[0]}&by=month&from=2019&to=2019");
        var bad = new[] { "by=week", "by=month&from=2019-13", "by=month&to=19", "from=2020&to=2019" };

        Assert.Equal(Enumerable.Range(1, 12).Select(m => $"2019-{m:D2}"), MonthRows(year).Select(r => r.Month));
        foreach (var query in bad)
        {
            var html = await Html(seeds.Client, $"/attention?person={People[0]}&{query}", HttpStatusCode.BadRequest);
            var name = query.Split('&')[^1].Split('=')[0];
            Assert.Contains(name + " '", html.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        }
    }

    /// <summary>Each article the API lists, with its month ("2019-03") when it is dated to a month or day, else null.</summary>
    private async Task<List<(string Slug, string? Month)>> DatedAsync(string url)
    {
        var found = new List<(string, string?)>();
        for (var page = 1; ; page++)
        {
            var json = await Json(seeds.Client, $"{url}{(url.Contains('?', StringComparison.Ordinal) ? "&" : "?")}pageSize=100&page={page}");
            var items = json.GetProperty("items").EnumerateArray().ToList();
            // A search result holds its article; a listing's item is the article.
            var articles = items.Select(i => i.TryGetProperty("article", out var a) ? a : i).ToList();
            found.AddRange(articles.Where(a => a.TryGetProperty("published", out var d) && d.ValueKind == System.Text.Json.JsonValueKind.Object)
                .Select(a => (a.GetProperty("slug").GetString()!, MonthOf(a.GetProperty("published")))));
            if (items.Count < 100)
            {
                return found;
            }
        }
    }

    private static string? MonthOf(System.Text.Json.JsonElement date) =>
        date.GetProperty("precision").GetString() is "day" or "month" ? date.GetProperty("start").GetString()![..7] : null;

    private static List<(string Month, List<string> Cells)> MonthRows(IHtmlDocument html) =>
        [.. html.QuerySelectorAll("table.counts tbody tr").Select(r => (r.QuerySelector("th")!.TextContent.Trim(),
            r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()))];

    [Fact]
    public async Task Unknown_subjects_empty_searches_and_more_than_four_are_a_400_naming_the_parameter()
    {
        var unknown = await Html(seeds.Client, "/attention?person=nobody-at-all&outlet=no-such-outlet&q=%2A", HttpStatusCode.BadRequest);
        var five = await Html(seeds.Client, "/attention?person=a&person=b&outlet=c&q=d&q=e", HttpStatusCode.BadRequest);
        var measure = await Html(seeds.Client, "/attention?q=sanctions&measure=height", HttpStatusCode.BadRequest);
        var csv = await seeds.Client.GetAsync("/attention?handler=csv&outlet=no-such-outlet", Cancel);

        var problems = unknown.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("person 'nobody-at-all' is not a person of the archive", problems, StringComparison.Ordinal);
        Assert.Contains("outlet 'no-such-outlet' is not an outlet of the archive", problems, StringComparison.Ordinal);
        Assert.Contains("q '*' has no word the archive can search for", problems, StringComparison.Ordinal);
        Assert.Contains("at most 4 people, outlets and searches", five.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("measure 'height'", measure.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
    }

    [Fact]
    public async Task Two_searches_that_begin_alike_get_charts_of_their_own()
    {
        var html = await Html(seeds.Client, "/attention?q=" + Uri.EscapeDataString("political prisoners") + "&q=" + Uri.EscapeDataString("political prisoner*"));

        var ids = html.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(2, html.QuerySelectorAll(".attention section").Length);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(html.QuerySelectorAll(".attention section"), s => Assert.NotNull(html.GetElementById(s.GetAttribute("aria-labelledby")!)));
    }

    [Fact]
    public async Task The_old_people_address_leads_to_the_same_comparison()
    {
        using var client = seeds.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/people/attention?person=" + People[0], Cancel);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/attention?person=" + People[0], response.Headers.Location?.OriginalString);
    }

    /// <summary>Every (article, paragraph) the search matches, as the search API lists them.</summary>
    private async Task<HashSet<(string, int)>> MatchingPassagesAsync(string q)
    {
        var json = await Json(seeds.Client, $"/api/search?q={Uri.EscapeDataString(q)}&pageSize=100");
        return [.. json.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("matchingParagraphs").EnumerateArray()
            .Select(n => (i.GetProperty("article").GetProperty("slug").GetString()!, n.GetInt32())))];
    }

    private async Task<int> TotalAsync(string url) => (await Json(seeds.Client, url)).GetProperty("total").GetInt32();

    private static double Percent(string text) => double.Parse(text.Trim().TrimEnd('%'), CultureInfo.InvariantCulture);

    private static string Share(int articles, int all) =>
        all == 0 ? "0.0%" : (100.0 * articles / all).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static List<(int Year, List<string> Cells)> Rows(IHtmlDocument html) =>
        [.. html.QuerySelectorAll("table.counts tbody tr").Select(r => (
            int.Parse(r.QuerySelector("th")!.TextContent, CultureInfo.InvariantCulture),
            r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()))];
}
