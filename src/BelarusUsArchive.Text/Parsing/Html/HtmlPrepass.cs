using System.Text;

namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>
/// A linear pass over the markup before the HTML parser sees it. AngleSharp's tree builder is quadratic in nesting depth
/// (its scope checks walk the stack of open elements: 100,000 nested <c>div</c> take minutes) and recursive after
/// <c>pre</c> (3,000 nested <c>pre</c> overflow the stack), so start tags that would open elements deeper than
/// <see cref="MaxDepth"/> are dropped here, with their end tags; their text stays. Pages with more elements than any
/// article page has are refused with a reason.
/// </summary>
internal static class HtmlPrepass
{
    /// <summary>Real article pages nest well under 60 deep; the cap only bites on hostile or broken markup.</summary>
    public const int MaxDepth = 160;

    public const int MaxElements = 250_000;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "frame", "basefont", "bgsound", "image",
    };

    // Elements whose content is text up to their end tag: no tags inside count.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    // Elements the parser closes when the same element starts again at the top of the stack (<p>a<p>b, <li>a<li>b).
    private static readonly HashSet<string> ClosedBySibling = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp", "thead", "tbody", "tfoot",
    };

    // Start tags that close an open <p> (the HTML parser's "close a p element" set, abridged).
    private static readonly HashSet<string> ClosesP = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p",
        "pre", "section", "summary", "table", "ul", "li", "dd", "dt", "listing",
    };

    /// <summary>The markup with over-deep tags dropped, or the reason the page is refused.</summary>
    public static (string? Html, string? Refusal) Limit(string html)
    {
        var output = new StringBuilder(html.Length);
        var open = new List<string>();
        var foreign = 0;
        var elements = 0;
        var copied = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            ExtractionBudget.Check();
            var tag = Tag.Read(html, i);
            if (tag.Name is null)
            {
                i = tag.End;
                continue;
            }
            var keep = tag.Closing ? Close(open, tag.Name, ref foreign) : Open(open, tag, ref foreign, ref elements);
            if (elements > MaxElements)
            {
                return (null, $"the page has more than {MaxElements:N0} elements, more than any article page; it is refused rather than parsed");
            }
            if (!keep)
            {
                output.Append(html, copied, i - copied);
                copied = tag.End;
            }
            i = tag.End;
            if (!tag.Closing && !tag.SelfClosing && RawText.Contains(tag.Name) && keep)
            {
                // Skip to the element's end tag; the closing tag is read (and popped) by the loop.
                var end = html.IndexOf("</" + tag.Name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
            }
        }
        output.Append(html, copied, html.Length - copied);
        return (output.ToString(), null);
    }

    private static bool Open(List<string> open, Tag tag, ref int foreign, ref int elements)
    {
        elements++;
        var name = tag.Name!;
        if (Void.Contains(name) || (tag.SelfClosing && foreign > 0))
        {
            return true;
        }
        if (open.Count > 0 && ClosedBySibling.Contains(name) && string.Equals(open[^1], name, StringComparison.OrdinalIgnoreCase))
        {
            open.RemoveAt(open.Count - 1);
        }
        if (open.Count > 0 && ClosesP.Contains(name) && string.Equals(open[^1], "p", StringComparison.OrdinalIgnoreCase))
        {
            open.RemoveAt(open.Count - 1);
        }
        if (open.Count >= MaxDepth)
        {
            return false;
        }
        open.Add(name);
        foreign += IsForeign(name) ? 1 : 0;
        return true;
    }

    private static bool Close(List<string> open, string name, ref int foreign)
    {
        // Only the top few entries are searched: a stray end tag far down the stack is left to the parser.
        for (var k = open.Count - 1; k >= 0 && k >= open.Count - MaxDepth; k--)
        {
            if (string.Equals(open[k], name, StringComparison.OrdinalIgnoreCase))
            {
                for (var j = open.Count - 1; j >= k; j--)
                {
                    foreign -= IsForeign(open[j]) ? 1 : 0;
                }
                open.RemoveRange(k, open.Count - k);
                return true;
            }
        }
        // An end tag with nothing open to close: the parser ignores it (</p> and </br> make elements, so they stay).
        return name is "p" or "br";
    }

    private static bool IsForeign(string name) =>
        name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);

    /// <summary>One tag of the markup: its name (null for comments, doctypes and a stray "&lt;") and where it ends.</summary>
    private readonly record struct Tag(string? Name, bool Closing, bool SelfClosing, int End)
    {
        public static Tag Read(string html, int at)
        {
            if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                return new Tag(null, false, false, close < 0 ? html.Length : close + 3);
            }
            var p = at + 1;
            var closing = p < html.Length && html[p] == '/';
            p += closing ? 1 : 0;
            if (p >= html.Length || !char.IsAsciiLetter(html[p]))
            {
                var gt = html[p..Math.Min(html.Length, p + 1)] is "!" or "?" ? html.IndexOf('>', p) : -1;
                return new Tag(null, false, false, gt < 0 ? at + 1 : gt + 1);
            }
            var start = p;
            while (p < html.Length && (char.IsAsciiLetterOrDigit(html[p]) || html[p] is '-' or ':' or '_'))
            {
                p++;
            }
            var name = html[start..p].ToLowerInvariant();
            var end = EndOfTag(html, p);
            var selfClosing = end >= 2 && html[end - 2] == '/';
            return new Tag(name, closing, selfClosing, end);
        }

        // The '>' that ends the tag, outside quoted attribute values.
        private static int EndOfTag(string html, int p)
        {
            char quote = '\0';
            for (; p < html.Length; p++)
            {
                var c = html[p];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'' && html[p - 1] == '=' || c is '"' or '\'' && p >= 2 && html[p - 1] == ' ' && html[p - 2] == '=')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    return p + 1;
                }
            }
            return html.Length;
        }
    }
}
