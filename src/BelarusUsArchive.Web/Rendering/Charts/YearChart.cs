namespace BelarusUsArchive.Web.Rendering.Charts;

/// <summary>
/// A count for one year, with where its bar links (null: not a link); <paramref name="Shown"/>, when given, is what the
/// bar says instead of the count (a share drawn as a bar: the count in hundredths, shown as "3.5%").
/// </summary>
public sealed record YearValue(int Year, int Count, string? Href, string? Shown = null);

/// <summary>A dated thing marked under the bars on the same year axis (a person's event).</summary>
public sealed record YearMarkInput(int Year, string Href, string Label, bool Uncertain);

public sealed record PlacedBar(int Year, int Count, string? Href, string Label, double X, double Y, double Width, double Height, bool Current, bool ShowCount, string Value);

public sealed record PlacedMark(string Href, string Label, double X, double Y, bool Uncertain);

/// <summary>A "+N more" link where a year has more marks than the lane holds.</summary>
public sealed record MoreMarks(int Year, int Hidden, string Href, double X, double Y);

/// <summary>A year label; minor ones are hidden on a phone, where the picture is scaled down and its text made larger.</summary>
public sealed record YearTick(int Year, double X, bool Minor);

/// <summary>
/// How a chart's consecutive numbers read: years, or months numbered year * 12 + month - 1 (January ticks show the year,
/// other ticks the month's short name); <paramref name="Steps"/> are the tick spacings to choose from, finest first.
/// </summary>
public sealed record ChartAxis(Func<int, string> Tick, Func<int, string> Name, int[] Steps)
{
    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Month(int key, string format) =>
        new DateOnly(key / 12, key % 12 + 1, 1).ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    public static readonly ChartAxis Years = new(Year, Year, [1, 2, 5, 10, 20, 50]);

    public static readonly ChartAxis Months = new(k => k % 12 == 0 ? Year(k / 12) : Month(k, "MMM"), k => Month(k, "MMMM yyyy"), [1, 2, 3, 6, 12, 24, 60, 120]);
}

/// <summary>
/// The geometry of a bar chart over consecutive years (or months, by its <see cref="ChartAxis"/>) (gaps shown as empty years), in viewBox
/// units that stay readable when the picture is scaled to a phone: few years get wide bars, many
/// years narrow ones with a year label every 2, 5 or 10. Pure: the pages and the tests share it.
/// </summary>
public sealed class YearChart
{
    public const double Side = 8;
    public const double Top = 20;
    public const double PlotHeight = 120;
    public const double AxisHeight = 20;
    public const double MarkGap = 14;
    public const int MarkRows = 5;
    private const double TargetWidth = 480;
    private const double LabelWidth = 34;
    private const double MarkLabelWidth = 52;

    private YearChart(ChartAxis axis, string noun, IReadOnlyList<PlacedBar> bars, IReadOnlyList<YearTick> ticks, IReadOnlyList<PlacedMark> marks,
        IReadOnlyList<MoreMarks> more, double left, double slot, double width, double height)
    {
        Axis = axis;
        Noun = noun;
        Left = left;
        Bars = bars;
        Ticks = ticks;
        Marks = marks;
        More = more;
        Slot = slot;
        Width = width;
        Height = height;
    }

    public ChartAxis Axis { get; }
    /// <summary>What a bar counts, singular ("article", "mention").</summary>
    public string Noun { get; }
    public IReadOnlyList<PlacedBar> Bars { get; }
    public IReadOnlyList<YearTick> Ticks { get; }
    public IReadOnlyList<PlacedMark> Marks { get; }
    public IReadOnlyList<MoreMarks> More { get; }
    /// <summary>Where the first year starts: room for the "events" label of the mark lane when there is one.</summary>
    public double Left { get; }
    public double Slot { get; }
    public double Width { get; }
    public double Height { get; }
    public double Baseline => Top + PlotHeight;
    public double MarkLaneTop => Baseline + AxisHeight;
    public bool HasMarks => Marks.Count > 0;
    public int FirstYear => Bars.Count == 0 ? 0 : Bars[0].Year;
    public int LastYear => Bars.Count == 0 ? 0 : Bars[^1].Year;

