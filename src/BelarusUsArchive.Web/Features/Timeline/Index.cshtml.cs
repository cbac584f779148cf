using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Shared;
using BelarusUsArchive.Web.Features.Articles;
using BelarusUsArchive.Web.Features.Events;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Timeline;

/// <summary>
/// /timeline: the events the filters select (person, kind, from/to) on an axis that zooms from decades to days.
/// Up to <see cref="MostMarks"/> events are drawn one by one and listed below; more are counted per kind and span
/// of the axis in the store, so the page's cost does not grow with the archive.
/// </summary>
public class IndexModel(ArchiveDb db) : PageModel
{
    public const int MostMarks = 400;

    public EventFilter Filter { get; private set; } = new(null, null, null, null);
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public int Total { get; private set; }
    public TimelineAxis? Axis { get; private set; }
    public TimelineLayout? Layout { get; private set; }
    public IReadOnlyList<EventView> Events { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> People { get; private set; } = [];
    public DateRange? Range { get; private set; }

    public bool Counted => Total > MostMarks;

    /// <summary>The timeline for the query string's filters, bound as the events API binds them (one axis: no pages).</summary>
    public async Task OnGetAsync([FromQuery] EventFilter filter, CancellationToken cancellationToken)
    {
        Filter = filter.Normalized() with { Page = null };
        Problems = [.. Filter.Problems().SelectMany(p => p.Value), .. FilterBinding.Problems(ModelState),
            .. (await Filter.UnknownSlugsAsync(db, cancellationToken)).SelectMany(p => p.Value)];
        People = await BelarusUsArchive.Web.Features.People.PeopleReads.PickerAsync(db, Filter.Person is { } chosen ? [chosen] : [], 40, cancellationToken);
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Range = DateRange.Parse(Filter.From, Filter.To, []);
        // A range is bounded by the years it covers, or by a person's own events where they are fewer; without one,
        // the kept counts answer and the ends are read off the date index (KeptExtentAsync).
        // A year or range that no earlier event reaches into is bounds on the start, which the kept counts answer too.
        query = await KeptEventCounts.NarrowAsync(db, Filter, cancellationToken);
        var byPerson = !query.Kept && await KeptEventCounts.ByPersonAsync(db, query, DateOnly.MinValue, DateOnly.MaxValue, cancellationToken);
        var dated = query.Apply(db.Events.AsNoTracking(), db, byPerson).Where(e => e.Date != null);
        var extent = query.Kept ? await KeptExtentAsync(dated, cancellationToken) : await dated.GroupBy(_ => 1)
            .Select(g => new Extent(g.Count(), g.Min(e => e.Date!.Start), g.Max(e => e.Date!.End)))
            .FirstOrDefaultAsync(cancellationToken);
        if (extent is null)
        {
            return;
        }
        Total = extent.Count;
        Axis = TimelineAxis.For(
            Range?.From is not null && Range.Start > extent.First ? Range.Start : extent.First,
            Range?.To is not null && Range.End < extent.Last ? Range.End : extent.Last);
        if (Counted)
        {
            Layout = TimelineLayout.OfCounts(Axis, query.Kept && Axis.Bucket != TimelineAxis.DateSpan.Day
                ? await KeptCountsAsync(Axis, cancellationToken) : await CountsAsync(dated, Axis, cancellationToken));
            return;
        }
        var (_, items) = await EventReads.ListAsync(db, Filter, MostMarks, cancellationToken);
        Events = [.. items.Where(e => e.Date is not null)
            .OrderBy(e => e.Date!.Start.Year).ThenBy(e => TimelineLayout.Rank(e.Date!)).ThenBy(e => e.Date!.Start).ThenBy(e => e.Title, StringComparer.Ordinal)];
        Layout = TimelineLayout.OfEvents(Axis, Events);
    }

    /// <summary>The filter the statements run: <see cref="Filter"/>, narrowed to bounds on the start where the kept counts allow.</summary>
    private EventFilter query = new(null, null, null, null);

    private sealed record Extent(int Count, DateOnly First, DateOnly Last);

    /// <summary>
    /// The number and span of the events a filter without a year or range selects, from the kept month counts: the first
    /// start is in the first month counted, and the last end in the last year that any event starting in the last counted
    /// year reaches (EventYears), so each end is found among a month's or a year's events instead of all of them.
    /// </summary>
    private async Task<Extent?> KeptExtentAsync(IQueryable<Event> dated, CancellationToken cancellationToken)
    {
        var months = await KeptEventCounts.MonthsAsync(db, query, cancellationToken);
        if (months.Count == 0)
        {
            return null;
        }
        var from = KeptEventCounts.FirstDay(months[0].Month);
        var first = await dated.Where(e => e.Date!.Start >= from).OrderBy(e => e.Date!.Start).Select(e => e.Date!.Start).FirstAsync(cancellationToken);
        if (query.Starts is { } starts && starts.Last < DateOnly.MaxValue)
        {
            return new Extent(months.Sum(m => m.Events), first, await LastEndAsync(starts.Last, cancellationToken));
        }
        var lastYear = months[^1].Month / 100;
        var late = db.EventYears.Where(y => y.Year >= lastYear).Select(y => y.EventId);
        // A person with fewer events than reach that year is read from their own events (the participants' index).
        var last = Filter.Person is not null && await KeptEventCounts.OwnAsync(db, Filter, cancellationToken) < await late.CountAsync(cancellationToken)
            ? await Filter.Apply(db.Events.AsNoTracking(), db, byPerson: true).Where(e => e.Date != null).MaxAsync(e => e.Date!.End, cancellationToken)
            : await dated.Where(e => late.Contains(e.Id)).MaxAsync(e => e.Date!.End, cancellationToken);
        return new Extent(months.Sum(m => m.Events), first, last);
    }

    /// <summary>
    /// The last end among the events starting within a range that ends on <paramref name="last"/>, or that day when one
    /// ends on it or later (the axis stops there either way): both read off the index of start, end, status and kind,
    /// without the owned date's other columns (so no "Date != null": the bounds on the start leave out the undated).
    /// </summary>
    private async Task<DateOnly> LastEndAsync(DateOnly last, CancellationToken cancellationToken)
    {
        var starting = query.Apply(db.Events.AsNoTracking(), db);
        return await starting.AnyAsync(e => e.Date!.End >= last, cancellationToken) ? last : await starting.MaxAsync(e => e.Date!.End, cancellationToken);
    }

    /// <summary>The counts by kind, precision and year or month of start, summed from the kept month counts.</summary>
    private async Task<List<TimelineCount>> KeptCountsAsync(TimelineAxis axis, CancellationToken cancellationToken)
    {
        var rows = KeptEventCounts.Rows(db, query);
        var counts = axis.Bucket == TimelineAxis.DateSpan.Year
            ? await rows.GroupBy(c => new { c.Kind, c.Precision, Month = c.Month / 100 * 100 + 1 })
                .Select(g => new KeptCount(g.Key.Kind, g.Key.Precision, g.Key.Month, g.Sum(c => c.Events))).ToListAsync(cancellationToken)
            : await rows.GroupBy(c => new { c.Kind, c.Precision, c.Month })
                .Select(g => new KeptCount(g.Key.Kind, g.Key.Precision, g.Key.Month, g.Sum(c => c.Events))).ToListAsync(cancellationToken);
        return Bucketed(counts.Select(c => (c.Kind, c.Precision, KeptEventCounts.FirstDay(c.Month), c.Events)), axis);
    }

    private sealed record KeptCount(EventKind Kind, DatePrecision Precision, int Month, int Events);

    /// <summary>
    /// Events per kind, precision and span of the axis (by their first day; those starting before the axis count in
    /// its first span). An event dated less precisely than the spans (a month-only one on an axis of days) keeps its
    /// own span, so it is not pinned to the first day of its month.
    /// </summary>
    private static async Task<List<TimelineCount>> CountsAsync(IQueryable<Event> dated, TimelineAxis axis, CancellationToken cancellationToken)
    {
        var rows = axis.Bucket switch
        {
            TimelineAxis.DateSpan.Year => await dated.GroupBy(e => new { e.Kind, e.Date!.Precision, e.Date.Start.Year })
                .Select(g => new { g.Key.Kind, g.Key.Precision, g.Key.Year, Month = 1, Day = 1, Count = g.Count() }).ToListAsync(cancellationToken),
            TimelineAxis.DateSpan.Month => await dated.GroupBy(e => new { e.Kind, e.Date!.Precision, e.Date.Start.Year, e.Date.Start.Month })
                .Select(g => new { g.Key.Kind, g.Key.Precision, g.Key.Year, g.Key.Month, Day = 1, Count = g.Count() }).ToListAsync(cancellationToken),
            _ => await dated.GroupBy(e => new { e.Kind, e.Date!.Precision, e.Date.Start.Year, e.Date.Start.Month, e.Date.Start.Day })
                .Select(g => new { g.Key.Kind, g.Key.Precision, g.Key.Year, g.Key.Month, g.Key.Day, Count = g.Count() }).ToListAsync(cancellationToken),
        };
        return Bucketed(rows.Select(r => (r.Kind, r.Precision, new DateOnly(r.Year, r.Month, r.Day), r.Count)), axis);
    }

    private static List<TimelineCount> Bucketed(IEnumerable<(EventKind Kind, DatePrecision Precision, DateOnly Start, int Count)> rows, TimelineAxis axis) =>
        [.. rows
            .Select(r =>
            {
                var span = TimelineAxis.SpanOf(r.Precision, axis.Bucket);
                return (r.Kind, Span: span, Bucket: TimelineAxis.BucketOf(Max(r.Start, axis.Start), span).First, r.Count);
            })
            .GroupBy(r => (r.Kind, r.Span, r.Bucket)).Select(g => new TimelineCount(g.Key.Kind, g.Key.Span, g.Key.Bucket, g.Sum(r => r.Count)))
            .OrderBy(r => r.Kind).ThenBy(r => r.Bucket)];

    /// <summary>The people most written about, for the person filter (from the counts kept at import), and the chosen one.</summary>
    /// <summary>This timeline's address with another range (null: none) and, when given, another kind.</summary>
    public string Link(string? from, string? to, string? kind = null)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        Add("person", Filter.Person);
        Add("kind", kind ?? Filter.Kind);
        Add("from", from);
        Add("to", to);
        return "/timeline" + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }

    /// <summary>One step out: a range of days to its year, a range of months to its years and one each side, years to everything.</summary>
    public string? ZoomOut() => (Range, Axis) switch
    {
        (null, _) or (_, null) => null,
        (_, { Unit: TickUnit.Day }) => Link(TimelineAxis.Bound(Axis.Start, TimelineAxis.DateSpan.Year), TimelineAxis.Bound(Axis.End.AddDays(-1), TimelineAxis.DateSpan.Year)),
        (_, { Unit: TickUnit.Month }) => Link(TimelineAxis.Bound(Axis.Start.AddYears(-1), TimelineAxis.DateSpan.Year), TimelineAxis.Bound(Axis.End.AddDays(-1).AddYears(1), TimelineAxis.DateSpan.Year)),
        _ => Link(null, null),
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
