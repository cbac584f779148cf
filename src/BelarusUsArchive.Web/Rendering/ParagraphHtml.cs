using System.Text;
using System.Text.Encodings.Web;
using BelarusUsArchive.Web.Features.Articles;
using Microsoft.AspNetCore.Html;

namespace BelarusUsArchive.Web.Rendering;

/// <summary>
/// A paragraph's text, encoded, with its mentions of people as links to them, the source's footnote references as
/// superscript links, and the passages editors' notes quote highlighted, each followed by links to its notes.
/// </summary>
public static class ParagraphHtml
{
    // At one offset: closing a name's link, then closing a highlight and its note links, a footnote, opening a
    // highlight, opening a name's link — so that a highlight (widened to whole names) always holds the links it covers.
    private const int CloseMention = 0, ClosePassage = 1, Footnote = 2, OpenPassage = 3, OpenMention = 4;

    public static IHtmlContent Render(ParagraphView paragraph, ISet<string> noteLabels, IReadOnlyList<Passage>? passages = null)
    {
        var text = paragraph.Text;
        // Everything inserted is keyed by offset; mentions never overlap each other, notes sit between words.
        var inserts = new SortedDictionary<int, List<(int Order, string Html)>>();
        void Insert(int at, int order, string html)
        {
            if (!inserts.TryGetValue(at, out var list))
            {
                inserts[at] = list = [];
            }
            list.Add((order, html));
        }
        foreach (var passage in passages ?? [])
        {
            Insert(passage.Start, OpenPassage, $"<mark class=\"passage\" id=\"{passage.Anchor}\">");
            Insert(passage.End, ClosePassage, "</mark>" + string.Concat(passage.NoteIds.Select(id =>
                $"<sup class=\"anno\"><a href=\"#c{id}\" aria-label=\"Editor's note {id} on this passage\">note</a></sup>")));
        }
        var lastEnd = -1;
        foreach (var m in paragraph.Mentions.Where(m => m.Offset >= 0 && m.Offset + m.Length <= text.Length))
        {
            if (m.Offset < lastEnd)
            {
                continue;
            }
            Insert(m.Offset, OpenMention, $"<a class=\"mention\" href=\"/people/{HtmlEncoder.Default.Encode(m.PersonSlug)}\">");
            Insert(m.Offset + m.Length, CloseMention, "</a>");
            lastEnd = m.Offset + m.Length;
        }
        foreach (var note in paragraph.Notes.Where(n => n.Offset <= text.Length))
        {
            var label = HtmlEncoder.Default.Encode(note.Label);
            Insert(note.Offset, Footnote, noteLabels.Contains(note.Label)
                ? $"<sup class=\"fn\"><a href=\"#note-{label}\" aria-label=\"Note {label}\">{label}</a></sup>"
                : $"<sup class=\"fn\" title=\"Note {label} of the source (its text was not in the copy)\">{label}</sup>");
        }
        var html = new StringBuilder();
        var last = 0;
        foreach (var (at, pieces) in inserts)
        {
            html.Append(HtmlEncoder.Default.Encode(text[last..at]));
            foreach (var piece in pieces.OrderBy(p => p.Order))
            {
                html.Append(piece.Html);
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
