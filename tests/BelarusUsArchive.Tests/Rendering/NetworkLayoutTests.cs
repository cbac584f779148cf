using BelarusUsArchive.Web.Rendering.Charts;

namespace BelarusUsArchive.Tests.Rendering;

public class NetworkLayoutTests
{
    // Two articles: one names Ann, Bob and Cy; the other Dan, Eve and Fay; Cy and Dan are in both.
    private static readonly NetworkNode[] People =
    [
        new(1, "ann", "Ann", 1), new(2, "bob", "Bob", 1), new(3, "cy", "Cy", 2),
        new(4, "dan", "Dan", 2), new(5, "eve", "Eve", 1), new(6, "fay", "Fay", 1),
    ];

    private static readonly NetworkEdge[] Pairs =
    [
        new(1, 2, 1), new(1, 3, 1), new(2, 3, 1), new(3, 4, 2),
        new(4, 5, 1), new(4, 6, 1), new(5, 6, 1), new(3, 5, 1), new(3, 6, 1), new(1, 4, 1), new(2, 4, 1),
    ];

    [Fact]
    public void The_same_network_is_always_laid_out_the_same_whatever_order_it_comes_in()
    {
        var first = NetworkLayout.Circle(People, Pairs);
        var shuffled = NetworkLayout.Circle([.. People.Reverse()], [.. Pairs.OrderBy(p => p.B).ThenByDescending(p => p.A)]);

        Assert.Equal(first.Nodes.Select(n => (n.Node.Id, n.X, n.Y)), shuffled.Nodes.Select(n => (n.Node.Id, n.X, n.Y)));
        Assert.Equal(first.Edges.Select(e => (e.X1, e.Y1, e.X2, e.Y2)), shuffled.Edges.Select(e => (e.X1, e.Y1, e.X2, e.Y2)));
    }

    [Fact]
    public void Everyone_sits_on_one_circle_inside_the_picture_with_room_for_their_names()
    {
        var layout = NetworkLayout.Circle(People, Pairs);
        var centre = layout.Size / 2;
        var radii = layout.Nodes.Select(n => Math.Sqrt(Math.Pow(n.X - centre, 2) + Math.Pow(n.Y - centre, 2))).ToList();

        Assert.All(radii, r => Assert.Equal(radii[0], r, 6));
        Assert.All(layout.Nodes, n => Assert.InRange(n.X, NetworkLayout.LabelRoom, layout.Size - NetworkLayout.LabelRoom));
        Assert.Equal(People.Length, layout.Nodes.Select(n => (Math.Round(n.X), Math.Round(n.Y))).Distinct().Count());
        Assert.All(layout.Nodes.Where(n => n.X < centre - 1), n => Assert.Equal("end", n.Anchor));
    }

    [Fact]
    public void People_of_the_same_article_sit_side_by_side_round_the_circle()
    {
        var order = NetworkLayout.Order([.. People], Pairs).Select(n => n.Name).ToList();

        // Cy and Dan share most, so they lead; each article's others follow their own group.
        Assert.Equal(["Cy", "Dan"], order.Take(2));
        Assert.Equal(["Ann", "Bob", "Eve", "Fay"], order.Skip(2).Order());
        var ab = new[] { order.IndexOf("Ann"), order.IndexOf("Bob") };
        var ef = new[] { order.IndexOf("Eve"), order.IndexOf("Fay") };
        Assert.Equal(1, Math.Abs(ab[0] - ab[1]));
        Assert.Equal(1, Math.Abs(ef[0] - ef[1]));
    }

    [Fact]
    public void A_focused_person_is_in_the_centre_and_their_lines_are_told_apart_and_thicker_for_more_shared_articles()
    {
        var layout = NetworkLayout.Circle(People, Pairs, focusId: 3);

        var focus = layout.Nodes[0];
        Assert.True(focus.Focus);
        Assert.Equal((layout.Size / 2, layout.Size / 2), (focus.X, focus.Y));
        Assert.Equal(Pairs.Count(p => p.A == 3 || p.B == 3), layout.Edges.Count(e => e.FromFocus));
        var strong = layout.Edges.Single(e => e.Edge is { A: 3, B: 4 });
        Assert.All(layout.Edges.Where(e => e != strong), e => Assert.True(e.StrokeWidth < strong.StrokeWidth));
    }
}
