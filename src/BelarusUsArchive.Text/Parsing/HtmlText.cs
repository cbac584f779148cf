using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// An HTML page saved as text: keeps the article's blocks, one per line, and drops what pages wrap
/// around an article (scripts, navigation, headers, footers, forms, asides).
/// </summary>
public static class HtmlText
{
    /// <summary>How far into a file that opens with a tag its <c>html</c>, <c>head</c> or <c>body</c> tag may come.</summary>
    private const int TagWindow = 65_536;

    private static readonly string[] DocumentTags = ["<!doctype html", "<html", "<head", "<body"];

    /// <summary>
    /// Whether a text is an HTML page: it opens with a doctype or <c>html</c> tag, or, as pages that a server's warnings,
    /// a comment, a script or a style block precede do, it opens with a tag and has the page's own tags further on.
    /// </summary>
    public static bool LooksLikeHtml(string text)
    {
        var trimmed = text.AsSpan().TrimStart().TrimStart('\uFEFF').TrimStart();
        var head = trimmed[..Math.Min(trimmed.Length, 2000)];
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.Contains("<body", StringComparison.OrdinalIgnoreCase) && head.Contains("</", StringComparison.Ordinal)))
        {
            return true;
        }
        if (!trimmed.StartsWith("<"))
        {
            return false;
        }
        var window = trimmed[..Math.Min(trimmed.Length, TagWindow)];
        foreach (var tag in DocumentTags)
        {
            if (HasTag(window, tag))
            {
                return true;
            }
        }
        return false;
    }

    // The tag name followed by white space or the tag's end, so "<header" is not "<head".
    private static bool HasTag(ReadOnlySpan<char> text, string tag)
    {
        for (var at = text.IndexOf(tag, StringComparison.OrdinalIgnoreCase); at >= 0; at = Next(text, tag, at))
        {
            var after = at + tag.Length;
            if (after < text.Length && (char.IsWhiteSpace(text[after]) || text[after] == '>'))
            {
                return true;
            }
        }
        return false;
    }

    private static int Next(ReadOnlySpan<char> text, string tag, int at)
    {
        var rest = text[(at + 1)..].IndexOf(tag, StringComparison.OrdinalIgnoreCase);
        return rest < 0 ? -1 : at + 1 + rest;
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
