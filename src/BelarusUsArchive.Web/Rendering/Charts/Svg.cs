using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace BelarusUsArchive.Web.Rendering.Charts;

/// <summary>
/// Writes inline SVG markup with every text and attribute value HTML-encoded, numbers in invariant
/// culture and no style attributes (presentation comes from classes in site.css, so a strict CSP holds).
/// Razor cannot write SVG &lt;text&gt; itself, which is why the charts are written here.
/// </summary>
public sealed class Svg
{
    private readonly StringBuilder _out = new();

    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string E(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>An opening tag; attributes whose value is null are left out, numbers are formatted.</summary>
    public Svg Open(string tag, params (string Name, object? Value)[] attributes) => Tag(tag, attributes, selfClose: false);

    public Svg Empty(string tag, params (string Name, object? Value)[] attributes) => Tag(tag, attributes, selfClose: true);

    public Svg Close(string tag)
    {
        _out.Append("</").Append(tag).Append('>');
        return this;
    }

    public Svg Text(string text)
    {
        _out.Append(E(text));
        return this;
    }

    /// <summary>A &lt;title&gt;: the tooltip a pointer shows over the element.</summary>
    public Svg Title(string text) => Open("title").Text(text).Close("title");

    public Svg Label(string text, double x, double y, string cssClass, string? anchor = null) =>
        Open("text", ("x", x), ("y", y), ("class", cssClass), ("text-anchor", anchor)).Text(text).Close("text");

    public IHtmlContent ToHtml() => new HtmlString(_out.ToString());

    private Svg Tag(string tag, (string Name, object? Value)[] attributes, bool selfClose)
    {
        _out.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }
            var text = value switch
            {
                double d => N(d),
                int i => i.ToString(CultureInfo.InvariantCulture),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
            };
            _out.Append(' ').Append(name).Append("=\"").Append(E(text)).Append('"');
        }
        _out.Append(selfClose ? "></" + tag + ">" : ">");
        return this;
    }
}
