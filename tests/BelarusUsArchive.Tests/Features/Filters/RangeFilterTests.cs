using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Features.Filters;

/// <summary>from/to ranges over partial dates, checked against brute force; bad filter values answered with a 400 naming the parameter.</summary>
public class RangeFilterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string?[] Published = ["2018", "2018-06", "2018-12-31", "2019", "2019-01", "2019-03", "2019-03-15", "2019-04-01", "2019-12", "2020", "2019?", null];

    private static readonly string?[] Bounds = [null, "2018", "2018-12", "2019", "2019-02", "2019-03", "2019-03-15", "2019-03-31", "2019-04", "2020-01-01"];

    private static void WritePieces(TestFolder folder)
    {
        for (var i = 0; i < Published.Length; i++)
        {
            folder.Write($"piece{i:D2}.txt", $"Dispatch number {i} on the Minsk talks\n\n" +
                "Diplomats from Minsk and Washington met again this season to discuss the return of embassy staff and the easing of visa rules.\n\n" +
                "Officials on both sides described the meeting as businesslike, and said that further rounds would follow if prisoners were released.\n\n" +
                "Observers in Vilnius noted that the talks were the longest in years, though neither side published a joint statement afterwards.\n");
            folder.Write($"piece{i:D2}.meta.json", Published[i] is { } date ? $$"""{ "published": "{{date}}" }""" : "{}");
        }
    }

    /// <summary>The first and last day a bound stands for: a year, a month or a day.</summary>
    private static (DateOnly First, DateOnly Last) Span(string bound)
    {
        var parts = bound.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts.Length switch
        {
            1 => (new DateOnly(parts[0], 1, 1), new DateOnly(parts[0], 12, 31)),
            2 => (new DateOnly(parts[0], parts[1], 1), new DateOnly(parts[0], parts[1], DateTime.DaysInMonth(parts[0], parts[1]))),
            _ => (new DateOnly(parts[0], parts[1], parts[2]), new DateOnly(parts[0], parts[1], parts[2])),
        };
    }

    private static (DateOnly Start, DateOnly End)? DateOf(JsonElement date) => date.ValueKind == JsonValueKind.Null ? null
        : (DateOnly.Parse(date.GetProperty("start").GetString()!, CultureInfo.InvariantCulture), DateOnly.Parse(date.GetProperty("end").GetString()!, CultureInfo.InvariantCulture));

    private static IEnumerable<(string? From, string? To)> Ranges() =>
        from f in Bounds from t in Bounds
        where (f, t) is not (null, null) && (f is null || t is null || Span(f).First <= Span(t).Last)
        select (f, t);

    private static bool Overlaps((DateOnly Start, DateOnly End)? date, string? from, string? to) =>
        date is { } d && (from is null || d.End >= Span(from).First) && (to is null || d.Start <= Span(to).Last);

    private static string Query(string? from, string? to) => (from is null ? "" : "&from=" + from) + (to is null ? "" : "&to=" + to);

    [Fact]
    public async Task Article_ranges_match_every_date_whose_span_overlaps_them_at_any_precision()
    {
        using var folder = new TestFolder(withSeeds: false);
        WritePieces(folder);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var all = JsonDocument.Parse(await client.GetStringAsync("/api/articles?pageSize=100", Ct)).RootElement.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("slug").GetString()!, i => DateOf(i.GetProperty("published")));
        Assert.Equal(Published.Length, all.Count);

        var checkedRanges = 0;
        foreach (var (from, to) in Ranges())
        {
            var expected = all.Where(a => Overlaps(a.Value, from, to)).Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
            var api = JsonDocument.Parse(await client.GetStringAsync("/api/articles?pageSize=100" + Query(from, to), Ct)).RootElement;
            Assert.True(expected.SequenceEqual(api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).Order(StringComparer.Ordinal)),
                $"from={from} to={to}: expected {string.Join(", ", expected)}");
            var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=Minsk" + Query(from, to), Ct)).RootElement;
            Assert.Equal(expected.Count, search.GetProperty("total").GetInt32());
            checkedRanges++;
        }
        Assert.True(checkedRanges > 40);
    }

    [Fact]
    public async Task Event_ranges_match_every_event_whose_span_overlaps_them()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var all = JsonDocument.Parse(await client.GetStringAsync("/api/events", Ct)).RootElement.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("slug").GetString()!, i => DateOf(i.GetProperty("date")));
        var years = all.Values.OfType<(DateOnly Start, DateOnly End)>().Select(d => d.Start.Year).Distinct().Order().ToList();
        Assert.NotEmpty(years);
        string?[] bounds = [null, .. years.Select(y => y.ToString(CultureInfo.InvariantCulture)), .. years.Select(y => $"{y}-06"), .. years.Select(y => $"{y}-06-15")];
        foreach (var from in bounds)
        {
            foreach (var to in bounds.Where(t => t is null || from is null || Span(from).First <= Span(t).Last))
            {
                var expected = all.Where(e => (from, to) is (null, null) || Overlaps(e.Value, from, to)).Select(e => e.Key).Order(StringComparer.Ordinal);
                var api = JsonDocument.Parse(await client.GetStringAsync("/api/events?x=1" + Query(from, to), Ct)).RootElement;
                Assert.Equal(expected, api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public async Task A_listing_range_says_which_articles_are_dated_only_to_an_overlapping_year_or_month()
    {
        using var folder = new TestFolder(withSeeds: false);
        WritePieces(folder);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/articles?from=2019-03&to=2019-03", Ct));

        Assert.Contains("from March 2019 to March 2019", page.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);
        // 2019, 2019? (years) and 2019-03 (the month itself) overlap; only the years may fall outside.
        Assert.Contains("2 articles here are dated only to a year or month", page.QuerySelector(".note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2019-03", page.QuerySelector("#to")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/api/articles?from=2019-13", "from")]
    [InlineData("/api/articles?from=2020&to=2019", "to")]
    [InlineData("/api/articles?to=March", "to")]
    [InlineData("/api/articles?person=no-such-person", "person")]
    [InlineData("/api/articles?author=no-such-author", "author")]
    [InlineData("/api/articles?outlet=no-such-outlet", "outlet")]
    [InlineData("/api/articles?year=20199", "year")]
    [InlineData("/api/search?q=minsk&person=no-such-person", "person")]
    [InlineData("/api/search?q=minsk&from=2019-02-30", "from")]
    [InlineData("/api/events?person=no-such-person", "person")]
    [InlineData("/api/events?to=2019-3", "to")]
    [InlineData("/api/articles?year=abc", "year")]
    [InlineData("/api/articles?page=x", "page")]
    [InlineData("/api/search?q=minsk&year=MMXIX", "year")]
    [InlineData("/api/search?q=minsk&page=2.5", "page")]
    [InlineData("/api/events?year=abc", "year")]
    [InlineData("/api/events?page=last", "page")]
    public async Task A_bad_filter_value_is_a_400_naming_the_parameter(string url, string parameter)
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var response = await client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal([parameter], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        // The page binds the same filter record, so it refuses the same value in the same words.
        var page = await client.GetAsync(url.Replace("/api", "", StringComparison.Ordinal), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var alert = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(Ct)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains(problem.GetProperty("errors").GetProperty(parameter)[0].GetString()!, alert, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles", "?person=&author=%20&outlet=&from=&to=")]
    [InlineData("/events", "?person=&kind=&from=%20")]
    [InlineData("/search", "?q=minsk&person=&outlet=%20&to=")]
    public async Task Blank_filters_are_no_filters_on_pages_and_in_the_api(string path, string blanks)
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var plain = path == "/search" ? "?q=minsk" : "";

        var api = await client.GetStringAsync("/api" + path + blanks, Ct);
        var page = await client.GetAsync(path + blanks, Ct);

        Assert.Equal(JsonDocument.Parse(await client.GetStringAsync("/api" + path + plain, Ct)).RootElement.GetProperty("total").GetInt32(),
            JsonDocument.Parse(api).RootElement.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
