using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// Bylines the development set showed the extractor missing (version 7), written by hand in the shapes of several
/// sites and languages: a name or a blog's login printed beside the date, a byline word glued to the name by the
/// page's markup; and what must not become an author (a weekday, a date label).
/// </summary>
public sealed class HeaderBylineShapesTests
{
    private const string Footer = "\nImpressum\nKontakt\nDatenschutz\nNewsletter\n© 2020 Die Zeitung";

    private const string German1 = "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, dass entlang des Flusses ein neuer Radweg gebaut wird, der die beiden Ufer der Stadt miteinander verbindet und den Verkehr entlastet.";
    private const string German2 = "Die Arbeiten sollen nach den Worten der Bürgermeisterin im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, wobei die Kosten zum größten Teil vom Land getragen werden, wie sie betonte.";
    private const string English1 = "The city council voted on Tuesday evening by a large majority to build a new cycle path along the river, linking both banks of the city and easing the traffic in the centre.";
    private const string English2 = "Work is due to begin next spring and take about two years, the mayor said, with most of the cost borne by the state government rather than by the city itself.";

    private static ParsedArticle German(string header) => ArticleExtractor.Extract(string.Join("\n", "Startseite", "Politik", "Kultur", "",
        "Stadtrat beschließt einen neuen Radweg am Fluss", header, "", German1, "", German2, Footer));

    private static ParsedArticle English(string header) => ArticleExtractor.Extract(string.Join("\n", "Home", "News", "Sport", "",
        "Council approves a new cycle path along the river", header, "", English1, "", English2, Footer));

    [Theory]
    [InlineData("Jon Nitz am 24. Januar 2022 um 15:47", "Jon Nitz")]
    [InlineData("26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar", "Ulrike Stockhausen")]
    [InlineData("2. Februar 20202. Februar 2020 Alexander Roll 1 Kommentar", "Alexander Roll")]
    [InlineData("reineckefuchs — 2. Februar 2022", "reineckefuchs")]
    [InlineData("MikeNils 18.10.2019, 15:07 Uhr", "MikeNils")]
    public void A_name_or_login_beside_the_date_under_the_headline_is_the_author(string header, string author)
    {
        var a = German(header);

        Assert.Equal("Stadtrat beschließt einen neuen Radweg am Fluss", a.Title);
        Assert.Equal([author], a.Authors.Select(x => x.Name));
        Assert.NotNull(a.Published);
        Assert.Equal(DateCertainty.Stated, a.Published!.Certainty);
    }

    [Theory]
    [InlineData("Donnerstag 12. März 2020")]
    [InlineData("mercredi 11 mars 2020")]
    [InlineData("Veröffentlicht 12.03.2020")]
    [InlineData("Aktuelle Meldung 12.03.2020")]
    public void A_weekday_or_a_label_beside_the_date_is_not_an_author(string header)
    {
        var a = German(header);

        Assert.Empty(a.Authors);
        Assert.Equal(2020, a.Published?.Start.Year);
    }

    [Theory]
    [InlineData("Veröffentlicht vonChris Jung 28. Februar 2016", "Chris Jung")]
    [InlineData("Geschrieben vonElisa Marvena", "Elisa Marvena")]
    public void A_byline_word_glued_to_the_name_gives_the_name(string header, string author)
    {
        Assert.Equal([author], German(header).Authors.Select(x => x.Name));
    }

    [Fact]
    public void Glued_initials_after_by_stay_one_name()
    {
        Assert.Equal(["J.R. Stone"], English("ByJ.R. Stone").Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_capitalised_interface_pair_above_the_byline_is_not_taken_for_the_author()
    {
        // "Schöne Hände" (a teaser) is shaped like a name; a name that starts with a known given name further down the header wins.
        Assert.Equal(["Martina Berg"], German("Schöne Hände\nMartina Berg").Authors.Select(x => x.Name));
    }
}
