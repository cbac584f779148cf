using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// Bylines, headlines and page openings in the shapes the development set's real pages use (WordPress and Blogger
/// blogs, news sites with kickers in the h1, pages a server's PHP warnings precede), written small by hand.
/// </summary>
public sealed class HtmlBylineShapesTests
{
    private static readonly string Paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
        $"<p>Paragraph {i} of the post says that the negotiations went on for many hours, that the delegations met twice, and that no agreement was signed in the end.</p>"));

    // These tests are about the rules, not speed (the benchmark measures that): a first call pays for compiling the code.
    private static ParsedArticle Extract(string html) => ArticleExtractor.Extract(html, TimeSpan.FromSeconds(60));

    [Fact]
    public void A_person_whose_blog_carries_their_name_is_still_its_author()
    {
        var html = $$"""
            <!doctype html><html><head><meta property="og:site_name" content="Daniel Lemire's blog">
            <title>Parsing numbers quickly – Daniel Lemire's blog</title></head><body>
            <article><h1>Parsing numbers quickly</h1><span class="byline"><span class="author vcard">
            <span class="screen-reader-text">Author </span><a class="url fn n" href="/blog/author/lemire/">Daniel Lemire</a></span></span>
            {{Paragraphs}}</article></body></html>
            """;

        var a = Extract(html);

        Assert.Equal(["Daniel Lemire"], a.Authors.Select(x => x.Name));
        Assert.Equal("Daniel Lemire's blog", a.Outlet);
    }

    [Fact]
    public void A_site_named_in_its_own_author_meta_is_the_outlet_even_when_the_name_splits_in_two()
    {
        var html = $$"""
            <!doctype html><html><head><meta property="og:site_name" content="Jobs & Hire"><meta name="author" content="Jobs & Hire">
            <title>Better health for America</title></head><body>
            <article><h1>Better health for America</h1>{{Paragraphs}}</article></body></html>
            """;

        var a = Extract(html);

        Assert.Empty(a.Authors);
        Assert.Equal("Jobs & Hire", a.Outlet);
    }

    [Fact]
    public void A_page_that_php_warnings_precede_is_read_as_html()
    {
        var html = $$"""
            <br />
            <b>Warning</b>:  mysql_get_server_info(): Access denied for user ''@'localhost' in <b>/www/plugin.php</b> on line <b>299</b><br />
            <!DOCTYPE html><html lang="de"><head><title>Alles Neue macht der Mai</title></head><body>
            <article><h1>Alles Neue macht der Mai</h1><a href="/author/patrickd/" rel="author">Patrick Danowski</a>{{Paragraphs}}</article>
            </body></html>
            """;

        var a = Extract(html);

        Assert.Equal("Alles Neue macht der Mai", a.Title);
        Assert.Equal(["Patrick Danowski"], a.Authors.Select(x => x.Name));
        Assert.Equal("HTML", a.FieldSources["format"]);
    }

    [Fact]
    public void A_byline_classed_by_the_site_gives_the_name_it_links_and_not_the_date_after_it()
    {
        var html = $$"""
            <!doctype html><html><head><title>Python for data work</title></head><body>
            <article><h1>Python for data work</h1>
            <div class="byline-metadata"><span class="blog-author">By <a href="/tech-blog/author/john-walk">John Walk</a> -</span>
            <time>June 4, 2020</time></div>
            <p class="byline__author">VON <a href="/autoren/walk-john">JOHN WALK</a> am 21. April 2020</p>
            {{Paragraphs}}</article></body></html>
            """;

        var a = Extract(html);

        Assert.Equal(["John Walk"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void Comment_authors_are_passed_over_but_an_article_area_classed_as_a_sidebar_still_names_the_writer()
    {
        // A theme classes its content column "sidebar"; the comment list under the post names readers.
        var html = $$"""
            <!doctype html><html><head><title>Experts in the crisis</title></head><body>
            <div id="comments"><div class="comment-author vcard"><cite class="fn">Josef Lindner</cite></div></div>
            <div class="site-content" id="sidebar"><article><h1>Experts in the crisis</h1>
            <div class="entry-meta"><span class="writer-name">Heiko Sauer</span></div>{{Paragraphs}}</article></div>
            </body></html>
            """;

        var a = Extract(html);

        Assert.Equal(["Heiko Sauer"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_kicker_inside_the_h1_is_not_part_of_the_headline()
    {
        var html = $$"""
            <!doctype html><html><head><title>Daten von Rheinmetall gehackt | tagesschau.de</title>
            <meta property="og:title" content="Daten von Rheinmetall gehackt"></head><body>
            <article><h1><span class="dachzeile">Interne Unterlagen im Netz</span> <span class="headline">Daten von Rheinmetall gehackt</span></h1>
            {{Paragraphs}}</article></body></html>
            """;

        var a = Extract(html);

        Assert.Equal("Daten von Rheinmetall gehackt", a.Title);
    }

    [Fact]
    public void An_empty_kicker_element_in_the_h1_does_not_stop_the_page()
    {
        var html = $$"""
            <!doctype html><html><head><title>Kein Anlass zur Sorge</title></head><body>
            <article><h1><span class="kicker"></span>Kein Anlass zur Sorge</h1>{{Paragraphs}}</article></body></html>
            """;

        var a = Extract(html);

        Assert.Equal("Kein Anlass zur Sorge", a.Title);
    }

    [Fact]
    public void A_heading_that_runs_a_kicker_into_the_stated_title_gives_the_stated_title()
    {
        var html = $$"""
            <!doctype html><html><head><meta property="og:title" content="Große Aufgaben für die neue Regierung">
            </head><body><article><h1>Tunesien <br>Große Aufgaben für die neue Regierung</h1>
            {{Paragraphs}}</article></body></html>
            """;

        var a = Extract(html);

        Assert.Equal("Große Aufgaben für die neue Regierung", a.Title);
    }

    [Fact]
    public void A_date_element_in_the_article_gives_the_day_and_teasers_dates_outside_it_do_not()
    {
        var html = $$"""
            <!doctype html><html lang="de"><head><title>Neue Regeln für den Grenzverkehr</title></head><body>
            <aside><ul><li><span class="teaser-date">16.02.2022</span> <a href="/other">Eine andere Meldung</a></li></ul></aside>
            <article><h1>Neue Regeln für den Grenzverkehr</h1><div class="post-meta"><span class="entry-date">02.11.2021</span></div>
            {{Paragraphs}}</article></body></html>
            """;

        var a = Extract(html);

        Assert.Equal("2021-11-02", a.Published?.Edtf);
    }
}
