using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// What sits at an article's edges, in the shapes the development set showed misread (extractor version 6): readers'
/// comments after an article broken up by code, a caption right above the prose, and dates printed away from the header or in short forms.
/// </summary>
public sealed class PageEdgesTests
{
    private static string Body(ParsedArticle a) => string.Join("\n", a.Blocks.Select(b => b.Text));

    private const string Footer = "\nImprint\nContact\nPrivacy\nNewsletter\n© 2020 The Site";

    private const string Prose1 = "The city council voted on Tuesday evening by a large majority to build a new cycle path along the river, linking both banks of the city and easing the traffic in the centre.";
    private const string Prose2 = "Work is due to begin next spring and take about two years, the mayor said, with most of the cost borne by the state government rather than by the city itself.";

    private const string Prosa1 = "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, dass entlang des Flusses ein neuer Radweg gebaut wird, der die beiden Ufer der Stadt miteinander verbindet und den Verkehr entlastet.";
    private const string Prosa2 = "Die Arbeiten sollen nach den Worten der Bürgermeisterin im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, wobei die Kosten zum größten Teil vom Land getragen werden, wie sie betonte.";

    [Fact]
    public void Readers_comments_after_an_article_broken_by_code_do_not_take_its_place()
    {
        var code = new[] { "import foo", "def cleanup(handle):", "    foo.cleanup(handle)", "class Bar(object):", "    def __init__(self):", "        atexit.register(cleanup)" };
        var article = new List<string> { "Blog", "Tutorials", "", "Common mistakes that Python developers make", "" };
        foreach (var part in new[] { "First", "Second", "Third" })
        {
            article.AddRange([$"{part}, a developer who is new to the language will often find that the interpreter does something other than what they expected, and the reason is worth knowing before it bites. "
                + "The language is simple to learn, but its simplicity can lull a newcomer into thinking that it has no subtleties, and the mistakes that follow are the ones that cost the most time when they are finally found in a program that runs for days.", "", .. code, ""]);
        }
        var comments = Enumerable.Range(1, 6).SelectMany(i => new[]
        {
            $"Reader {i}",
            $"This is a very good article and I think that everyone who writes code in this language should read it, because it would have saved me from a lot of trouble when I was starting out with it {i} years ago, and I have told my colleagues about it.",
        });
        var page = string.Join("\n", [.. article, "Comments", .. comments, Footer]);

        var a = ArticleExtractor.Extract(page);

        Assert.StartsWith("First, a developer", Body(a), StringComparison.Ordinal);
        Assert.DoesNotContain("everyone who writes code", Body(a), StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_with_its_credit_right_above_the_prose_is_not_the_title()
    {
        var page = string.Join("\n", "Home", "News", "", "Green light for the riverside route", "",
            "The new cycle path will link both banks of the river in the city centre. Photo: Jane Roe", "", Prose1, "", Prose2, Footer);

        var a = ArticleExtractor.Extract(page);

        Assert.Equal("Green light for the riverside route", a.Title);
    }

    [Theory]
    [InlineData("19.10.19, 11:29 Uhr", 2019, 10, 19)]
    [InlineData("28.01.22", 2022, 1, 28)]
    [InlineData("Veröffentlicht am 10. Februar 20199. Februar 2019 von Heiko", 2019, 2, 10)]
    [InlineData("17/11/201917/11/2019 ~ Cem", 2019, 11, 17)]
    public void Short_and_glued_date_lines_are_read(string line, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DateLines.Find(line));

    [Theory]
    [InlineData("Version 1.10.19.3 released")]
    [InlineData("Telefon 12.34.56")]
    public void Numbers_that_are_not_dates_are_not_read_as_dates(string line) => Assert.Null(DateLines.Find(line));

    [Fact]
    public void A_bare_date_line_beside_the_share_row_dates_the_page_rather_than_a_year_in_the_prose()
    {
        var page = string.Join("\n", "Startseite", "Politik", "Sport", "Kultur", "Wetter", "Suche", "19.10.19, 11:29 Uhr",
            "Teilen", "Drucken", "Mail", "Der Stadtrat beschließt einen neuen Radweg am Fluss", "",
            Prosa1 + " Der erste Plan dafür stammt aus dem Jahr 2011.", "", Prosa2, "", "Impressum", "Datenschutz");

        var a = ArticleExtractor.Extract(page);

        Assert.Equal("2019-10-19", a.Published?.Edtf);
    }

    [Fact]
    public void A_blog_login_after_the_date_is_the_author_and_a_related_heading_is_none()
    {
        var page = string.Join("\n", "Talstraße blog", "Startseite", "Archiv", "Der Stadtrat beschließt einen neuen Radweg am Fluss",
            "Veröffentlicht am 12. Juni 2017 von gizzmo", "", Prosa1, "", Prosa2, "", "Ähnliche Beiträge", "Impressum", "Datenschutz");

        var a = ArticleExtractor.Extract(page);

        Assert.Equal(["gizzmo"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void Html_without_date_metadata_takes_the_date_line_above_the_headline()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>{Prose1} It was paragraph {i}, and in 2011 a first plan was drawn up.</p>"));
        var html = "<!DOCTYPE html><html lang=\"en\"><head><title>Council approves a cycle path</title></head><body>"
            + "<nav><a href=\"/\">Home</a></nav><div class=\"meta\"><span>10 April 2020</span></div><div><a href=\"/s\">Share</a></div>"
            + $"<article><h1>Council approves a cycle path</h1>{paragraphs}</article></body></html>";

        var a = ArticleExtractor.Extract(html, TimeSpan.FromSeconds(60));

        Assert.Equal("2020-04-10", a.Published?.Edtf);
    }
}
