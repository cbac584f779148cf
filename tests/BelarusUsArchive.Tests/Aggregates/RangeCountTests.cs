using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Articles;
using BelarusUsArchive.Web.Features.Events;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Aggregates;

/// <summary>
/// The counts that bound date ranges (dated articles per span in days; dated events per year reached, kind and precision)
/// must always equal the same taken the slow way over the base tables, after imports and every kind of edit; and the
/// reads they bound must select exactly the records whose dates overlap the range, whichever way they are read.
/// </summary>
public class RangeCountTests
{
    [Fact]
    public async Task The_kept_span_and_event_year_counts_equal_counts_over_the_base_tables_after_imports_and_edits()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        Assert.True(app.InScope(db => db.Events.Count(e => e.Date != null)) >= 2, "the seeds report dated events");
        AssertRowsMatch(app, "after the import");

        app.InScope(db =>
        {
            var articles = db.Articles.OrderBy(a => a.Id).ToList();
            articles[0].Published = ArchiveDate.Range(new DateOnly(2015, 1, 1), new DateOnly(2019, 6, 30), DatePrecision.Month, DateCertainty.Stated, DateSource.Editor);
            articles[1].Published = ArchiveDate.Decade(2010, DateCertainty.Stated, DateSource.Editor);
            articles[2].Published = null;
            var events = db.Events.OrderBy(e => e.Id).ToList();
            events[0].Date = ArchiveDate.Range(new DateOnly(2017, 11, 1), new DateOnly(2020, 2, 1), DatePrecision.Month, DateCertainty.Stated, DateSource.Editor);
            events[1].Date = ArchiveDate.Decade(2010, DateCertainty.Stated, DateSource.Editor);
            events[1].Kind = events[1].Kind == EventKind.Other ? EventKind.Visit : EventKind.Other;
            return db.SaveChanges();
        });
        AssertRowsMatch(app, "after dates were made to span years and a decade, one taken off, and a kind changed");

        app.InScope(db =>
        {
            var articles = db.Articles.OrderBy(a => a.Id).ToList();
            articles[2].Published = ArchiveDate.Range(new DateOnly(2020, 3, 1), new DateOnly(2020, 4, 30), DatePrecision.Month, DateCertainty.Stated, DateSource.Editor);
            var events = db.Events.OrderBy(e => e.Id).ToList();
            events[0].Date = null;
            events[^1].Status = EventStatus.Rejected;
            return db.SaveChanges();
        });
        AssertRowsMatch(app, "after a date was given back, an event's taken off and an event rejected");

