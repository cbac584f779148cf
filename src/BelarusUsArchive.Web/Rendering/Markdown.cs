using Ganss.Xss;
using Markdig;

namespace BelarusUsArchive.Web.Rendering;

/// <summary>
/// Commentary Markdown to HTML: one Markdig pipeline (tables, footnotes, auto-links; raw HTML off), then
/// HtmlSanitizer trimmed to what commentary needs, so no script, event handler, style or javascript: URL survives.
/// </summary>
public static class Markdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in new[] { "p", "br", "em", "strong", "a", "ul", "ol", "li", "blockquote", "code", "pre", "table", "thead", "tbody",
                     "tr", "th", "td", "h3", "h4", "h5", "h6", "hr", "sup", "sub", "div", "del" })
        {
            sanitizer.AllowedTags.Add(tag);
        }
        sanitizer.AllowedAttributes.Clear();
        foreach (var attribute in new[] { "href", "title", "id", "class", "align" })
        {
            sanitizer.AllowedAttributes.Add(attribute);
        }
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }
        sanitizer.AllowedClasses.Clear();
        foreach (var cls in new[] { "footnotes", "footnote-ref", "footnote-back-ref" })
        {
            sanitizer.AllowedClasses.Add(cls);
        }
        // Links written by editors open as ordinary links, and never pass the reader's referrer.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement a && a.GetAttribute("href") is { } href && !href.StartsWith('#'))
            {
                a.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        sanitizer.AllowedAttributes.Add("rel");
        return sanitizer;
    }

    /// <summary>What an editor is told when Markdig refuses a text nested deeper than it parses (quotes or lists in each other).</summary>
    public const string TooDeep = "The commentary is nested too deeply (quotes or lists inside each other over a hundred levels): flatten it.";

    public static string ToSafeHtml(string markdown) => Sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown ?? "", Pipeline));

    /// <summary>The safe HTML, or null when Markdig refuses the text (it throws past its nesting limit).</summary>
    public static string? TryToSafeHtml(string markdown)
    {
        try
        {
            return ToSafeHtml(markdown);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
