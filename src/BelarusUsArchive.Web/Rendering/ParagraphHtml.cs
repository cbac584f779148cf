using System.Text;
using System.Text.Encodings.Web;
using BelarusUsArchive.Web.Features.Articles;
using Microsoft.AspNetCore.Html;

namespace BelarusUsArchive.Web.Rendering;

/// <summary>A paragraph's text, encoded, with the source's footnote references as superscript links.</summary>
public static class ParagraphHtml
{
    public static IHtmlContent Render(ParagraphView paragraph, ISet<string> noteLabels)
    {
        var html = new StringBuilder();
        var last = 0;
        foreach (var note in paragraph.Notes.Where(n => n.Offset <= paragraph.Text.Length).OrderBy(n => n.Offset))
        {
            html.Append(HtmlEncoder.Default.Encode(paragraph.Text[last..note.Offset]));
            var label = HtmlEncoder.Default.Encode(note.Label);
            html.Append(noteLabels.Contains(note.Label)
                ? $"<sup class=\"fn\"><a href=\"#note-{label}\" aria-label=\"Note {label}\">{label}</a></sup>"
                : $"<sup class=\"fn\" title=\"Note {label} of the source (its text was not in the copy)\">{label}</sup>");
            last = note.Offset;
        }
        html.Append(HtmlEncoder.Default.Encode(paragraph.Text[last..]));
        return new HtmlString(html.ToString());
    }

    /// <summary>The label a note paragraph starts with ("1. Foreign Policy…" → "1").</summary>
    public static string? NoteLabel(string text)
    {
        var digits = new string([.. text.TakeWhile(char.IsAsciiDigit)]);
        return digits.Length is > 0 and <= 3 ? digits : null;
    }
}
