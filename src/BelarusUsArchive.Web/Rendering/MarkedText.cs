using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace BelarusUsArchive.Web.Rendering;

/// <summary>
/// Text whose matches the database marked with a pair of private-use sentinels, turned into HTML:
/// the text is encoded first and only then are the sentinels replaced by &lt;mark&gt; tags, so the
/// result holds no tag but <c>mark</c>, always balanced, whatever the text contained.
/// </summary>
public static class MarkedText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>A pair of private-use characters that none of the texts contains, so no text can forge a mark.</summary>
    public static (char Open, char Close) Sentinels(IReadOnlyCollection<string> texts)
    {
        for (var c = '\uE000'; c < '\uF8FE'; c += (char)2)
        {
            var (open, close) = (c, (char)(c + 1));
            if (!texts.Any(t => t.Contains(open, StringComparison.Ordinal) || t.Contains(close, StringComparison.Ordinal)))
            {
                return (open, close);
            }
        }
        throw new InvalidOperationException("Every private-use character occurs in the texts; no sentinel is free.");
    }

    public static string ToHtml(string marked, char open = '\uE000', char close = '\uE001')
    {
        var isOpen = false;
        var html = new StringBuilder(marked.Length + 32);
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != open && marked[i] != close)
            {
                continue;
            }
            html.Append(Encoder.Encode(marked[start..i]));
            start = i + 1;
            if (i == marked.Length)
            {
                break;
            }
            // Even a stray sentinel cannot unbalance the tags: opens and closes alternate.
            if (marked[i] == open && !isOpen)
            {
                html.Append("<mark>");
                isOpen = true;
            }
            else if (marked[i] == close && isOpen)
            {
                html.Append("</mark>");
                isOpen = false;
            }
        }
        return isOpen ? html.Append("</mark>").ToString() : html.ToString();
    }

    /// <summary>The beginning of a text, cut at a word, as HTML: for a hit with no marked passage.</summary>
    public static string Beginning(string text, int length = 200)
    {
        var cut = text.Length <= length ? text : text[..(text.LastIndexOf(' ', length) is > 0 and var space ? space : length)] + "…";
        return Encoder.Encode(cut);
    }
}
