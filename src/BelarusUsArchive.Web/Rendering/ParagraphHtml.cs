using System.Text;
using System.Text.Encodings.Web;
using BelarusUsArchive.Web.Features.Articles;
using Microsoft.AspNetCore.Html;

namespace BelarusUsArchive.Web.Rendering;

/// <summary>
/// A paragraph's text, encoded, with its mentions of people as links to them and the source's
/// footnote references as superscript links.
/// </summary>
public static class ParagraphHtml
{
    public static IHtmlContent Render(ParagraphView paragraph, ISet<string> noteLabels)
    {
        var text = paragraph.Text;
        // Everything inserted is keyed by offset; mentions never overlap each other, notes sit between words.
        var inserts = new SortedDictionary<int, List<string>>();
        void Insert(int at, string html)
        {
            if (!inserts.TryGetValue(at, out var list))
            {
                inserts[at] = list = [];
            }
            list.Add(html);
        }
        var lastEnd = -1;
        foreach (var m in paragraph.Mentions.Where(m => m.Offset >= 0 && m.Offset + m.Length <= text.Length))
        {
            if (m.Offset < lastEnd)
            {
                continue;
            }
            Insert(m.Offset, $"<a class=\"mention\" href=\"/people/{HtmlEncoder.Default.Encode(m.PersonSlug)}\">");
            Insert(m.Offset + m.Length, "</a>");
            lastEnd = m.Offset + m.Length;
        }
        foreach (var note in paragraph.Notes.Where(n => n.Offset <= text.Length))
        {
            var label = HtmlEncoder.Default.Encode(note.Label);
            Insert(note.Offset, noteLabels.Contains(note.Label)
                ? $"<sup class=\"fn\"><a href=\"#note-{label}\" aria-label=\"Note {label}\">{label}</a></sup>"
                : $"<sup class=\"fn\" title=\"Note {label} of the source (its text was not in the copy)\">{label}</sup>");
        }
        var html = new StringBuilder();
        var last = 0;
        foreach (var (at, pieces) in inserts)
        {
            html.Append(HtmlEncoder.Default.Encode(text[last..at]));
            // Closing tags first, so a mention that ends where another begins stays well nested.
            foreach (var piece in pieces.OrderBy(p => p.StartsWith("</", StringComparison.Ordinal) ? 0 : 1))
            {
                html.Append(piece);
            }
            last = at;
        }
        html.Append(HtmlEncoder.Default.Encode(text[last..]));
        return new HtmlString(html.ToString());
    }

    /// <summary>The label a note paragraph starts with ("1. Foreign Policy…" → "1").</summary>
    public static string? NoteLabel(string text)
    {
        var digits = new string([.. text.TakeWhile(char.IsAsciiDigit)]);
        return digits.Length is > 0 and <= 3 ? digits : null;
    }
}
