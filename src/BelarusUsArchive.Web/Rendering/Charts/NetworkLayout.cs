namespace BelarusUsArchive.Web.Rendering.Charts;

public sealed record NetworkNode(int Id, string Slug, string Name, int Articles);

/// <summary>Two people (A &lt; B by id) and the number of articles that mention both.</summary>
public sealed record NetworkEdge(int A, int B, int Shared);

/// <summary>A node's place: its centre, its radius, and its label along the radius (rotated by Angle degrees).</summary>
public sealed record PlacedNode(NetworkNode Node, double X, double Y, double Radius, double LabelX, double LabelY, double Angle, string Anchor, bool Focus);

public sealed record PlacedEdge(NetworkEdge Edge, double X1, double Y1, double X2, double Y2, double StrokeWidth, bool FromFocus);

/// <summary>
/// A deterministic circular layout: the same network always gives the same picture. People are
/// ordered round the circle so that those who share articles sit side by side (greedily: next is
/// whoever shares most with the last few placed, ties by name), which turns each article's group of
/// people into a visible arc; a focused person sits in the centre. Labels run outward along the radius.
/// </summary>
public sealed class NetworkLayout
{
    public const double LabelRoom = 200;
    private const int Window = 3;

    private NetworkLayout(IReadOnlyList<PlacedNode> nodes, IReadOnlyList<PlacedEdge> edges, double size)
    {
        Nodes = nodes;
        Edges = edges;
        Size = size;
    }

    /// <summary>Nodes in their order round the circle (the focus first): also the keyboard's order.</summary>
    public IReadOnlyList<PlacedNode> Nodes { get; }
    public IReadOnlyList<PlacedEdge> Edges { get; }

    /// <summary>Width and height of the square viewBox.</summary>
    public double Size { get; }

    public static NetworkLayout Circle(IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkEdge> edges, int? focusId = null)
    {
        var focus = nodes.FirstOrDefault(n => n.Id == focusId);
        var ring = Order(nodes.Where(n => n != focus).ToList(), edges);
        var radius = Math.Max(110, ring.Count * 44 / (2 * Math.PI));
        var size = 2 * (radius + LabelRoom);
        var centre = size / 2;
        var maxArticles = Math.Max(1, nodes.Count == 0 ? 1 : nodes.Max(n => n.Articles));
        double R(NetworkNode n) => 4 + 8 * Math.Sqrt((double)n.Articles / maxArticles);

        var placed = new List<PlacedNode>();
        if (focus is not null)
        {
            placed.Add(new PlacedNode(focus, centre, centre, R(focus), centre, centre + R(focus) + 16, 0, "middle", true));
        }
        for (var i = 0; i < ring.Count; i++)
        {
            var theta = -Math.PI / 2 + 2 * Math.PI * i / ring.Count;
            var (cos, sin) = (Math.Cos(theta), Math.Sin(theta));
            var r = R(ring[i]);
            var (x, y) = (centre + radius * cos, centre + radius * sin);
            var degrees = theta * 180 / Math.PI;
            var left = cos < -1e-9;
            // Text on the left half is turned half a circle so that it never reads upside down.
            placed.Add(new PlacedNode(ring[i], x, y, r, x + (r + 6) * cos, y + (r + 6) * sin,
                left ? degrees + 180 : degrees, left ? "end" : "start", false));
        }

        var at = placed.ToDictionary(p => p.Node.Id);
        var maxShared = edges.Count == 0 ? 1 : edges.Max(e => e.Shared);
        var lines = edges.Where(e => at.ContainsKey(e.A) && at.ContainsKey(e.B))
            .OrderBy(e => e.Shared).ThenBy(e => e.A).ThenBy(e => e.B)
            .Select(e => new PlacedEdge(e, at[e.A].X, at[e.A].Y, at[e.B].X, at[e.B].Y,
                1 + 4 * (e.Shared - 1) / (double)Math.Max(1, maxShared - 1), e.A == focusId || e.B == focusId))
            .ToList();
        return new NetworkLayout(placed, lines, size);
    }

    /// <summary>The ring's order: start with whoever shares most overall, then keep the closest company together.</summary>
    internal static List<NetworkNode> Order(List<NetworkNode> nodes, IReadOnlyList<NetworkEdge> edges)
    {
        var weight = new Dictionary<(int, int), int>();
        foreach (var e in edges)
        {
            weight[(e.A, e.B)] = e.Shared;
            weight[(e.B, e.A)] = e.Shared;
        }
        int W(NetworkNode a, NetworkNode b) => weight.GetValueOrDefault((a.Id, b.Id));
        var strength = nodes.ToDictionary(n => n.Id, n => nodes.Sum(m => W(n, m)));
        var left = nodes.OrderByDescending(n => strength[n.Id]).ThenBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.Id).ToList();
        var order = new List<NetworkNode>();
        while (left.Count > 0)
        {
            var recent = order.TakeLast(Window).ToList();
            var next = left.OrderByDescending(n => recent.Select((r, i) => W(n, r) * (i + 1)).Sum())
                .ThenByDescending(n => strength[n.Id]).ThenBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.Id).First();
            order.Add(next);
            left.Remove(next);
        }
        return order;
    }
}
