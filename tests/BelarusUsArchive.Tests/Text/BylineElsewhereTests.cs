using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// Version 10's fallbacks, written by hand in the shapes of several sites and languages: a byline with a byline word
/// printed away from the article's header (after the text, under a long image block) is the author when the header
/// has none, while a site's credit line is not; and a page with no date at all is dated, uncertainly, by its copyright
/// footer's latest year.
/// </summary>
public sealed class BylineElsewhereTests
{
    private const string English1 = "The city council voted on Tuesday evening by a large majority to build a new cycle path along the river, linking both banks of the city and easing the traffic in the centre.";
    private const string English2 = "Work is due to begin next spring and take about two years, the mayor said, with most of the cost borne by the state government rather than by the city itself.";
    private const string English3 = "Residents who spoke at the meeting welcomed the plan, though several asked that the trees along the embankment be kept and that the path be lit at night.";
    private const string German1 = "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, dass entlang des Flusses ein neuer Radweg gebaut wird, der die beiden Ufer der Stadt miteinander verbindet und den Verkehr entlastet.";
    private const string German2 = "Die Arbeiten sollen nach den Worten der Bürgermeisterin im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, wobei die Kosten zum größten Teil vom Land getragen werden, wie sie betonte.";
    private const string German3 = "Anwohner, die bei der Sitzung sprachen, begrüßten den Plan, baten aber darum, die Bäume am Ufer zu erhalten und den Weg nachts zu beleuchten.";

    private static ParsedArticle English(string after, string footer = "Privacy\nContact") =>
        ArticleExtractor.Extract(string.Join("\n", "Home", "News", "Sport", "", "Council approves a new cycle path along the river", "",
            English1, "", English2, "", English3, "", after, "", "Share this:", "Twitter", "Facebook", "", "Related posts", footer));

    private static ParsedArticle German(string after, string footer = "Impressum\nKontakt") =>
        ArticleExtractor.Extract(string.Join("\n", "Startseite", "Politik", "Kultur", "", "Stadtrat beschließt einen neuen Radweg am Fluss", "",
            German1, "", German2, "", German3, "", "Teilen", "Drucken", "", after, "", "Weitere Artikel", footer));

    [Theory]
    [InlineData("Posted by Tom Baker at 2:33 PM", "Tom Baker")]
    [InlineData("By Rob Picheta, CNN", "Rob Picheta")]
    [InlineData("Publicado por Alberto González", "Alberto González")]
    public void A_byline_after_the_text_is_the_author_when_the_header_has_none(string byline, string author)
    {
        Assert.Contains(author, English(byline).Authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("Erstellt von Andri Bryner", "Andri Bryner")]
    [InlineData("von flerche", "flerche")]
    public void A_byline_below_the_share_row_is_the_author_when_the_header_has_none(string byline, string author)
    {
        Assert.Contains(author, German(byline).Authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("Powered by WordPress")]
    [InlineData("Theme by Elegant")]
    [InlineData("© 2021 by Example Media Group")]
    [InlineData("Foto von Oktober")]
    public void A_site_credit_is_not_an_author(string credit)
    {
        // Below a footer of its own (the header's reading, ten short lines from the headline, does not reach it).
        var a = English("Thanks for reading.", "Privacy\nContact\nAbout us\nJobs\nAdvertise\nTerms\nCookies\nArchive\nPodcasts\nEvents\n" + credit);
        Assert.True(a.Authors.Count == 0, string.Join(", ", a.Authors.Select(x => x.Name)) + " from " + a.FieldSources.GetValueOrDefault("authors"));
    }

    [Fact]
    public void A_page_with_no_date_takes_its_copyright_year_as_uncertain()
    {
        var a = English("Thanks for reading.", "Privacy\n© 2014-2023 Example News. All rights reserved.");

        Assert.Equal(2023, a.Published?.Start.Year);
        Assert.Equal(DateCertainty.Uncertain, a.Published!.Certainty);
    }

    [Fact]
    public void A_stated_date_beats_the_copyright_year()
    {
        var a = German("12.03.2019", "Impressum\n© 2023 Die Zeitung");

        Assert.Equal(new DateOnly(2019, 3, 12), a.Published?.Start);
    }
}