    /// <param name="moreHref">Where "+N more" marks of a year lead; null hides the extra marks silently.</param>
    /// <param name="span">Years to show at least, and <paramref name="scale"/> the count a full bar stands for, so that
    /// charts drawn side by side share their axes.</param>
    public static YearChart Build(string noun, IEnumerable<YearValue> values, int? current = null,
        IEnumerable<YearMarkInput>? marks = null, Func<int, string>? moreHref = null, (int First, int Last)? span = null, int? scale = null,
        ChartAxis? axis = null)
    {
        axis ??= ChartAxis.Years;
        var counts = values.Where(v => v.Count > 0).ToDictionary(v => v.Year);
        var marked = (marks ?? []).GroupBy(m => m.Year).ToDictionary(g => g.Key, g => g.ToList());
        var years = counts.Keys.Concat(marked.Keys).Concat(span is { } s ? [s.First, s.Last] : []).ToList();
        if (years.Count == 0)
        {
            return new YearChart(axis, noun, [], [], [], [], Side, 0, Side * 2, Top + PlotHeight + AxisHeight);
        }
        var (first, last) = (years.Min(), years.Max());
        var n = last - first + 1;
        var slot = Math.Clamp(TargetWidth / n, 12, 56);
        var max = scale ?? (counts.Count == 0 ? 1 : counts.Values.Max(v => v.Count));
        var every = axis.Steps.First(k => k * slot >= LabelWidth || k == axis.Steps[^1]);
        var left = marked.Count > 0 ? MarkLabelWidth : Side;
        double SlotX(int year) => left + (year - first) * slot;

        var bars = new List<PlacedBar>();
        var ticks = new List<YearTick>();
        for (var year = first; year <= last; year++)
        {
            if (year % every == 0 || every == 1)
            {
                ticks.Add(new YearTick(year, SlotX(year) + slot / 2, n / every > 8 && year / every % 2 == 1));
            }
            var count = counts.TryGetValue(year, out var v) ? v.Count : 0;
            var height = count == 0 ? 0 : Math.Max(2, PlotHeight * count / max);
            var barWidth = Math.Max(6, slot * 0.7);
            var shown = v?.Shown;
            bars.Add(new PlacedBar(year, count, count == 0 ? null : v!.Href, shown is null ? $"{axis.Name(year)}: {count} {Plural(noun, count)}" : $"{axis.Name(year)}: {shown}",
                SlotX(year) + (slot - barWidth) / 2, Top + PlotHeight - height, barWidth, height, year == current, slot >= (shown is null ? 24 : 36) && count > 0,
                shown ?? count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var (placed, more) = PlaceMarks(marked, year => SlotX(year) + slot / 2, moreHref);
        var rows = marked.Count == 0 ? 0 : Math.Min(MarkRows, marked.Values.Max(l => l.Count));
        var height2 = Top + PlotHeight + AxisHeight + (rows == 0 ? 0 : 8 + rows * MarkGap);
        return new YearChart(axis, noun, bars, ticks, placed, more, left, slot, left + Side + n * slot, height2);
    }

    public static string Plural(string noun, int count) => count == 1 ? noun : noun + "s";

    /// <summary>Each year's marks stacked down its column; past the lane's rows, a "+N" link takes the last place.</summary>
    private static (List<PlacedMark>, List<MoreMarks>) PlaceMarks(Dictionary<int, List<YearMarkInput>> marked, Func<int, double> centre, Func<int, string>? moreHref)
    {
        var placed = new List<PlacedMark>();
        var more = new List<MoreMarks>();
        double Row(int row) => Top + PlotHeight + AxisHeight + 8 + row * MarkGap;
        foreach (var (year, list) in marked.OrderBy(m => m.Key))
        {
            var shown = moreHref is null ? list.Take(MarkRows) : list.Take(list.Count > MarkRows ? MarkRows - 1 : MarkRows);
            var row = 0;
            foreach (var m in shown)
            {
                placed.Add(new PlacedMark(m.Href, m.Label, centre(year), Row(row++), m.Uncertain));
            }
            if (moreHref is not null && list.Count > row)
            {
                more.Add(new MoreMarks(year, list.Count - row, moreHref(year), centre(year), Row(row)));
            }
        }
        return (placed, more);
    }
}