        app.InScope(db => db.Events.Where(e => e.Id == db.Events.Max(x => x.Id)).ExecuteDelete());
        app.InScope(db => db.Articles.Where(a => a.Id == db.Articles.Min(x => x.Id)).ExecuteDelete());
        AssertRowsMatch(app, "after an event and an article were removed");
        app.InScope(db => db.Articles.ExecuteDelete());
        app.InScope(db => db.Events.ExecuteDelete());
        AssertRowsMatch(app, "after everything was removed");
        Assert.Equal(0, app.InScope(db => db.ArticleSpanCounts.Count() + db.EventYearCounts.Count()));
    }

    [Fact]
    public async Task Ranges_bounded_by_the_kept_counts_select_exactly_the_records_whose_dates_overlap_them()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var years = app.InScope(db => db.Events.Where(e => e.Date != null).Select(e => e.Date!.Start.Year).Distinct().ToList());
        AssertRangesSelect(app, years, "after the import");

        // An article and an event that reach into later years from an earlier one: the article's span now bounds every
        // range, and no year the event reaches can be read as the events starting in it.
        app.InScope(db =>
        {
            var article = db.Articles.OrderBy(a => a.Id).First();
            article.Published = ArchiveDate.Range(new DateOnly(years.Min() - 3, 2, 1), new DateOnly(years.Max(), 6, 30), DatePrecision.Month, DateCertainty.Stated, DateSource.Editor);
            var e = db.Events.Where(x => x.Date != null).OrderBy(x => x.Id).First();
            e.Date = ArchiveDate.Range(new DateOnly(years.Min() - 1, 5, 1), new DateOnly(years.Max(), 2, 1), DatePrecision.Month, DateCertainty.Stated, DateSource.Editor);
            return db.SaveChanges();
        });
        AssertRangesSelect(app, years, "after dates were made to span years");
    }

    private static void AssertRangesSelect(ArchiveApp app, List<int> eventYears, string when)
    {
        var articleYears = app.InScope(db => db.Articles.Where(a => a.Published != null).Select(a => a.Published!.Start.Year).Distinct().ToList());
        var spans = articleYears.Concat(eventYears).SelectMany(y => new[] { y - 1, y, y + 1 }).Distinct().Order().ToList();
        var ranges = spans.SelectMany(y => new (string? From, string? To)[]
        {
            ($"{y}", $"{y}"), ($"{y}", $"{y + 2}"), ($"{y}-03", $"{y}-06"), ($"{y}-02-10", $"{y}-11-20"), ($"{y}", null), (null, $"{y}"), ($"{y}", $"{y}-06"),
        }).ToList();
        var narrowed = 0;
        foreach (var (from, to) in ranges)
        {
            var range = DateRange.Parse(from, to, [])!;
            var articleFilter = new ArticleFilter(null, null, null, null, null, null, null, from, to);
            var (expectedArticles, articles) = app.InScope(db => (
                db.Articles.AsNoTracking().AsEnumerable().Where(a => a.Published is { } d && d.Start <= range.End && d.End >= range.Start).Select(a => a.Slug).Order(StringComparer.Ordinal).ToList(),
                articleFilter.Apply(db.Articles.AsNoTracking(), db).Select(a => a.Slug).AsEnumerable().Order(StringComparer.Ordinal).ToList()));
            Assert.True(expectedArticles.SequenceEqual(articles), $"{when}, articles from {from} to {to}: expected [{string.Join(", ", expectedArticles)}], got [{string.Join(", ", articles)}]");
        }
        foreach (var filter in ranges.Select(r => new EventFilter(null, null, null, null, r.From, r.To)).Concat(spans.Select(y => new EventFilter(y, null, null, null))))
        {
            var range = filter.Year is { } y ? DateRange.Parse($"{y}", $"{y}", [])! : DateRange.Parse(filter.From, filter.To, [])!;
            var (expected, selected, kept) = app.InScope(db =>
            {
                var read = KeptEventCounts.NarrowAsync(db, filter, CancellationToken.None).GetAwaiter().GetResult();
                return (
                    db.Events.AsNoTracking().AsEnumerable().Where(e => e.Status != EventStatus.Rejected && e.Date is { } d && d.Start <= range.End && d.End >= range.Start)
                        .Select(e => e.Slug).Order(StringComparer.Ordinal).ToList(),
                    read.Apply(db.Events.AsNoTracking(), db).Select(e => e.Slug).AsEnumerable().Order(StringComparer.Ordinal).ToList(),
                    read.Starts is null ? null : KeptEventCounts.MonthsAsync(db, read, CancellationToken.None).GetAwaiter().GetResult().Sum(m => m.Events) as int?);
            });
            Assert.True(expected.SequenceEqual(selected), $"{when}, events of {filter}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", selected)}]");
            Assert.True(kept is null || kept == expected.Count, $"{when}, events of {filter}: the kept months count {kept}, the events are {expected.Count}");
            narrowed += kept is null ? 0 : 1;
        }
        Assert.True(narrowed > 0, $"{when}: no year or range was read as bounds on the start");
    }

    private static void AssertRowsMatch(ArchiveApp app, string when) => app.InScope(db =>
    {
        var kept = Kept(db).Order(StringComparer.Ordinal).ToList();
        var counted = Counted(db).Order(StringComparer.Ordinal).ToList();
        Assert.True(kept.SequenceEqual(counted), $"{when}: kept {string.Join("; ", kept)} but counted {string.Join("; ", counted)}");
        return 0;
    });

    private static List<string> Kept(ArchiveDb db) =>
    [
        .. db.ArticleSpanCounts.AsNoTracking().AsEnumerable().Select(x => $"as {x.Days} {x.Articles}"),
        .. db.EventYearCounts.AsNoTracking().AsEnumerable().Select(x => $"ey {x.Year} {x.Kind} {x.Precision} {x.Events}"),
    ];

    /// <summary>The same rows the slow way, in memory, from the base tables.</summary>
    private static List<string> Counted(ArchiveDb db)
    {
        var articles = db.Articles.AsNoTracking().Select(a => a.Published).AsEnumerable().OfType<ArchiveDate>().ToList();
        var events = db.Events.AsNoTracking().Where(e => e.Status != EventStatus.Rejected).Select(e => new { e.Date, e.Kind }).AsEnumerable().Where(e => e.Date is not null).ToList();
        return
        [
            .. articles.GroupBy(d => d.End.DayNumber - d.Start.DayNumber).Select(g => $"as {g.Key} {g.Count()}"),
            .. events.SelectMany(e => Enumerable.Range(e.Date!.Start.Year, e.Date.End.Year - e.Date.Start.Year + 1).Select(y => (Year: y, e.Kind, e.Date.Precision)))
                .GroupBy(x => x).Select(g => $"ey {g.Key.Year} {g.Key.Kind} {g.Key.Precision} {g.Count()}"),
        ];
    }
}
