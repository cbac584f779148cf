using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>
/// The elements of the markup that hold the article's byline, most specific first: <c>rel=author</c> and
/// <c>itemprop=author</c>; then a class naming the author's name or the byline; then any class or id naming an
/// author, writer or poster (trafilatura's order). Elements inside readers' comments, sidebars, widgets, related lists,
/// hidden blocks and forms name other people, and are passed over.
/// </summary>
internal static partial class BylineElements
{
    /// <summary>How many candidate elements of one tier are looked at.</summary>
    private const int MaxCandidates = 40;

    /// <summary>The longest byline text read (a byline's name part; longer is a biography).</summary>
    private const int MaxBylineLength = 80;

    /// <summary>How many ancestors are looked at for a comment list or sidebar around a candidate.</summary>
    private const int MaxAncestors = 30;

    private static readonly (string Selector, string Source)[] Tiers =
    [
        ("[rel~=author], [itemprop~=author]", "rel=author, itemprop=author"),
        ("[class*=author-name i], [class*=authorname i], [class*=author_name i], [class*=byline i], [class~=author]", "byline element"),
        ("[class*=author i], [id*=author i], [class*=writer i], [class*=posted-by i], [class*=submitted-by i]", "author element"),
    ];

    // Class or id words of the blocks around other people's names: readers' comments, sidebars and widgets, related
    // and recommended lists, hidden blocks (not "widget": Blogger wraps the whole post in one).
    [GeneratedRegex(@"(?:^|[\s_-])(?:comment|comments|commentlist|comment-list|sidebar|related|recommended|is-hidden|modal|overlay)(?:$|[\s_-])", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex OtherPeopleBlock();

    // Where the name ends in a byline that goes on with a date or a second field ("Von A am 21. April", "By A - 5 min").
    [GeneratedRegex(@"\s(?:[|•·/]|[-–—]\s|am\s|on\s|le\s|el\s|il\s|\d)", RegexOptions.NonBacktracking)]
    private static partial Regex BylineEnd();

    private static readonly HashSet<string> NoText = new(StringComparer.OrdinalIgnoreCase)
    {
        "input", "label", "textarea", "select", "button", "form", "img", "svg", "symbol", "script", "style", "noscript", "time", "figure", "link",
    };

    /// <summary>Per tier, the byline texts of its elements outside comments and sidebars, in document order.</summary>
    public static IEnumerable<(IReadOnlyList<string> Texts, string Source)> Read(IDocument document)
    {
        var headline = document.QuerySelector("h1");
        foreach (var (selector, source) in Tiers)
        {
            var texts = new List<string>();
            foreach (var element in document.QuerySelectorAll(selector).Where(e => !NoText.Contains(e.LocalName)).Take(MaxCandidates))
            {
                ExtractionBudget.Check();
                if (!AmongOtherPeople(element, headline) && TextOf(element) is { Length: > 0 } text)
                {
                    texts.Add(text);
                }
            }
            yield return (texts, source);
        }
    }

    // A block that holds the headline is the article's, whatever its class says (sites class their content area
    // "sidebar" or "has-comments").
    internal static bool AmongOtherPeople(IElement element, IElement? headline)
    {
        var steps = 0;
        for (var e = element; e is not null && e.LocalName is not ("body" or "html") && steps < MaxAncestors; e = e.ParentElement, steps++)
        {
            if ((OtherPeopleBlock().IsMatch(e.ClassName ?? "") || OtherPeopleBlock().IsMatch(e.Id ?? "") || e.HasAttribute("hidden"))
                && (headline is null || !e.Contains(headline)))
            {
                return true;
            }
        }
        return false;
    }

    // A link to the author's page ("/author/jane-doe", "/autoren/doe-jane", rel=author), not to a profile elsewhere.
    private static bool ToAuthorPage(IElement link) =>
        (link.GetAttribute("rel") ?? "").Contains("author", StringComparison.OrdinalIgnoreCase)
        || (link.GetAttribute("href") ?? "").Contains("author", StringComparison.OrdinalIgnoreCase)
        || (link.GetAttribute("href") ?? "").Contains("autor", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The name part of a byline element: the names it links to (author pages) when it links, else its text up to a
    /// date or a separator; a <c>meta</c> gives its content, an <c>itemprop=author</c> its <c>itemprop=name</c>.
    /// </summary>
    private static string TextOf(IElement element)
    {
        if (element.LocalName == "meta")
        {
            return HtmlMetadata.Collapse(element.GetAttribute("content") ?? "");
        }
        if (element.QuerySelector("[itemprop~=name]") is { } named)
        {
            return HtmlMetadata.Collapse(named.TextContent);
        }
        var links = element.QuerySelectorAll("a").Where(ToAuthorPage).Select(a => HtmlMetadata.Collapse(a.TextContent)).Where(t => t.Length > 0).Take(4).ToList();
        if (links.Count > 0 && element.LocalName != "a")
        {
            return string.Join(", ", links);
        }
        var text = Headings.Text(element);
        var end = BylineEnd().Match(text);
        var line = end.Success ? text[..end.Index].Trim() : text;
        // Longer text is an author's biography or a teaser, not a byline.
        return line.Length <= MaxBylineLength ? line : "";
    }
}
