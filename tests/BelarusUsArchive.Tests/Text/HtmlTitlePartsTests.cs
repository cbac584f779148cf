using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// Titles that a page states as one part of a longer title (a wiki's "Page – Wiki name", a club site's "Site - Section »
/// Headline", a comic's "Strip | Comic name" under the comic's name as h1), headings that run a subtitle or a domain on
/// after the headline, mastheads named like the page's address; dates printed once far from the headline; user names
/// with digits as bylines. Shapes of real pages of the development set and of other sites, written small by hand.
/// </summary>
public sealed class HtmlTitlePartsTests
{
    private static readonly string Paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
        $"<p>Absatz {i}: Die Verhandlungen dauerten viele Stunden, die Delegationen trafen sich zweimal, und am Ende wurde kein Abkommen unterzeichnet, obwohl beide Seiten es wollten.</p>"));

    // These tests are about the rules, not speed (the benchmark measures that): a first call pays for compiling the code.
    private static ParsedArticle Extract(string html) => ArticleExtractor.Extract(html, TimeSpan.FromSeconds(60));

    private static string Page(string head, string body) => $$"""
        <!doctype html><html lang="de"><head>{{head}}</head><body>{{body}}{{Paragraphs}}</body></html>
        """;

    [Theory]
    // A wiki: the page's name as h1, the wiki's name after the dash, a second h1 repeating the last path segment.
    [InlineData("<title>HE:Kassel/Stammtisch – Piratenwiki</title>", "<h1>HE:Kassel/Stammtisch</h1><h1>Stammtisch</h1>", "HE:Kassel/Stammtisch")]
    // A web comic: the comic's name as the first h1, the strip's as the second; the title names both.
    [InlineData("<title>Kleine Schafskunde | Mäscot das Schaf – Webcomic</title>", "<h1>Mäscot das Schaf – Webcomic</h1><h1>Kleine Schafskunde</h1>", "Kleine Schafskunde")]
    // A holiday home: og:title adds a tagline, the name is a lower heading among empty h1s.
    [InlineData("<meta property=\"og:title\" content=\"Villa Galaxy - Ferienvilla in Florida\"><title>Villa Galaxy - Ferienvilla in Florida</title>", "<h1></h1><h2>Details</h2><h2>Villa Galaxy</h2>", "Villa Galaxy")]
    // A club site: "Club - Section » Headline", the headline as an h2 under teaser h1s.
    [InlineData("<title>deutsche zocker schinken e.V. - Neuigkeiten » Die Events der letzten Zeit</title>", "<h1>Gewinnt ein Headset!</h1><h1>Mittendrin statt nur dabei!</h1><h2>Die Events der letzten Zeit</h2>", "Die Events der letzten Zeit")]
    // An English shop blog in the same shape: "Shop » Journal » Headline".
    [InlineData("<title>Harbour Tea Company » Journal » How we blend our breakfast tea</title>", "<h1>Summer sale now on</h1><h1>Free delivery over 30 pounds</h1><h3>How we blend our breakfast tea</h3>", "How we blend our breakfast tea")]
    public void A_heading_that_is_one_whole_part_of_the_stated_title_is_the_headline(string head, string body, string expected)
    {
        var a = Extract(Page(head, body));

        Assert.Equal(expected, a.Title);
    }

    [Theory]
    // A blog whose h1 is its name, first in the title: the name is spelled by the page's address.
    [InlineData("<title>seelenradio » Nummer zwei: Leo</title><link rel=\"canonical\" href=\"http://www.seelenradio.de/nummer-zwei-leo/\" />",
        "<h1>seelenradio</h1><h2>Nummer zwei: Leo</h2>", "Nummer zwei: Leo")]
    // An archived copy of a WordPress blog: the address after the archive's names the site.
    [InlineData("<title>Four Years Remaining » Blog Archive » Interning of Small Integers in Python</title><link rel=\"canonical\" href=\"https://web.archive.org/web/2020/http://fouryears.eu/2009/11/21/interning/\" />",
        "<h1>Four Years Remaining</h1><h2>Interning of Small Integers in Python</h2>", "Interning of Small Integers in Python")]
    // A recipe blog whose single h1 is the blog's name, last in the title.
    [InlineData("<title>Rinderleber-Geschnetzeltes mit Apfel und Zwiebel | Liebe geht durch den Magen</title>",
        "<h1>Liebe geht durch den Magen</h1><h2 class=\"entry-title\">Rinderleber-Geschnetzeltes mit Apfel und Zwiebel</h2>", "Rinderleber-Geschnetzeltes mit Apfel und Zwiebel")]
    public void A_masthead_h1_named_like_the_site_is_not_the_headline(string head, string body, string expected)
    {
        var a = Extract(Page(head, body));

        Assert.Equal(expected, a.Title);
    }

    [Fact]
    public void A_heading_that_runs_the_stated_title_on_into_its_subtitle_gives_the_title()
    {
        var head = """
            <title>Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh</title>
            <meta property="og:title" content="Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh">
            """;
        var body = "<article><h1>Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh <span>Welcome to the Flavor Capital of Northern Japan</span></h1>";

        var a = Extract(Page(head, body + "</article>"));

        Assert.Equal("Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh", a.Title);
    }

    [Theory]
    // The h1 keeps another site's domain after a bar (a syndicated post): the stated title without it.
    [InlineData("Was wir über uns nicht hören wollen", "Was wir über uns nicht hören wollen | FASSETTE.NET", "Was wir über uns nicht hören wollen")]
    // A question after a dash is the headline's own, not a site: the h1 stays whole.
    [InlineData("Auto leasen, finanzieren oder kaufen", "Auto leasen, finanzieren oder kaufen – was ist günstiger?", "Auto leasen, finanzieren oder kaufen – was ist günstiger?")]
    // A title truncated before a quoted word is no subtitle rule's business: the h1 stays whole.
    [InlineData("Senador republicano califica a Biden de", "Senador republicano califica a Biden de \"incapacitado\"", "Senador republicano califica a Biden de \"incapacitado\"")]
    public void A_domain_after_the_headline_is_dropped_and_the_headlines_own_words_are_kept(string stated, string h1, string expected)
    {
        var head = $"<meta property=\"og:title\" content=\"{stated.Replace("\"", "&quot;")}\"><meta name=\"twitter:title\" content=\"{stated.Replace("\"", "&quot;")}\"><title>{stated}</title>";

        var a = Extract(Page(head, $"<h1>{h1}</h1>"));

        Assert.Equal(expected, a.Title);
    }

    [Theory]
    // A review's footer: "Erschienen am" under the text, nothing by the headline.
    [InlineData("<p class=\"footer\">Erschienen am: 01.11.2023</p>", "2023-11-01")]
    // A news item whose date is printed above a teaser-like header, far from its h2 title.
    [InlineData("<div class=\"newsSingleHeader\"><b>Synchronschwimmen</b><br><span class=\"blue\">01.02.2022</span></div>", "2022-02-01")]
    // An English forum post: the date alone in its meta row after the post.
    [InlineData("<div class=\"postmeta\">March 4, 2013</div>", "2013-03-04")]
    public void A_date_line_printed_away_from_the_headline_beats_inference(string line, string expected)
    {
        var html = $$"""
            <!doctype html><html lang="de"><head><title>Vom Boden aus gedacht</title></head><body>
            <h1>Vom Boden aus gedacht</h1>{{Paragraphs}}<p>Im Jahr 2019 hatte es schon einmal Gespräche gegeben.</p>
            <p>Mehr dazu im nächsten Beitrag.</p><p>Und noch ein Satz.</p><p>Und noch einer.</p><p>Und ein letzter Absatz.</p>
            <p>Zwölf.</p><p>Dreizehn.</p><p>Vierzehn.</p><p>Fünfzehn.</p>{{line}}</body></html>
            """;

        var a = Extract(html);

        Assert.Equal(expected, a.Published?.Edtf);
    }

    [Fact]
    public void An_update_stamp_dates_the_page_only_where_no_other_date_is_printed()
    {
        var html = $$"""
            <!doctype html><html lang="de"><head><title>Gedenkstunde im Bundesrat</title></head><body>
            <h1>Gedenkstunde im Bundesrat</h1>{{Paragraphs}}<p>Schon 2020 sagte er Ähnliches.</p>
            <p>Eins.</p><p>Zwei.</p><p>Drei.</p><p>Vier.</p><p>Fünf.</p><p>Sechs.</p><p class="updated">Stand 27.01.2022</p></body></html>
            """;

        var a = Extract(html);

        Assert.Equal("2022-01-27", a.Published?.Edtf);
    }

    [Theory]
    [InlineData("<div class=\"left author\">Author: <a href=\"index.php?site=profile&amp;id=58\"><b>Bo2man</b></a> am 29.12.2010, 13:36 Uhr</div>", "Bo2man")]
    [InlineData("<p class=\"byline\">By <a href=\"/author/delta201\">delta201</a></p>", "delta201")]
    public void A_user_name_with_digits_in_the_byline_is_the_author(string byline, string expected)
    {
        var a = Extract(Page("<title>Die Events der letzten Zeit</title>", $"<article><h1>Die Events der letzten Zeit</h1>{byline}</article>"));

        Assert.Equal([expected], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_sites_name_with_a_digit_and_a_domain_is_not_an_author()
    {
        var a = Extract(Page("<title>Barisic bleibt Trainer</title><meta name=\"author\" content=\"LAOLA1.at\">",
            "<article><h1>Barisic bleibt Trainer</h1></article>"));

        Assert.DoesNotContain("LAOLA1.at", a.Authors.Select(x => x.Name));
    }
}
