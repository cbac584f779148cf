using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Model;
using static BelarusUsArchive.Tests.Events.EventsHttp;

namespace BelarusUsArchive.Tests.Events;

/// <summary>
/// The timeline's filters, zoom and legibility over real HTTP: on the seeds, and on a store with more events than
/// can be drawn one by one.
/// </summary>
public class TimelineZoomTests(EventSeedsFixture seeds) : IClassFixture<EventSeedsFixture>
{
    private HttpClient Client => seeds.Client;

    private static string Text(IElement element) => System.Text.RegularExpressions.Regex.Replace(element.TextContent, @"\s+", " ").Trim();

    [Fact]
    public async Task A_range_keeps_exactly_the_events_whose_dates_overlap_it_and_the_axis_zooms_to_months()
    {
        var html = await Html(Client, "/timeline?from=2019-03&to=2019-12");

        // Brute force over the API's events: a date known only to the year overlaps a range inside that year.
        var from = new DateOnly(2019, 3, 1);
        var to = new DateOnly(2019, 12, 31);
        var expected = seeds.Events.Where(e => e.Start() <= to && e.End() >= from).Select(e => "/events/" + e.Str("slug")).Order(StringComparer.Ordinal);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, html.QuerySelectorAll("svg a.mark").Select(m => m.GetAttribute("href")!).Order(StringComparer.Ordinal));
        var ticks = html.QuerySelectorAll("svg a.tick").Select(t => t.GetAttribute("href")!).ToList();
        Assert.Contains("/timeline?from=2019-03&to=2019-03", ticks);
        Assert.Contains("/timeline?from=2019-12&to=2019-12", ticks);
        Assert.Equal("/timeline?from=2018&to=2020", html.QuerySelectorAll("nav.zoom a").First().GetAttribute("href"));
    }

    [Fact]
    public async Task Every_year_on_the_whole_timeline_zooms_into_that_year()
    {
        var html = await Html(Client, "/timeline");
        var first = html.QuerySelectorAll("svg a.tick").First();
        var year = first.TextContent.Trim();

        var zoomed = await Html(Client, first.GetAttribute("href")!);

        Assert.Matches(@"^/timeline\?from=\d{4}&to=\d{4}$", first.GetAttribute("href")!);
        Assert.Contains(year, Text(zoomed.QuerySelector("nav.zoom")!), StringComparison.Ordinal);
        Assert.Equal("/timeline", zoomed.QuerySelectorAll("nav.zoom a").Last().GetAttribute("href"));
    }

    [Fact]
    public async Task A_kind_keeps_only_that_kinds_marks()
    {
        var kind = seeds.Events.GroupBy(e => e.Str("kind")).OrderByDescending(g => g.Count()).First();

        var html = await Html(Client, "/timeline?kind=" + kind.Key);

        Assert.Equal(kind.Count(), html.QuerySelectorAll("svg a.mark").Length);
        Assert.All(html.QuerySelectorAll("svg a.mark"), m => Assert.Contains("kind-" + kind.Key, m.ClassList));
        Assert.Equal(kind.Key, html.QuerySelector("select#kind option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Bad_filter_values_are_a_400_naming_the_parameter()
    {
        var kind = await Html(Client, "/timeline?kind=parade", HttpStatusCode.BadRequest);
        var range = await Html(Client, "/timeline?from=2020&to=2019", HttpStatusCode.BadRequest);

        Assert.Contains("kind must be one of", Text(kind.QuerySelector("[role=alert]")!), StringComparison.Ordinal);
        Assert.Contains("to (2019) is before from (2020)", Text(range.QuerySelector("[role=alert]")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_two_marks_in_one_row_cover_each_other()
    {
        var html = await Html(Client, "/timeline");

        var extents = html.QuerySelectorAll("svg a.mark").Select(Extent).ToList();
        foreach (var row in extents.GroupBy(e => e.Y))
        {
            var ordered = row.OrderBy(e => e.Left).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i].Left >= ordered[i - 1].Right, $"marks overlap in the row at y={row.Key}: {ordered[i - 1].Href} and {ordered[i].Href}");
            }
        }
    }

    [Fact]
    public async Task More_events_than_can_be_drawn_are_counted_per_kind_and_year_with_a_table_of_the_same_counts()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        // 1,200 synthetic meetings and sanctions, one every three days from 2001 on: more than the 400 drawn one by one.
        app.InScope(db =>
        {
            db.Events.AddRange(Enumerable.Range(0, 1200).Select(i =>
            {
                var day = new DateOnly(2001, 1, 1).AddDays(3 * i);
                return new Event
                {
                    Slug = $"synthetic-{i}", Title = $"Synthetic event {i}", Kind = i % 3 == 0 ? EventKind.Sanctions : EventKind.Meeting,
                    Date = ArchiveDate.Day(day.Year, day.Month, day.Day, DateCertainty.Stated, DateSource.Text),
                };
            }));
            return db.SaveChanges();
        });
        var all = app.InScope(db => db.Events.Where(e => e.Date != null && e.Status != EventStatus.Rejected)
            .Select(e => new { e.Kind, e.Date!.Start }).ToList());

        var html = await Html(client, "/timeline");

        var clusters = html.QuerySelectorAll("svg a.mark.cluster").ToList();
        Assert.NotEmpty(clusters);
        Assert.Empty(html.QuerySelectorAll("svg a.mark:not(.cluster)"));
        var counted = clusters.Sum(c => int.Parse(c.QuerySelector("title")!.TextContent.Split(' ')[0], CultureInfo.InvariantCulture));
        Assert.Equal(all.Count, counted);
        var meetings2005 = all.Count(e => e.Kind == EventKind.Meeting && e.Start.Year == 2005);
        var cell = html.QuerySelector("table.counts a[href='/timeline?kind=meeting&from=2005&to=2005']")!;
        Assert.Equal(meetings2005.ToString(CultureInfo.InvariantCulture), cell.TextContent.Trim());

        var zoomed = await Html(client, "/timeline?kind=meeting&from=2005&to=2005");
        Assert.Equal(meetings2005, zoomed.QuerySelectorAll("svg a.mark:not(.cluster)").Length);
    }

    [Fact]
    public async Task Counted_by_day_events_known_only_to_the_month_span_their_month_instead_of_its_first_day()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        // 450 meetings over the days of May 2010 (15 a day) and 12 known only to be in May 2010.
        app.InScope(db =>
        {
            db.Events.AddRange(Enumerable.Range(0, 462).Select(i => new Event
            {
                Slug = $"may-{i}", Title = $"Synthetic May meeting {i}", Kind = EventKind.Meeting,
                Date = i < 450
                    ? ArchiveDate.Day(2010, 5, 1 + i % 30, DateCertainty.Stated, DateSource.Text)
                    : ArchiveDate.Month(2010, 5, DateCertainty.Stated, DateSource.Text),
            }));
            return db.SaveChanges();
        });

        var html = await Html(client, "/timeline?kind=meeting&from=2010-05&to=2010-05");

        var coarse = Assert.Single(html.QuerySelectorAll("svg a.mark.cluster.coarse"));
        Assert.Equal("12 meeting events known only to the month, May 2010", coarse.QuerySelector("title")!.TextContent);
        var first = html.QuerySelectorAll("svg a.mark.cluster:not(.coarse)").Single(c => c.GetAttribute("href")!.EndsWith("from=2010-05-01&to=2010-05-01", StringComparison.Ordinal));
        Assert.StartsWith("15 meeting events in 1 May 2010", first.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        var (_, left, right, _) = Extent(coarse);
        var days = html.QuerySelectorAll("svg a.mark.cluster:not(.coarse)").Select(Extent).ToList();
        Assert.True(left <= days.Min(d => d.Left) && right >= days.Max(d => d.Right), "the month-only mark does not span the month");
    }

    private static (double Y, double Left, double Right, string Href) Extent(IElement mark)
    {
        static double D(IElement e, string name) => double.Parse(e.GetAttribute(name)!, CultureInfo.InvariantCulture);
        var href = mark.GetAttribute("href")!;
        if (mark.QuerySelector("circle") is { } c)
        {
            return (D(c, "cy"), D(c, "cx") - D(c, "r"), D(c, "cx") + D(c, "r"), href);
        }
        var r = mark.QuerySelector("rect")!;
        return (D(r, "y") + D(r, "height") / 2, D(r, "x"), D(r, "x") + D(r, "width"), href);
    }
}
