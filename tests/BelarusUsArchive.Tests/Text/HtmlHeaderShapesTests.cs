using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// Dates and bylines printed as text by the headline, and dates in the page's address, in the shapes real pages of
/// the development set use (press offices, association sites, WordPress and Blogger blogs), written small by hand.
/// </summary>
public sealed class HtmlHeaderShapesTests
{
    private static readonly string Paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
        $"<p>Absatz {i}: Die Verhandlungen dauerten viele Stunden, die Delegationen trafen sich zweimal, und am Ende wurde kein Abkommen unterzeichnet, obwohl beide Seiten es wollten.</p>"));

    // These tests are about the rules, not speed (the benchmark measures that): a first call pays for compiling the code.
    private static ParsedArticle Extract(string html) => ArticleExtractor.Extract(html, TimeSpan.FromSeconds(60));

    [Theory]
    [InlineData("<div class=\"date\">25. Januar 2022 (DJV/FWR) Berlin/Ratingen</div>", "2022-01-25")]
    [InlineData("<ul class=\"info\"><li><span>Datum:</span>26. Januar 2022</li><li><span>Ausgabejahr:</span>2022</li></ul>", "2022-01-26")]
    [InlineData("<p class=\"meta\">1. Februar 2022 , Daniel Dillenburg</p>", "2022-02-01")]
    [InlineData("<p><span class=\"news-list-date\">12. Januar 2022,</span></p><ul class=\"tags\"><li>Forschung</li></ul>", "2022-01-12")]
    public void A_line_by_the_headline_that_is_mostly_a_date_gives_the_day(string line, string expected)
    {
        var html = $$"""
            <!doctype html><html lang="de"><head><title>Wir sind tief erschüttert</title></head><body>
            <div class="intro"><h1>Wir sind tief erschüttert</h1>{{line}}</div>
            {{Paragraphs}}<p>Im Jahr 2019 hatte es schon einmal Gespräche gegeben.</p></body></html>
            """;

        var a = Extract(html);

        Assert.Equal(expected, a.Published?.Edtf);
    }

    [Fact]
    public void A_sentence_under_the_headline_that_mentions_a_date_is_not_a_date_line()
    {
        var html = $$"""
            <!doctype html><html lang="de"><head><title>Wir sind tief erschüttert</title></head><body>
            <h1>Wir sind tief erschüttert</h1>
            <p>Die Verhandlungen, die am 25. Januar 2015 in Minsk begonnen hatten, wurden nun nach vielen Jahren endlich wieder aufgenommen.</p>
            {{Paragraphs}}</body></html>
            """;

        var a = Extract(html);

        Assert.NotEqual("2015-01-25", a.Published?.Edtf);
    }

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"http://www.bibliothek2null.de/2014/05/18/alles-neue-macht-der-mai/\" />", "2014-05-18")]
    [InlineData("<meta content='http://gumpfen.blogspot.com/2020/04/tach-auch.html' property='og:url'/>", "2020-04")]
    [InlineData("<link rel=\"canonical\" href=\"https://web.archive.org/web/20160218174457/http://lettern.de/2010/05/typografie/\"/>", "2010-05")]
    public void The_date_in_the_pages_own_address_beats_inference_from_the_text(string link, string expected)
    {
        var html = $$"""
            <!doctype html><html lang="de"><head><title>Alles Neue macht der Mai</title>{{link}}</head><body>
            <article><h1>Alles Neue macht der Mai</h1>{{Paragraphs}}<p>Im Jahr 2009 war das noch anders.</p></article></body></html>
            """;

        var a = Extract(html);

        Assert.Equal(expected, a.Published?.Edtf);
    }

    [Fact]
    public void Schema_org_json_in_a_script_without_a_type_still_states_the_date()
    {
        var html = $$"""
            <!doctype html><html lang="de"><head><title>Eltern sollen queere Kinder unterstützen</title>
            <script>{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Eltern sollen queere Kinder unterstützen",
            "dateModified": "2022-01-27T21:37:38+01:00", "datePublished": "2022-01-28T06:00:00+01:00"}</script></head><body>
            <article><h1>Eltern sollen queere Kinder unterstützen</h1>{{Paragraphs}}<p>Schon 2020 sagte er Ähnliches.</p></article></body></html>
            """;

        var a = Extract(html);

        Assert.Equal("2022-01-28", a.Published?.Edtf);
    }

    [Theory]
    [InlineData("<div class=\"metaInfo\">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div>", "Pamela Sladky")]
    [InlineData("<p>Blog Beitrag von Margarita Koreneva</p>", "Margarita Koreneva")]
    [InlineData("<div class=\"credit\"><p><a href=\"/suche?q=Julia\">Interview: Julia Lauter</a></p></div>", "Julia Lauter")]
    [InlineData("<div class=\"meta\"><h4>Autor</h4><p><a href=\"/profil/nikolai-huke\">Nikolai Huke</a></p></div>", "Nikolai Huke")]
    [InlineData("<p><h5>Autor: </h5>Peter Maahn/SP-X</p>", "Peter Maahn")]
    public void A_byline_printed_as_text_by_the_headline_names_the_author(string byline, string expected)
    {
        var html = $$"""
            <!doctype html><html lang="de"><head><title>Übung macht den Meister</title></head><body>
            <article><h1>Übung macht den Meister</h1>{{byline}}{{Paragraphs}}</article></body></html>
            """;

        var a = Extract(html);

        Assert.Equal([expected], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_speech_by_someone_under_the_headline_is_not_a_byline()
    {
        var html = $$"""
            <!doctype html><html lang="de"><head><title>Übung macht den Meister</title></head><body>
            <article><h1>Übung macht den Meister</h1><p>Die Rede von Angela Merkel</p>{{Paragraphs}}</article></body></html>
            """;

        var a = Extract(html);

        Assert.Empty(a.Authors);
    }

    [Fact]
    public void Where_the_stated_title_differs_from_the_h1_the_h1_still_marks_the_date_line()
    {
        var html = $$"""
            <!doctype html><html lang="de"><head><title>Basteln mit Kindern: Tipps und Ideen für den Winter</title>
            <meta property="og:title" content="Basteln mit Kindern: Tipps und Ideen für den Winter"></head><body>
            <h1 class="articleHeading"><span>Kreatives Basteln mit Kids</span></h1>
            <div class="articleCreated"><span class="key">Erstellt am</span> <span class="value">09.02.2022</span></div>
            {{Paragraphs}}<p>Schon 2019 gab es dazu ein Buch.</p></body></html>
            """;

        var a = Extract(html);

        Assert.Equal("2022-02-09", a.Published?.Edtf);
    }

    [Fact]
    public void A_menu_label_followed_by_another_menu_item_is_not_a_byline()
    {
        var html = $$"""
            <!doctype html><html lang="de"><head><title>Geschichte</title></head><body>
            <h1>Geschichte</h1><ul class="menu"><li><a href="/texte/">Texte</a></li><li><a href="/photos/">Photos</a></li></ul>
            {{Paragraphs}}</body></html>
            """;

        var a = Extract(html);

        Assert.Empty(a.Authors);
    }

    [Fact]
    public void The_site_named_in_a_byline_line_is_the_outlet_and_the_writer_after_it_is_the_author()
    {
        var html = $$"""
            <!doctype html><html lang="en"><head><meta property="og:site_name" content="The Planetary Press">
            <title>Intact forestlands</title></head><body>
            <h1>Intact forestlands</h1><p class="meta">Posted by The Planetary Press</p>
            <p><em>Written by: <a href="https://news.example.org/63537">Julie Mollins</a></em></p>
            {{Paragraphs}}</body></html>
            """;

        var a = Extract(html);

        Assert.Equal(["Julie Mollins"], a.Authors.Select(x => x.Name));
        Assert.Equal("The Planetary Press", a.Outlet);
    }
}
