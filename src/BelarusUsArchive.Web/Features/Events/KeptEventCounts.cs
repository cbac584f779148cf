using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Events;

/// <summary>Events per start month, kind and precision, from the counts the store's triggers keep (EventMonthCounts).</summary>
public static class KeptEventCounts
{
    public sealed record MonthCount(int Month, int Events);

    /// <summary>The kept rows a filter without a year or range selects: everyone's or one (not rejected) person's, of one kind or all.</summary>
    public static IQueryable<EventMonthCount> Rows(ArchiveDb db, EventFilter filter)
    {
        var rows = db.EventMonthCounts.AsNoTracking();
        if (filter.Person is { } slug)
        {
            var person = db.People.Where(p => p.Slug == slug && p.Status != PersonStatus.Rejected).Select(p => p.Id);
            rows = rows.Where(c => person.Contains(c.PersonId));
        }
        else
        {
            rows = rows.Where(c => c.PersonId == EventMonthCount.Everyone);
        }
        if (filter.Starts is { } starts)
        {
            var (first, last) = (Month(starts.First), Month(starts.Last));
            rows = rows.Where(c => c.Month >= first && c.Month <= last);
        }
        return filter.KindValue is { } kind ? rows.Where(c => c.Kind == kind) : rows;
    }

    /// <summary>
    /// The filter with its year, or its range of whole years or months, read as bounds on the start, when no event that
    /// reaches into it started before it: the kept year counts (EventYearCounts) against the month counts of its first
    /// year tell. Then a year's events are an index range of starts and its totals sums of month counts, where the overlap
    /// of start and end went through every event reaching the year (42,720 for one year at 100,000 articles). Not for a
    /// person (their own events serve them: <see cref="ByPersonAsync"/>), nor a year and a range together.
    /// </summary>
    public static async Task<EventFilter> NarrowAsync(ArchiveDb db, EventFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Person is not null || filter.Starts is not null || (filter.Year is not null && (filter.From ?? filter.To) is not null))
        {
            return filter;
        }
        var range = Articles.DateRange.Parse(filter.From, filter.To, []);
        (DateOnly First, DateOnly Last)? starts = (filter.Year, range) switch
        {
            ({ } y, null) when y is >= 1000 and <= 2999 => (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)),
            (null, { } r) when (r.Start == DateOnly.MinValue || r.Start.DayOfYear == 1)
                && (r.End == DateOnly.MaxValue || r.End.AddDays(1).Day == 1) => (r.Start, r.End),
            _ => null,
        };
        if (starts is not { } bounds)
        {
            return filter;
        }
        if (bounds.First > DateOnly.MinValue)
        {
            var year = bounds.First.Year;
            var reaching = db.EventYearCounts.Where(c => c.Year == year);
            reaching = filter.KindValue is { } kind ? reaching.Where(c => c.Kind == kind) : reaching;
            var starting = Rows(db, filter with { Year = null, From = null, To = null }).Where(c => c.Month > year * 100 && c.Month <= year * 100 + 12);
            if (await reaching.SumAsync(c => c.Events, cancellationToken) != await starting.SumAsync(c => c.Events, cancellationToken))
            {
                return filter;
            }
        }
        return filter.StartingWithin(bounds.First, bounds.Last);
    }

    /// <summary>Dated events per start month (yyyymm), oldest first.</summary>
    public static Task<List<MonthCount>> MonthsAsync(ArchiveDb db, EventFilter filter, CancellationToken cancellationToken) =>
        Rows(db, filter).GroupBy(c => c.Month).OrderBy(g => g.Key).Select(g => new MonthCount(g.Key, g.Sum(c => c.Events))).ToListAsync(cancellationToken);

    /// <summary>
    /// Where a page of dated events lies: the first day of the month the <paramref name="skip"/>th event starts in, how
    /// many to skip from there, and the first day after the month its last event starts in (MaxValue when not known), so
    /// a page of a person's few events does not walk every other event of the years after it.
    /// </summary>
    public static (DateOnly From, int Skip, DateOnly Until) Seek(List<MonthCount>? months, int skip, int take)
    {
        var (from, inMonth, before) = (DateOnly.MinValue, skip, 0);
        foreach (var month in months ?? [])
        {
            if (from == DateOnly.MinValue && skip < before + month.Events)
            {
                (from, inMonth) = (FirstDay(month.Month), skip - before);
            }
            before += month.Events;
            if (skip + take <= before)
            {
                return (from, inMonth, FirstDay(month.Month).AddMonths(1));
            }
        }
        return (from, inMonth, DateOnly.MaxValue);
    }

    /// <summary>
    /// Whether a statement for a person's events should start from their own events (the participants' index) rather
    /// than walk the dates (a filter without a year or range, between <paramref name="from"/> and <paramref name="until"/>)
    /// or the years (EventYears) and check each event for the person: when the person has fewer dated events, as the
    /// kept counts say, than everyone has in that stretch. A rarely named person's page otherwise walks every other
    /// event between their own (seconds at 100,000 articles), and a much-named one's would read all of theirs.
    /// </summary>
    public static async Task<bool> ByPersonAsync(ArchiveDb db, EventFilter filter, DateOnly from, DateOnly until, CancellationToken cancellationToken)
    {
        if (filter.Person is null)
        {
            return false;
        }
        var own = await OwnAsync(db, filter, cancellationToken);
        if (filter.YearsWalked() is { } years)
        {
            return own < await db.EventYears.CountAsync(y => y.Year >= years.First && y.Year <= years.Last, cancellationToken);
        }
        var (first, last) = (Month(from), until == DateOnly.MaxValue ? int.MaxValue : Month(until));
        return own < await Rows(db, filter with { Person = null, Kind = null })
            .Where(c => c.Month >= first && c.Month < last).SumAsync(c => c.Events, cancellationToken);
    }

    /// <summary>The dated events (not rejected) of the filter's person and kind, whatever its year or range.</summary>
    public static Task<int> OwnAsync(ArchiveDb db, EventFilter filter, CancellationToken cancellationToken) =>
        Rows(db, filter).SumAsync(c => c.Events, cancellationToken);

    private static int Month(DateOnly day) => day.Year * 100 + day.Month;

    public static DateOnly FirstDay(int month) => new(month / 100, month % 100, 1);
}
