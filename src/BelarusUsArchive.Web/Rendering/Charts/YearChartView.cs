namespace BelarusUsArchive.Web.Rendering.Charts;

/// <summary>
/// What the _YearChart partial shows: the chart, its caption (the figure's name) and, unless the page
/// has its own, a table of the same numbers as the text equivalent.
/// </summary>
public sealed record YearChartView(string Id, YearChart Chart, string Caption, bool WithTable = true);
