using System.Globalization;

namespace BelarusUsArchive.Web.Features.Timeline;

public enum TickUnit { Year, Month, Day }

/// <summary>One tick of the axis: where it sits, what it says, and the range a reader zooms into from it.</summary>
public sealed record TimelineTick(DateOnly At, string Label, string? ZoomFrom, string? ZoomTo);

/// <summary>
/// The horizontal axis of the timeline: whole years when the range spans more than about three years, months
/// down to about two months, days below that; at most about a dozen ticks, each a link that zooms into its span.
/// </summary>
public sealed record TimelineAxis(DateOnly Start, DateOnly End, TickUnit Unit, int Step)
{
    public const double Width = 1000;
    public const double Left = 110;
    public const double Right = 10;
    private const int MostTicks = 12;

    /// <summary>The axis from the first to the last day shown (both inclusive), widened to whole units.</summary>
    public static TimelineAxis For(DateOnly first, DateOnly last)
    {
        var days = last.DayNumber - first.DayNumber + 1;
        if (days > 3 * 366)
        {
            var step = Steps(last.Year - first.Year + 1, [1, 2, 5, 10, 20, 25, 50]);
            // Ticks on round years (1940, 1950 …) when they step over several.
            return new(new DateOnly(first.Year - first.Year % step, 1, 1), new DateOnly(last.Year, 1, 1).AddYears(1), TickUnit.Year, step);
        }
        if (days > 62)
        {
            var start = new DateOnly(first.Year, first.Month, 1);
            var end = new DateOnly(last.Year, last.Month, 1).AddMonths(1);
            var months = (end.Year - start.Year) * 12 + end.Month - start.Month;
            return new(start, end, TickUnit.Month, Steps(months, [1, 2, 3, 6]));
        }
        return new(first, last.AddDays(1), TickUnit.Day, Steps(days, [1, 2, 7, 14]));
    }

    private static int Steps(int count, int[] choices) => choices.FirstOrDefault(s => count / s <= MostTicks, choices[^1]);

    /// <summary>The horizontal position of the start of a day.</summary>
    public double X(DateOnly day) =>
        Left + (Width - Left - Right) * (day.DayNumber - Start.DayNumber) / Math.Max(1, End.DayNumber - Start.DayNumber);

    public IEnumerable<TimelineTick> Ticks()
    {
        for (var at = Start; at < End; at = Next(at))
        {
            var last = Next(at).AddDays(-1);
            yield return Unit switch
            {
                TickUnit.Year => new(at, at.Year.ToString(CultureInfo.InvariantCulture), Bound(at, DateSpan.Year), Bound(last, DateSpan.Year)),
                TickUnit.Month => new(at, at.ToString(at.Month == 1 || at == Start ? "MMM yyyy" : "MMM", CultureInfo.InvariantCulture),
                    Bound(at, DateSpan.Month), Bound(last, DateSpan.Month)),
                _ => new(at, at.Day == 1 || at == Start ? at.ToString("d MMM", CultureInfo.InvariantCulture) : at.Day.ToString(CultureInfo.InvariantCulture),
                    Bound(at, DateSpan.Day), Bound(last < End ? last : End.AddDays(-1), DateSpan.Day)),
            };
        }
    }

    /// <summary>The start of the next tick after <paramref name="at"/>.</summary>
    public DateOnly Next(DateOnly at) => Unit switch
    {
        TickUnit.Year => at.AddYears(Step),
        TickUnit.Month => at.AddMonths(Step),
        _ => at.AddDays(Step),
    };

    /// <summary>The span one bucket of counts covers when marks are too many to draw one by one.</summary>
    public DateSpan Bucket => Unit switch { TickUnit.Year => DateSpan.Year, TickUnit.Month => DateSpan.Month, _ => DateSpan.Day };

    public enum DateSpan { Year, Month, Day }

    /// <summary>A bound of the from/to filter for a day at a span: 2019, 2019-03 or 2019-03-15.</summary>
    public static string Bound(DateOnly day, DateSpan span) => span switch
    {
        DateSpan.Year => day.ToString("yyyy", CultureInfo.InvariantCulture),
        DateSpan.Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>The span a count of events dated at <paramref name="precision"/> takes: the axis's, or their own when coarser.</summary>
    public static DateSpan SpanOf(BelarusUsArchive.Text.Dates.DatePrecision precision, DateSpan bucket)
    {
        var own = precision switch
        {
            BelarusUsArchive.Text.Dates.DatePrecision.Day => DateSpan.Day,
            BelarusUsArchive.Text.Dates.DatePrecision.Month => DateSpan.Month,
            _ => DateSpan.Year,
        };
        return own < bucket ? own : bucket;
    }

    /// <summary>The bucket a day falls in, as its first and last day.</summary>
    public static (DateOnly First, DateOnly Last) BucketOf(DateOnly day, DateSpan span) => span switch
    {
        DateSpan.Year => (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31)),
        DateSpan.Month => (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1)),
        _ => (day, day),
    };
}
