using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// Copied pages in shapes the development set showed the extractor misreading, written by hand in the shapes of many
/// sites: a long menu of short items right above the headline, a section label over it, news printed one sentence to a
/// line, a byline beside the date, a date line stated away from the header, a newsletter box after the article.
/// </summary>
public sealed class CopiedPageShapesTests
{
    private static string Body(ParsedArticle a) => string.Join("\n", a.Blocks.Select(b => b.Text));

    // A site's footer: with it the page is not a clean copy (nearly all prose), which the line parser reads alone.
    private const string Footer = "\nImpressum\nKontakt\nDatenschutz\nNewsletter\n© 2020 Die Zeitung";

    private const string Prose1 = "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, dass entlang des Flusses ein neuer Radweg gebaut wird, der die beiden Ufer der Stadt miteinander verbindet und den Verkehr entlastet.";
    private const string Prose2 = "Die Arbeiten sollen nach den Worten der Bürgermeisterin im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, wobei die Kosten zum größten Teil vom Land getragen werden, wie sie betonte.";

    [Fact]
    public void A_menu_of_short_items_over_the_headline_is_neither_the_title_nor_the_text()
    {
        var page = string.Join("\n", "Startseite", "Stadtleben", "Politik", "Gesellschaft", "Kultur", "Sport", "Stadtgespräch",
            "Interview", "Porträt", "Suche", "", "Stadtrat beschließt einen neuen Radweg am Fluss", "", Prose1, "", Prose2, "", "Impressum", "Datenschutz");

        var a = ArticleExtractor.Extract(page);

        Assert.Equal("Stadtrat beschließt einen neuen Radweg am Fluss", a.Title);
        Assert.DoesNotContain("Porträt", Body(a), StringComparison.Ordinal);
        Assert.StartsWith("Der Stadtrat hat", Body(a), StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_label_over_the_headline_is_not_the_title()
    {
        var page = string.Join("\n", "Home", "News", "Sport", "", "POLITICS", "",
            "Council approves a new cycle path along the river", "", "By Jane Doe", "",
            "The city council voted on Tuesday evening by a large majority to build a new cycle path along the river, linking both banks of the city and easing the traffic in the centre.",
            "", "Work is due to begin next spring and take about two years, the mayor said, with most of the cost borne by the state government rather than by the city itself.", Footer);

        var a = ArticleExtractor.Extract(page);

        Assert.Equal("Council approves a new cycle path along the river", a.Title);
        Assert.Equal(["Jane Doe"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void News_printed_one_sentence_to_a_line_after_a_share_row_is_kept()
    {
        var page = string.Join("\n", "World", "Europe", "",
            "Flooding forces thousands from their homes in the north", "10 April 2020", "Share this with Facebook",
            "Share this with Twitter", "Share this with Email", "Close share panel", "",
            "Thousands of people have been forced from their homes by floods across the north of the country.", "",
            "Rescue teams in boats were seen taking families from the roofs of their houses in the worst hit towns.", "",
            "Officials say the water is expected to rise further over the weekend as more rain falls in the hills.", "",
            "The army has been called in to help build barriers along the river banks in several of the towns.", "",
            "Image copyright Reuters", "",
            "The floods are the worst the region has seen in more than forty years, according to the national weather service, which has issued its highest warning for the coming days and urged people to stay away from the rivers.", Footer);

        var a = ArticleExtractor.Extract(page);

        Assert.Contains("Rescue teams in boats", Body(a), StringComparison.Ordinal);
        Assert.Contains("Thousands of people have been forced", Body(a), StringComparison.Ordinal);
        Assert.DoesNotContain("Europe", Body(a), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_beside_the_date_on_the_line_under_the_headline_is_the_author()
    {
        var page = string.Join("\n", "Accueil", "Politique", "Culture", "",
            "Le conseil municipal adopte une nouvelle piste cyclable", "Marie Martin | lundi 9 décembre 2019 à 09h08", "",
            "Le conseil municipal a voté mardi soir à une large majorité la construction d'une nouvelle piste cyclable le long du fleuve, qui reliera les deux rives de la ville.",
            "", "Les travaux doivent commencer au printemps prochain et durer environ deux ans, a indiqué la maire, et la plus grande partie du coût sera prise en charge par la région.", Footer);

        var a = ArticleExtractor.Extract(page);

        Assert.Equal(["Marie Martin"], a.Authors.Select(x => x.Name));
        Assert.Equal("2019-12-09", a.Published?.Edtf);
    }

    [Fact]
    public void A_publication_date_line_away_from_the_header_beats_inference()
    {
        var page = string.Join("\n", "Startseite", "Politik", "", "Stadtrat beschließt einen neuen Radweg am Fluss", "",
            Prose1, "", Prose2, "", "Veröffentlicht am 5. November 2023, 14:09", "", "Impressum");

        var a = ArticleExtractor.Extract(page);

        Assert.Equal("2023-11-05", a.Published?.Edtf);
    }

    [Fact]
    public void A_page_with_only_an_update_stamp_and_no_year_in_its_text_is_dated_by_it_as_uncertain()
    {
        var page = string.Join("\n", "Home", "Garden", "", "How to grow hydrangeas in a small garden", "Updated May 06, 2019", "",
            "Hydrangeas are among the easiest shrubs to grow, and with a little care they will flower in a small garden for many years, even in the shade of a wall.",
            "", "Plant them in spring or autumn in soil that holds water well, and give them a deep drink every week in the first summer, when the roots are still weak.", Footer);

        var a = ArticleExtractor.Extract(page);

        Assert.Equal(2019, a.Published?.Start.Year);
        Assert.NotEqual(BelarusUsArchive.Text.Dates.DateCertainty.Stated, a.Published?.Certainty);
    }

    [Fact]
    public void A_newsletter_box_after_the_article_is_not_its_text()
    {
        var page = string.Join("\n", "Startseite", "Politik", "", "Stadtrat beschließt einen neuen Radweg am Fluss", "",
            Prose1, "", Prose2, "", "Newsletter", "Jetzt registrieren",
            "Erhalten Sie jeden Morgen die wichtigsten Nachrichten aus der Stadt und der Region direkt in Ihr Postfach, kostenlos und jederzeit kündbar, mit allen Hintergründen.",
            "Anmelden", "Impressum");

        var a = ArticleExtractor.Extract(page);

        Assert.DoesNotContain("Postfach", Body(a), StringComparison.Ordinal);
        Assert.Contains("wie sie betonte", Body(a), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Strategic Ties", false)]
    [InlineData("Deep Relations", false)]
    [InlineData("Foreign Policy Priorities", false)]
    [InlineData("Anna Schmidt", true)]
    [InlineData("J. Doe", true)]
    public void A_bare_line_is_a_name_only_when_it_starts_with_a_given_name(string line, bool isName) =>
        Assert.Equal(isName, Bylines.Read(line, allowBareName: true) is not null);

    [Fact]
    public void A_teaser_between_the_headline_and_the_text_is_not_the_title_when_the_text_is_about_the_headline()
    {
        // Many sites print another story's teaser or a campaign line between the headline and the article; both are
        // headline-shaped and the teaser is nearer. The article's prose repeats the headline's words, not the teaser's.
        var page = string.Join("\n", "Home", "News", "Region", "",
            "Farmers on the Pripyat plain count the cost of the spring flood", "",
            "Read also: Ten winter recipes for the whole family", "",
            "Farmers across the Pripyat plain are counting the cost of the spring flood, which covered their fields for weeks and left the soil too wet to sow before the end of May.",
            "", "The flood was the worst on the plain in a generation, and many farmers say that the cost of replanting will be more than a year's income for their families.", Footer);

        var a = ArticleExtractor.Extract(page);

        Assert.Equal("Farmers on the Pripyat plain count the cost of the spring flood", a.Title);
    }
}
