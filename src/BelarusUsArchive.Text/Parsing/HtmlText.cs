using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// An HTML page saved as text: keeps the article's blocks, one per line, and drops what pages wrap
/// around an article (scripts, navigation, headers, footers, forms, asides).
/// </summary>
public static class HtmlText
{
    public static bool LooksLikeHtml(string text)
    {
        var head = text.TrimStart()[..Math.Min(text.TrimStart().Length, 2000)];
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.Contains("<body", StringComparison.OrdinalIgnoreCase) && head.Contains("</", StringComparison.Ordinal));
    }

    public static string ToPlainText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var junk in document.QuerySelectorAll("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, template"))
        {
            junk.Remove();
        }
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var lines = new List<string>();
        var title = document.QuerySelector("h1")?.TextContent ?? document.Title;
        if (!string.IsNullOrWhiteSpace(title) && root?.QuerySelector("h1") is null)
        {
            lines.Add(Clean(title));
        }
        if (root is not null)
        {
            foreach (var block in root.QuerySelectorAll("h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, time"))
            {
                if (block.ParentElement?.Closest("p, li, blockquote, figcaption") is not null)
                {
                    continue;
                }
                var text = Clean(block.TextContent);
                if (text.Length > 0)
                {
                    lines.Add(block.LocalName == "li" ? "- " + text : text);
                }
            }
        }
        return string.Join("\n\n", lines);
    }

    private static string Clean(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
