using System.Text;
using AngleSharp.Dom;

namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>
/// The typed blocks of an element: headings, paragraphs, list items, quotations, captions and notes, in reading order.
/// The walk is iterative (an explicit stack), so no depth of markup can overflow the call stack.
/// </summary>
internal static class HtmlBlocks
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "button", "select", "option", "textarea", "input",
        "iframe", "object", "embed", "canvas", "audio", "video", "map", "head", "title", "meta", "link",
    };

    // Elements that begin and end a block of text; inline elements between them join into one block.
    private static readonly HashSet<string> BlockLevel = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "figure", "figcaption",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "address", "details", "summary", "form", "fieldset", "legend",
        "center", "hgroup", "body", "html",
    };

    public static List<Block> Read(IElement root)
    {
        var walk = new Walk();
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            ExtractionBudget.Check();
            var (node, leaving) = stack.Pop();
            if (node is IText text)
            {
                walk.Append(text.Data);
                continue;
            }
            if (node is not IElement element)
            {
                continue;
            }
            if (leaving)
            {
                walk.Leave(element);
                continue;
            }
            if (Skipped.Contains(element.LocalName) || Hidden(element))
            {
                continue;
            }
            if (walk.Enter(element))
            {
                continue;
            }
            stack.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }
        walk.Flush();
        return walk.Blocks;
    }

    public static bool Hidden(IElement e)
    {
        if (e.HasAttribute("hidden") || string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var style = e.GetAttribute("style");
        return style is not null && style.Replace(" ", "", StringComparison.Ordinal) is var s
            && (s.Contains("display:none", StringComparison.OrdinalIgnoreCase) || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The kind an element gives the text inside it, or null for an element that types nothing.</summary>
    public static BlockKind? KindOf(IElement e) => e.LocalName switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dt" or "dd" => IsNote(e) ? BlockKind.Note : BlockKind.ListItem,
        "blockquote" => BlockKind.Quote,
        "figcaption" or "caption" => BlockKind.Caption,
        _ => IsNote(e) ? BlockKind.Note : null,
    };

    private static bool IsNote(IElement e)
    {
        var role = e.GetAttribute("role");
        if (role is "doc-endnote" or "doc-footnote" or "doc-endnotes" or "note")
        {
            return true;
        }
        var id = e.Id ?? "";
        var cls = e.ClassName ?? "";
        return ContainsNoteWord(id) || ContainsNoteWord(cls);
    }

    private static bool ContainsNoteWord(string s) =>
        s.Contains("footnote", StringComparison.OrdinalIgnoreCase) || s.Contains("endnote", StringComparison.OrdinalIgnoreCase);

    private sealed class Walk
    {
        private readonly StringBuilder _text = new();
        private readonly List<FootnoteRef> _notes = [];
        private readonly List<BlockKind> _kinds = [];
        private bool _space;

        public List<Block> Blocks { get; } = [];

        public void Append(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    _space = _text.Length > 0;
                    continue;
                }
                if (_space)
                {
                    _text.Append(' ');
                    _space = false;
                }
                _text.Append(c);
            }
        }

        /// <summary>Opens an element; true when it was consumed whole (a footnote marker).</summary>
        public bool Enter(IElement e)
        {
            if (e.LocalName == "sup" && FootnoteLabel(e.TextContent) is { } label && _text.Length > 0)
            {
                _notes.Add(new FootnoteRef(_text.Length, label));
                return true;
            }
            if (BlockLevel.Contains(e.LocalName))
            {
                Flush();
            }
            if (KindOf(e) is { } kind)
            {
                _kinds.Add(kind);
            }
            return false;
        }

        public void Leave(IElement e)
        {
            if (BlockLevel.Contains(e.LocalName))
            {
                Flush();
            }
            if (KindOf(e) is not null && _kinds.Count > 0)
            {
                _kinds.RemoveAt(_kinds.Count - 1);
            }
        }

        public void Flush()
        {
            var text = _text.ToString().Trim();
            if (text.Length > 0)
            {
                var kind = _kinds.Count > 0 ? Innermost() : BlockKind.Paragraph;
                Blocks.Add(new Block(kind, text, kind is BlockKind.Heading or BlockKind.Note ? [] : [.. _notes]));
            }
            _text.Clear();
            _notes.Clear();
            _space = false;
        }

        // A note or caption anywhere above wins over a list item or paragraph inside it.
        private BlockKind Innermost() =>
            _kinds.Contains(BlockKind.Note) ? BlockKind.Note
            : _kinds.Contains(BlockKind.Caption) ? BlockKind.Caption
            : _kinds[^1];

        private static string? FootnoteLabel(string text)
        {
            var t = text.Trim().Trim('[', ']', '(', ')');
            return t.Length is > 0 and <= 3 && t.All(char.IsAsciiDigit) ? t : null;
        }
    }
}
