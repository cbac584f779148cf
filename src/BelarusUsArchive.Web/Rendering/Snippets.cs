namespace BelarusUsArchive.Web.Rendering;

/// <summary>The words around a span of a paragraph, cut at word boundaries, with ellipses where cut.</summary>
public static class Snippets
{
    public static (string Before, string Match, string After) Around(string text, int offset, int length, int radius = 90)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        length = Math.Clamp(length, 0, text.Length - offset);
        var start = Math.Max(0, offset - radius);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < offset ? space + 1 : start;
        }
        var end = Math.Min(text.Length, offset + length + radius);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > offset + length ? space : end;
        }
        return ((start > 0 ? "…" : "") + text[start..offset], text.Substring(offset, length), text[(offset + length)..end] + (end < text.Length ? "…" : ""));
    }

    public static string Plain(string text, int offset, int length, int radius = 90)
    {
        var (before, match, after) = Around(text, offset, length, radius);
        return before + match + after;
    }
}
