using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SmartReader;

namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>
/// The element holding the article's main text. SmartReader (the .NET port of Mozilla's Readability) scores the
/// page's paragraphs by text and comma density, link density and class/id hints, climbs to their best common
/// ancestor, keeps its siblings of kindred score, and removes what Readability removes from an article (share rows,
/// related lists, comments, forms). It scored better on the development set than our first scorer did (README).
/// </summary>
internal static class MainContent
{
    // Readability needs a URL to resolve links against; the extractor never fetches anything.
    private const string NoUrl = "https://article.invalid/";

    private const int MinArticleChars = 500;

    // More elements than article pages have: Readability's cost grows faster than linearly, so such a page is read whole.
    private const int MaxElements = 30_000;

    /// <summary>The article's HTML as a fragment root, or null when the page holds no article Readability can find.</summary>
    public static IElement? Find(IHtmlDocument document)
    {
        var reader = new Reader(NoUrl, document)
        {
            Debug = false,
            Logging = ReportLevel.Issue,
            ContinueIfNotReadable = true,
            CharThreshold = 250,
            DisableJSONLD = true,
            MaxElemsToParse = MaxElements,
        };
        Article article;
        // Readability is quadratic on some shapes (tens of thousands of sibling elements): the budget cancels it.
        using var cancel = new CancellationTokenSource(ExtractionBudget.Remaining);
        try
        {
            article = reader.GetArticleAsync(cancel.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // The budget is spent: Check throws the timeout; a timer that fired a moment early leaves the linear fallback.
            ExtractionBudget.Check();
            return null;
        }
        // SmartReader throws on some malformed pages; the page then falls back to its body, as when no article is found.
        catch (Exception e) when (e is not ExtractionTimeoutException)
        {
            return null;
        }
        ExtractionBudget.Check();
        if (!article.Completed || string.IsNullOrWhiteSpace(article.Content))
        {
            return null;
        }
        var fragment = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!doctype html><html><body>" + article.Content + "</body></html>");
        return fragment.Body;
    }

    /// <summary>The page's body without what pages wrap around an article: the fallback when no article is found.</summary>
    public static IElement? Body(IHtmlDocument document)
    {
        foreach (var junk in document.QuerySelectorAll("nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo]").ToList())
        {
            ExtractionBudget.Check();
            junk.Remove();
        }
        // An article or main element is the article only when it holds text; pages also mark teasers as <article>.
        return document.QuerySelectorAll("article, main").FirstOrDefault(e => e.TextContent.Length >= MinArticleChars) ?? document.Body;
    }
}
