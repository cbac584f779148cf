using BelarusUsArchive.Web.Rendering.Charts;

namespace BelarusUsArchive.Tests.Rendering;

public class YearChartTests
{
    [Fact]
    public void Years_between_the_first_and_last_are_all_on_the_axis_and_empty_ones_are_not_links()
    {
        var chart = YearChart.Build("article", [new YearValue(2019, 3, "/a?year=2019"), new YearValue(2015, 1, "/a?year=2015")]);

        Assert.Equal([2015, 2016, 2017, 2018, 2019], chart.Bars.Select(b => b.Year));
        Assert.Equal(["/a?year=2015", null, null, null, "/a?year=2019"], chart.Bars.Select(b => b.Href));
        Assert.Equal("2019: 3 articles", chart.Bars[^1].Label);
        Assert.Equal("2015: 1 article", chart.Bars[0].Label);
    }

    [Fact]
    public void Bar_heights_are_proportional_to_the_counts_and_stand_on_one_baseline()
    {
        var chart = YearChart.Build("mention", [new YearValue(2015, 5, "x"), new YearValue(2016, 10, "y"), new YearValue(2017, 20, "z")]);

        Assert.Equal(YearChart.PlotHeight, chart.Bars[2].Height, 3);
        Assert.Equal(chart.Bars[2].Height / 2, chart.Bars[1].Height, 3);
        Assert.Equal(chart.Bars[2].Height / 4, chart.Bars[0].Height, 3);
        Assert.All(chart.Bars, b => Assert.Equal(chart.Baseline, b.Y + b.Height, 3));
        Assert.All(chart.Bars.Zip(chart.Bars.Skip(1)), p => Assert.True(p.First.X + p.First.Width <= p.Second.X, "bars overlap"));
    }

    [Fact]
    public void Only_the_current_year_is_marked_current()
    {
        var chart = YearChart.Build("article", [new YearValue(2015, 1, "a"), new YearValue(2019, 3, "b")], current: 2019);

        Assert.Equal([2019], chart.Bars.Where(b => b.Current).Select(b => b.Year));
    }

    [Fact]
    public void Thirty_years_get_a_label_every_few_years_and_fit_the_same_width_as_five()
    {
        var many = YearChart.Build("article", Enumerable.Range(1995, 30).Select(y => new YearValue(y, 1 + y % 7, "h")));
        var few = YearChart.Build("article", Enumerable.Range(2015, 5).Select(y => new YearValue(y, 1, "h")));

        Assert.InRange(many.Ticks.Count, 5, 16);
        Assert.All(many.Ticks.Zip(many.Ticks.Skip(1)), p => Assert.True(p.Second.X - p.First.X >= 34, "year labels collide"));
        Assert.InRange(many.Width, 400, 520);
        Assert.Equal(5, few.Ticks.Count);
        Assert.True(few.Width < many.Width, "five years are drawn wider than thirty");
    }

    [Fact]
    public void Marks_sit_under_their_year_and_a_crowded_year_ends_in_a_link_to_the_rest()
    {
        var marks = Enumerable.Range(1, 8).Select(i => new YearMarkInput(2019, $"/events/e{i}", $"Event {i}", i % 2 == 0))
            .Append(new YearMarkInput(2006, "/events/old", "Old event", false));
        var chart = YearChart.Build("mention", [new YearValue(2019, 31, "/a")], marks: marks, moreHref: y => $"/events?year={y}");

        Assert.Equal(2006, chart.FirstYear);
        var bar2019 = chart.Bars.Single(b => b.Year == 2019);
        var in2019 = chart.Marks.Where(m => m.Href != "/events/old").ToList();
        Assert.Equal(YearChart.MarkRows - 1, in2019.Count);
        Assert.All(in2019, m => Assert.Equal(bar2019.X + bar2019.Width / 2, m.X, 3));
        Assert.All(chart.Marks, m => Assert.True(m.Y > chart.Baseline && m.Y < chart.Height, "a mark is outside its lane"));
        var more = Assert.Single(chart.More);
        Assert.Equal((2019, 8 - (YearChart.MarkRows - 1), "/events?year=2019"), (more.Year, more.Hidden, more.Href));
    }

    [Fact]
    public void An_empty_series_draws_nothing()
    {
        var chart = YearChart.Build("article", []);

        Assert.Empty(chart.Bars);
        Assert.Empty(chart.Marks);
    }
}
