using System.Globalization;
using System.Net;
using BelarusUsArchive.Tests.Events;
using static BelarusUsArchive.Tests.Events.EventsHttp;

namespace BelarusUsArchive.Tests.People;

/// <summary>/people/attention over real HTTP on the seeds, every figure checked against the API's own listings.</summary>
public class AttentionTests(EventSeedsFixture seeds) : IClassFixture<EventSeedsFixture>
{
    private static readonly string[] People = ["alyaksandr-lukashenka", "david-hale"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_persons_articles_share_and_events_per_year_agree_with_the_listings()
    {
        var html = await Html(seeds.Client, "/people/attention?person=" + string.Join("&person=", People));

        Assert.Equal(People.Length, html.QuerySelectorAll(".attention section").Length);
        var rows = html.QuerySelectorAll("table.counts tbody tr").ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var year = int.Parse(row.QuerySelector("th")!.TextContent, CultureInfo.InvariantCulture);
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
            var all = (await Json(seeds.Client, $"/api/articles?year={year}")).GetProperty("total").GetInt32();
            Assert.Equal(all, int.Parse(cells[0], CultureInfo.InvariantCulture));
            for (var i = 0; i < People.Length; i++)
            {
                var articles = (await Json(seeds.Client, $"/api/articles?year={year}&person={People[i]}")).GetProperty("total").GetInt32();
                var events = seeds.Events.Count(e => e.Participants().Contains(People[i]) && e.Start().Year == year);
                Assert.Equal(articles, int.Parse(cells[1 + 4 * i], CultureInfo.InvariantCulture));
                Assert.Equal(all == 0 ? "0.0%" : (100.0 * articles / all).ToString("0.0", CultureInfo.InvariantCulture) + "%", cells[2 + 4 * i]);
                Assert.Equal(events, int.Parse(cells[4 + 4 * i], CultureInfo.InvariantCulture));
            }
        }
        Assert.Contains(rows, r => r.QuerySelectorAll("td").Skip(1).Any(c => c.TextContent.Trim() is not ("0" or "0.0%")));
    }

    [Fact]
    public async Task The_csv_holds_the_same_numbers_as_the_table()
    {
        var html = await Html(seeds.Client, "/people/attention?person=" + string.Join("&person=", People));
        var link = html.QuerySelector("a[download]")!.GetAttribute("href")!;

        var response = await seeds.Client.GetAsync(link, Cancel);
        var csv = (await response.Content.ReadAsStringAsync(Cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("person,name,year,articles,archive_articles,share_percent,mentions,events", csv[0]);
        var years = html.QuerySelectorAll("table.counts tbody tr").Count();
        Assert.Equal(People.Length * years, csv.Length - 1);
        var lukashenka = csv.Skip(1).Where(l => l.StartsWith(People[0] + ",", StringComparison.Ordinal)).Sum(l => int.Parse(l.Split(',')[3], CultureInfo.InvariantCulture));
        var perYear = html.QuerySelectorAll("table.counts tbody tr").Sum(r => int.Parse(r.QuerySelectorAll("td")[1].TextContent.Trim(), CultureInfo.InvariantCulture));
        Assert.Equal(perYear, lukashenka);
    }

    [Fact]
    public async Task Unknown_people_and_more_than_four_are_a_400_naming_the_parameter()
    {
        var unknown = await Html(seeds.Client, "/people/attention?person=nobody-at-all", HttpStatusCode.BadRequest);
        var five = await Html(seeds.Client, "/people/attention?person=a&person=b&person=c&person=d&person=e", HttpStatusCode.BadRequest);

        Assert.Contains("person 'nobody-at-all' is not a person of the archive", unknown.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("person may be given at most 4 times", five.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }
}
