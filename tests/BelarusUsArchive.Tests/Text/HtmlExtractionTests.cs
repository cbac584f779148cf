using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// HTML pages in several sites' shapes, written by hand: a news site with JSON-LD, a blog with Open Graph and
/// article meta, a journal page with citation meta, a German portal with only visible markup.
/// </summary>
public sealed class HtmlExtractionTests
{
    private static readonly string Paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
        $"<p>Paragraph {i} of the report says that the negotiations went on for many hours, that the delegations met twice, and that no agreement was signed in the end.</p>"));

    private static string[] Texts(ParsedArticle a, BlockKind kind) => [.. a.Blocks.Where(b => b.Kind == kind).Select(b => b.Text)];

    // These tests are about the rules, not speed (the benchmark measures that): a first call pays for compiling the code.
    private static ParsedArticle Extract(string html) => ArticleExtractor.Extract(html, TimeSpan.FromSeconds(60));

    private static string Body(ParsedArticle a) => string.Join("\n", a.Blocks.Select(b => b.Text));

    [Fact]
    public void A_news_page_with_json_ld_gives_headline_people_publisher_and_day_and_drops_the_menu()
    {
        var html = $$"""
            <!doctype html><html lang="en"><head><title>Talks stall over potash transit | Daily Ledger</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Daily Ledger"},
              {"@type":"NewsArticle","headline":"Talks stall over potash transit",
               "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
               "publisher":{"@type":"Organization","name":"Daily Ledger"},"datePublished":"2021-03-04T08:15:00+01:00"}]}</script>
            </head><body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news and analysis</a></li></ul></nav>
            <article><h1>Talks stall over potash transit</h1>{{Paragraphs}}</article>
            <footer><p>Copyright Daily Ledger Media Group, all rights reserved.</p></footer>
            </body></html>
            """;

        var a = Extract(html);

        Assert.Equal("Talks stall over potash transit", a.Title);
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors.Select(x => x.Name));
        Assert.Equal("Daily Ledger", a.Outlet);
        Assert.Equal("2021-03-04", a.Published?.Edtf);
        Assert.Equal(DateCertainty.Stated, a.Published?.Certainty);
        Assert.Equal("en", a.Language);
        Assert.Contains("Paragraph 6 of the report", Body(a), StringComparison.Ordinal);
        Assert.DoesNotContain("World news and analysis", Body(a), StringComparison.Ordinal);
        Assert.DoesNotContain("all rights reserved", Body(a), StringComparison.Ordinal);
    }

    [Fact]
    public void A_blog_post_gives_its_title_without_the_site_name_author_from_rel_author_and_typed_blocks()
    {
        var html = $$"""
            <!doctype html><html><head><title>Notes from the border crossing – Field Journal</title>
            <meta property="og:site_name" content="Field Journal">
            <meta property="article:published_time" content="2019-11-21T10:00:00Z">
            </head><body><div class="post">
            <h2 class="entry-title">Notes from the border crossing</h2>
            <p class="meta">Posted by <a rel="author" href="/u/anna">Anna Kowalska</a></p>
            <div class="entry-content">{{Paragraphs}}
            <h3>What the drivers said</h3>
            <ul><li>Queues of up to forty hours at the crossing point in the autumn months.</li><li>No water or toilets for the drivers waiting overnight.</li></ul>
            <blockquote><p>We wait, and nobody tells us why the line does not move.</p></blockquote>
            <figure><img src="q.jpg" alt=""><figcaption>Lorries waiting at the crossing point</figcaption></figure>
            {{Paragraphs}}</div></div></body></html>
            """;

        var a = Extract(html);

        Assert.Equal("Notes from the border crossing", a.Title);
        Assert.Equal(["Anna Kowalska"], a.Authors.Select(x => x.Name));
        Assert.Equal("Field Journal", a.Outlet);
        Assert.Equal("2019-11-21", a.Published?.Edtf);
        Assert.Contains("What the drivers said", Texts(a, BlockKind.Heading));
        Assert.Contains("No water or toilets for the drivers waiting overnight.", Texts(a, BlockKind.ListItem));
        Assert.Contains("We wait, and nobody tells us why the line does not move.", Texts(a, BlockKind.Quote));
        Assert.Contains("Lorries waiting at the crossing point", Texts(a, BlockKind.Caption));
    }

    [Fact]
    public void A_journal_page_gives_citation_authors_in_either_name_order_and_the_citation_date()
    {
        var html = $$"""
            <html><head><title>JSTOR-like viewer</title>
            <meta name="citation_title" content="Sanctions and the Belarusian potash trade">
            <meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Richard Roe">
            <meta name="citation_publication_date" content="2018/06/01">
            <meta name="citation_journal_title" content="Journal of Eastern European Studies">
            </head><body><div id="abstract">{{Paragraphs}}<sup>1</sup></div>
            <ol class="footnotes"><li>See the ministry's statement of 3 May 2018.</li></ol></body></html>
            """;

        var a = Extract(html);

        Assert.Equal("Sanctions and the Belarusian potash trade", a.Title);
        Assert.Equal(["Jane Doe", "Richard Roe"], a.Authors.Select(x => x.Name));
        Assert.Equal("Journal of Eastern European Studies", a.Outlet);
        Assert.Equal("2018-06-01", a.Published?.Edtf);
    }

    [Fact]
    public void An_organisation_named_as_author_becomes_the_outlet_not_an_author()
    {
        var html = $$"""
            <html><head><script type="application/ld+json">{"@type":"Article","headline":"Annual statement on the crossing",
            "author":{"@type":"Organization","name":"Border Monitoring Network"},"datePublished":"2022-02-04"}</script></head>
            <body><main><h1>Annual statement on the crossing</h1>{{Paragraphs}}</main></body></html>
            """;

        var a = Extract(html);

        Assert.Empty(a.Authors);
        Assert.Equal("Border Monitoring Network", a.Outlet);
        Assert.Equal("2022-02-04", a.Published?.Edtf);
    }

    [Fact]
    public void A_site_naming_itself_as_author_still_gives_the_writer_its_byline_names()
    {
        // News sites put their own name in the author meta and the writer in a rel=author link by the headline.
        var html = $$"""
            <html><head><meta property="og:site_name" content="Minsk Courier"><meta name="author" content="Minsk Courier">
            <title>Talks resume on the border crossing | Minsk Courier</title></head>
            <body><main><h1>Talks resume on the border crossing</h1>
            <p>Expert <a rel="author" href="/authors/olga-petrova">Olga Petrova</a></p>{{Paragraphs}}</main></body></html>
            """;

        var a = Extract(html);

        Assert.Equal(["Olga Petrova"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void Readers_comments_classed_as_authors_are_not_the_articles_authors()
    {
        var html = $$"""
            <html><head><title>Talks resume on the border crossing</title></head>
            <body><main><h1>Talks resume on the border crossing</h1><p class="author">Olga Petrova</p>{{Paragraphs}}
            <section class="comments"><h2>Comments</h2>
            <div class="comment"><span class="author">Marta Nowak</span><p>Good to hear.</p></div>
            <div class="comment"><span class="author">Peter Klein</span><p>About time.</p></div>
            <div class="comment"><span class="author">Ivan Sidorov</span><p>We will see.</p></div>
            </section></main></body></html>
            """;

        var a = Extract(html);

        Assert.Equal(["Olga Petrova"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_page_with_only_visible_markup_gives_its_h1_a_von_byline_and_its_time_element()
    {
        var html = $$"""
            <!DOCTYPE html><html lang="de-DE"><head><title>Verband | Aktuelles | Startseite</title></head><body>
            <div class="header"><a href="/">Startseite</a> <a href="/aktuelles">Aktuelles</a></div>
            <div class="content"><h1>Neue Regeln für den Grenzverkehr</h1>
            <p class="byline">Von Anna Schmidt</p><time datetime="2022-01-26">26.01.2022</time>
            {{Paragraphs}}</div></body></html>
            """;

        var a = Extract(html);

        Assert.Equal("Neue Regeln für den Grenzverkehr", a.Title);
        Assert.Equal(["Anna Schmidt"], a.Authors.Select(x => x.Name));
        Assert.Equal("2022-01-26", a.Published?.Edtf);
        Assert.Equal("de", a.Language);
    }

    [Fact]
    public void A_json_ld_author_given_by_reference_to_a_person_in_the_graph_is_that_person()
    {
        var html = $$"""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"Article","headline":"Fishing rules change in spring","author":{"@id":"https://example.org/#/person/1"},"datePublished":"2022-01-12"},
              {"@type":["Person","Organization"],"@id":"https://example.org/#/person/1","name":"Christa Hein"}]}</script></head>
            <body><main><h1>Fishing rules change in spring</h1>{{Paragraphs}}</main></body></html>
            """;

        var a = Extract(html);

        Assert.Equal(["Christa Hein"], a.Authors.Select(x => x.Name));
    }

    [Theory]
    [InlineData("Why the talks failed | WIRED", null, "Why the talks failed")]
    [InlineData("Why the talks failed - Daily Ledger", "Daily Ledger", "Why the talks failed")]
    [InlineData("Daily Ledger :: Why the talks failed", "Daily Ledger", "Why the talks failed")]
    [InlineData("Left - right: the long debate", null, "Left - right: the long debate")]
    public void A_title_loses_the_site_part_and_nothing_else(string title, string? site, string expected) =>
        Assert.Equal(expected, BelarusUsArchive.Text.Parsing.Html.HtmlTitles.WithoutSite(title, site));
}
