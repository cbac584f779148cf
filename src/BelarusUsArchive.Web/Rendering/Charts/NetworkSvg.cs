using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace BelarusUsArchive.Web.Rendering.Charts;

/// <summary>
/// The co-mention network as inline SVG: lines first (thicker for more shared articles), then every
/// person as a link to their page with their name along the radius, in the ring's order so Tab walks
/// round the circle.
/// </summary>
public static class NetworkSvg
{
    public static IHtmlContent Render(NetworkLayout layout, string labelledBy, Func<NetworkNode, string> href)
    {
        var size = layout.Size;
        var svg = new Svg().Open("svg", ("class", "chart network"), ("viewBox", $"0 0 {Svg.N(size)} {Svg.N(size)}"),
            ("width", size), ("height", size), ("role", "group"), ("aria-labelledby", labelledBy));
        var degree = layout.Edges.SelectMany(e => new[] { e.Edge.A, e.Edge.B }).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        // One path per line width keeps a dense network light: a few bytes a pair instead of an element each.
        svg.Open("g", ("class", "edges"), ("aria-hidden", "true"));
        foreach (var group in layout.Edges.GroupBy(e => (Width: Math.Round(e.StrokeWidth * 2) / 2, e.FromFocus)).OrderBy(g => g.Key.FromFocus).ThenBy(g => g.Key.Width))
        {
            var d = string.Join(' ', group.Select(e => $"M{Svg.N(e.X1)} {Svg.N(e.Y1)}L{Svg.N(e.X2)} {Svg.N(e.Y2)}"));
            svg.Empty("path", ("class", group.Key.FromFocus ? "edge from-focus" : "edge"), ("d", d), ("stroke-width", group.Key.Width));
        }
        svg.Close("g");
        foreach (var n in layout.Nodes)
        {
            var articles = n.Node.Articles == 1 ? "1 article" : $"{n.Node.Articles.ToString(CultureInfo.InvariantCulture)} articles";
            var company = degree.GetValueOrDefault(n.Node.Id);
            var label = $"{n.Node.Name}: in {articles}, mentioned with {company} of the people shown";
            // Named by its <title>, which begins with the visible name.
            svg.Open("a", ("href", href(n.Node)), ("class", n.Focus ? "node focus" : "node"))
                .Title(label)
                .Empty("circle", ("cx", n.X), ("cy", n.Y), ("r", n.Radius))
                .Open("text", ("x", n.LabelX), ("y", n.LabelY), ("text-anchor", n.Anchor), ("dominant-baseline", "central"),
                    ("transform", n.Angle == 0 ? null : $"rotate({Svg.N(n.Angle)} {Svg.N(n.LabelX)} {Svg.N(n.LabelY)})"))
                .Text(n.Node.Name).Close("text")
                .Close("a");
        }
        return svg.Close("svg").ToHtml();
    }
}
