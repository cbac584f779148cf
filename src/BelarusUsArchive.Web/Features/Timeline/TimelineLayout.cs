using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Features.Events;
using BelarusUsArchive.Web.Model;

namespace BelarusUsArchive.Web.Features.Timeline;

/// <summary>One event's mark: where it sits, how wide, in which lane (its kind) and which row of the lane.</summary>
public sealed record TimelineMark(EventView Event, double X, double Width, int Lane, int Row)
{
    /// <summary>A day, or a span too narrow to read as a bar, is drawn as a dot.</summary>
    public bool Dot => Width < 8;

    public bool Uncertain => Event.Date!.Edtf.Contains('?') || Event.Date.Edtf.Contains('~');

    /// <summary>"day", "month" or "year": how precisely the texts date it; the less precise, the lighter the mark.</summary>
    public string Precision => Event.Date!.Precision.ToString().ToLowerInvariant();
}

/// <summary>Events of one kind counted in one span (<paramref name="Span"/> coarser than the axis's for events dated only to the month or year).</summary>
public sealed record TimelineCount(EventKind Kind, TimelineAxis.DateSpan Span, DateOnly Bucket, int Count);

/// <summary>Several events of one kind in one span, drawn as one mark with their count, linking to that span.</summary>
public sealed record TimelineCluster(EventKind Kind, int Lane, int Row, double X, double Width, int Count, int Level, string From, string To, string Label, bool Coarse = false);

public sealed record TimelineLane(EventKind Kind, double Top, int Rows);

/// <summary>
/// Where every mark of the timeline goes. Events are drawn one by one when they are few: each kind a lane, marks
/// stacked into up to <see cref="MostRows"/> rows so none covers another, and what still does not fit is counted
/// in a "+N" mark for its span. When the events are many, each kind's events are counted per span of the axis
/// (year, month or day) and each count is one mark, darker the more events it holds.
/// </summary>
public sealed class TimelineLayout
{
    public const int MostRows = 3;
    public const double RowHeight = 16;
    public const double Top = 24;
    private const double Gap = 2;

    public required IReadOnlyList<TimelineLane> Lanes { get; init; }
    public IReadOnlyList<TimelineMark> Marks { get; init; } = [];
    public IReadOnlyList<TimelineCluster> Clusters { get; init; } = [];

    public double Height => Top + Lanes.Sum(l => l.Rows * RowHeight + 8) + 4;

    public static double RowY(TimelineLane lane, int row) => lane.Top + 4 + row * RowHeight + RowHeight / 2;

    /// <summary>Most precise first within a place: a dated event comes before a month-only or year-only one.</summary>
    public static int Rank(ArchiveDate date) => (int)date.Precision;

    public static TimelineLayout OfEvents(TimelineAxis axis, IReadOnlyList<EventView> events)
    {
        var kinds = events.Select(e => e.Kind).Distinct().Order().ToList();
        var marks = new List<TimelineMark>();
        var clusters = new List<TimelineCluster>();
        var lanes = new List<TimelineLane>();
        var top = Top;
        foreach (var kind in kinds)
        {
            var lane = lanes.Count;
            var ends = new List<double>();
            var overflow = new SortedDictionary<DateOnly, int>();
            foreach (var e in events.Where(e => e.Kind == kind).OrderBy(e => Clamp(axis, e.Date!.Start)).ThenBy(e => Rank(e.Date!)))
            {
                var x = axis.X(Clamp(axis, e.Date!.Start));
                var width = Math.Max(0, axis.X(Clamp(axis, e.Date.End.AddDays(1))) - x);
                var (left, right) = width < 8 ? (x + width / 2 - 6, x + width / 2 + 6) : (x, x + width);
                var row = ends.FindIndex(end => left >= end + Gap);
                if (row < 0 && ends.Count < MostRows)
                {
                    ends.Add(double.MinValue);
                    row = ends.Count - 1;
                }
                if (row < 0)
                {
                    var bucket = TimelineAxis.BucketOf(Clamp(axis, e.Date.Start), axis.Bucket).First;
                    overflow[bucket] = overflow.GetValueOrDefault(bucket) + 1;
                    continue;
                }
                ends[row] = right;
                marks.Add(new TimelineMark(e, x, width, lane, row));
            }
            var rows = ends.Count + (overflow.Count > 0 ? 1 : 0);
            clusters.AddRange(overflow.Select(o => Cluster(axis, kind, lane, ends.Count, o.Key, o.Value, 1, $"{o.Value} more")));
            lanes.Add(new TimelineLane(kind, top, rows));
            top += rows * RowHeight + 8;
        }
        // In the order of the list below them, so Tab walks the marks as a reader reads the list.
        var order = events.Select((e, i) => (e, i)).ToDictionary(p => p.e, p => p.i);
        return new TimelineLayout { Lanes = lanes, Marks = [.. marks.OrderBy(m => order[m.Event])], Clusters = clusters };
    }

    public static TimelineLayout OfCounts(TimelineAxis axis, IReadOnlyList<TimelineCount> counts)
    {
        var kinds = counts.Select(c => c.Kind).Distinct().Order().ToList();
        var most = Math.Max(2, counts.Select(c => c.Count).DefaultIfEmpty(1).Max());
        var lanes = new List<TimelineLane>();
        var top = Top;
        foreach (var kind in kinds)
        {
            // A second row for the kind's events dated less precisely than the axis's spans, drawn lighter across their span.
            var rows = counts.Any(c => c.Kind == kind && c.Span != axis.Bucket) ? 2 : 1;
            lanes.Add(new TimelineLane(kind, top, rows));
            top += rows * RowHeight + 8;
        }
        var clusters = counts.Select(c => Cluster(axis, c.Kind, kinds.IndexOf(c.Kind), c.Span == axis.Bucket ? 0 : 1, c.Span, c.Bucket, c.Count,
            1 + (int)Math.Floor(4 * Math.Log(c.Count) / Math.Log(most)), c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return new TimelineLayout { Lanes = lanes, Clusters = clusters };
    }

    private static TimelineCluster Cluster(TimelineAxis axis, EventKind kind, int lane, int row, DateOnly bucket, int count, int level, string text) =>
        Cluster(axis, kind, lane, row, axis.Bucket, bucket, count, level, text);

    private static TimelineCluster Cluster(TimelineAxis axis, EventKind kind, int lane, int row, TimelineAxis.DateSpan unit, DateOnly bucket, int count, int level, string text)
    {
        var (first, last) = TimelineAxis.BucketOf(bucket, unit);
        var x = axis.X(Clamp(axis, first));
        var width = Math.Max(3, axis.X(Clamp(axis, last).AddDays(1)) - x);
        var span = unit switch
        {
            TimelineAxis.DateSpan.Year => first.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            TimelineAxis.DateSpan.Month => first.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
            _ => first.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        };
        var name = kind.ToString().ToLowerInvariant();
        var coarse = unit != axis.Bucket;
        var label = text.EndsWith("more", StringComparison.Ordinal) ? $"{text} {name} events in {span}"
            : $"{count} {name} event{(count == 1 ? "" : "s")} {(coarse ? "known only to the " + unit.ToString().ToLowerInvariant() + ", " : "in ")}{span}";
        return new TimelineCluster(kind, lane, row, x, width, count, Math.Clamp(level, 1, 5),
            TimelineAxis.Bound(first, unit), TimelineAxis.Bound(last, unit), label, coarse);
    }

    private static DateOnly Clamp(TimelineAxis axis, DateOnly day) =>
        day < axis.Start ? axis.Start : day >= axis.End ? axis.End.AddDays(-1) : day;
}
