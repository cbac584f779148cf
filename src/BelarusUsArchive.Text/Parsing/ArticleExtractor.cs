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
    /// Raise it with every change to what extraction produces — and to the people and events found in it, since
    /// re-extraction is what links a stored article again (9: a plain copy's short last sentences kept; relatives by
    /// given name; "today", "last week" and "the same day" dated; HTML date lines by the headline, dates in the page's
    /// address, bylines printed as text; a byline word inside a headline is no byline; a clean copy's headline below a
    /// site name; 10: HTML titles past a blog's masthead h1, writers from post meta lines, labels, signatures and
    /// copyright lines; copied text's cued byline outside the header, the copyright year as the last date, headlines
    /// looked for further up; events of the past perfect, of irregular pasts and passives, of each dated clause and
    /// relative clause of a sentence, of a detention or tenure begun "since" a date; an interview's narration year
    /// carried by relative dates; 11: copied text's byline under a share row of one-word buttons, among the short lines
    /// opening the text, a login after "Autor:" in a dated meta line or starting like a month's name, an "Interview:"
    /// credit; a question or quotation headline right above the prose;
    /// transcripts' speaker labels as people, "this October", the happening "since 2008, when
    /// …" names, a clause list and an elliptic second complement each their own event, denied acts none;
    /// HTML titles as a whole part of the stated title, without a heading's subtitle or
    /// domain, a masthead named like the page's address passed over; a date line anywhere on the page before inference;
    /// user names with digits as authors).
    /// </summary>
    public const int Version = 11;

    /// <summary>The budget an input gets when the caller names none: well above any real page's extraction time.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(2);

    /// <summary>
    /// One extraction of a small page before the first budget starts: loading the stop-word data and building the
    /// regular expressions take longer than a page's budget once per process, and no file should pay for that.
    /// </summary>
    private static readonly Lazy<bool> Warm = new(() =>
    {
        ArticleParser.Parse("Site\nMenu\nA headline of a page\nBy Jane Doe, 31. Mai 2012\n\n"
            + "This is the first paragraph of the article, and it is long enough to be read as the article's prose by the classifier.\n\nFooter");
        Html.HtmlArticleExtractor.Extract("<!DOCTYPE html><html><head><title>A headline | Site</title></head><body><nav>Menu</nav>"
            + "<article><h1>A headline</h1><p>This is the first paragraph of the article, long enough to be read as its prose.</p></article></body></html>");
        return true;
    });

    /// <param name="decisions">
    /// An editor's keep, drop and retype decisions on lines numbered as <see cref="ParsedArticle.Lines"/> numbers them;
    /// a decision that does not fit the text is refused with <see cref="Html.ExtractionRefusedException"/>.
    /// </param>
    public static ParsedArticle Extract(string text, TimeSpan? budget = null, IReadOnlySet<string>? furniture = null,
        IReadOnlyList<LineDecision>? decisions = null)
    {
        _ = Warm.Value;
        using var scope = ExtractionBudget.Start(budget ?? DefaultBudget);
        // HTML goes through the DOM (structure, metadata, Readability's scoring); copied text through the line parser,
        // which may be told the lines its site repeats on other pages (the import's furniture evidence). The DOM has no
        // lines: its removed lines and blocks are numbered in order, and decisions apply to them after extraction.
        if (!HtmlText.LooksLikeHtml(text))
        {
            return ArticleParser.Parse(text, furniture, decisions);
        }
        var parsed = LineDecisions.Number(Html.HtmlArticleExtractor.Extract(text));
        return decisions is { Count: > 0 } ? LineDecisions.Finish(parsed, decisions, null) : parsed;
    }
}
