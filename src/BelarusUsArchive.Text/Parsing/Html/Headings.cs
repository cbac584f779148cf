using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>
/// A heading's text as its headline: without the kicker, overline or section label that sites put inside the
/// <c>h1</c> in an element of its own ("dachzeile", "kicker", "overline", "eyebrow", "topline"), and with its parts
/// spaced where the markup separates them.
/// </summary>
internal static partial class Headings
{
    [GeneratedRegex(@"kicker|dachzeile|spitzmarke|overline|topline|roofline|eyebrow|supertitle|pretitle|over-title|overtitle|headline-intro|rubric|category|label", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex KickerClass();

    /// <summary>How many nodes of a heading are read: headings are short; a page that puts its body in one is not.</summary>
    private const int MaxNodes = 500;

    public static string Text(IElement heading)
    {
        var text = new StringBuilder();
        var pending = new Stack<INode>();
        pending.Push(heading);
        var seen = 0;
        while (pending.Count > 0 && seen++ < MaxNodes)
        {
            var node = pending.Pop();
            if (node is IText t)
            {
                text.Append(t.Data);
                continue;
            }
            if (node is IElement e && e != heading)
            {
                if (KickerClass().IsMatch(e.ClassName ?? "") && HasOtherText(heading, e))
                {
                    continue;
                }
                text.Append(' ');
            }
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push(child);
            }
        }
        return HtmlMetadata.Collapse(text.ToString());
    }

    // A kicker is dropped only when the heading says something else besides it.
    private static bool HasOtherText(IElement heading, IElement kicker)
    {
        var kickerText = kicker.TextContent;
        return !string.IsNullOrWhiteSpace(kickerText)
            && !string.IsNullOrWhiteSpace(heading.TextContent.Replace(kickerText, "", StringComparison.Ordinal));
    }
}
