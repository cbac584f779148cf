using Microsoft.AspNetCore.Html;

namespace BelarusUsArchive.Web.Rendering.Charts;

/// <summary>
/// A year chart as inline SVG: each year with a count is one link (its whole column is the target,
/// so short bars are easy to hit on a phone), the selected year carries aria-current, and the marks
/// under the axis are links of their own. Width and height are given so the page never shifts.
/// </summary>
public static class YearChartSvg
{
    public static IHtmlContent Render(YearChart chart, string labelledBy)
    {
        var svg = new Svg().Open("svg", ("class", "chart"), ("viewBox", $"0 0 {Svg.N(chart.Width)} {Svg.N(chart.Height)}"),
            ("width", chart.Width), ("height", chart.Height), ("role", "group"), ("aria-labelledby", labelledBy));
        svg.Empty("line", ("class", "axis"), ("x1", chart.Left), ("x2", chart.Width - YearChart.Side),
            ("y1", chart.Baseline), ("y2", chart.Baseline));
        var ticks = chart.Ticks.ToDictionary(t => t.Year);
        foreach (var bar in chart.Bars)
        {
            WriteBar(svg, chart, bar, ticks.GetValueOrDefault(bar.Year));
        }
        if (chart.HasMarks)
        {
            svg.Label("events", chart.Left - 8, chart.MarkLaneTop + 12, "lane", "end");
        }
        foreach (var mark in chart.Marks)
        {
            svg.Open("a", ("href", mark.Href), ("class", mark.Uncertain ? "mark uncertain" : "mark"), ("aria-label", mark.Label))
                .Title(mark.Label)
                .Empty("circle", ("cx", mark.X), ("cy", mark.Y), ("r", 5))
                .Close("a");
        }
        foreach (var more in chart.More)
        {
            var label = $"{more.Hidden} more in {chart.Axis.Name(more.Year)}";
            svg.Open("a", ("href", more.Href), ("class", "more"), ("aria-label", label))
                .Title(label)
                .Label($"+{more.Hidden}", more.X, more.Y + 4, "more", "middle")
                .Close("a");
        }
        return svg.Close("svg").ToHtml();
    }

    private static void WriteBar(Svg svg, YearChart chart, PlacedBar bar, YearTick? tick)
    {
        var labelY = chart.Baseline + 15;
        if (bar.Href is null)
        {
            if (tick is not null)
            {
                svg.Label(chart.Axis.Tick(bar.Year), bar.X + bar.Width / 2, labelY, tick.Minor ? "year minor" : "year", "middle");
            }
            return;
        }
        // Named by its <title>, not aria-label: the visible year and count must stay part of the name.
        svg.Open("a", ("href", bar.Href), ("class", bar.Current ? "bar current" : "bar"), ("aria-current", bar.Current ? "page" : null));
        svg.Title(bar.Label);
        var slotX = bar.X - (chart.Slot - bar.Width) / 2;
        svg.Empty("rect", ("class", "hit"), ("x", slotX), ("y", YearChart.Top - 16), ("width", chart.Slot),
            ("height", YearChart.PlotHeight + 16 + YearChart.AxisHeight));
        svg.Empty("rect", ("class", "column"), ("x", bar.X), ("y", bar.Y), ("width", bar.Width), ("height", bar.Height));
        if (bar.ShowCount)
        {
            svg.Label(bar.Value, bar.X + bar.Width / 2, bar.Y - 4, "value", "middle");
        }
        if (tick is not null)
        {
            svg.Label(chart.Axis.Tick(bar.Year), bar.X + bar.Width / 2, labelY, tick.Minor ? "year minor" : "year", "middle");
        }
        svg.Close("a");
    }
}
