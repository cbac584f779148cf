namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// The one entry to extraction: the decoded text of a file (copied page text, or HTML) becomes a parsed article
/// within a time budget. Everything that imports, previews or measures an article goes through here.
/// </summary>
public static class ArticleExtractor
{
    /// <summary>
    /// The version of the extraction rules. Each stored article keeps the version that made it, and an import
    /// re-extracts every article made by an older one, so a better rule reaches the articles already stored.
    /// Raise it with every change to what extraction produces.
    /// </summary>
    public const int Version = 2;

    /// <summary>The budget an input gets when the caller names none: well above any real page's extraction time.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(2);

    public static ParsedArticle Extract(string text, TimeSpan? budget = null)
    {
        using var _ = ExtractionBudget.Start(budget ?? DefaultBudget);
        return ArticleParser.Parse(text);
    }
}
