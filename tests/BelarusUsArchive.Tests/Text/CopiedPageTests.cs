using System.Text;
using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// Whole copied pages (select all, copy) in the shapes of other sites and languages, written by hand: the site's menu,
/// banners, related lists, comments and footer around the article; the article's headline, byline and date line.
/// </summary>
public sealed class CopiedPageTests
{
    private static string Body(ParsedArticle a) => string.Join("\n", a.Blocks.Select(b => b.Text));

    private const string GermanNewsPage = """
        Zum Inhalt springen
        Startseite
        Politik
        Wirtschaft
        Kultur
        Sport
        Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Akzeptieren
        Politik
        Stadtrat beschließt neuen Radweg entlang des Flusses
        Von Anna Schmidt | 31. Mai 2012, 10:15 Uhr

        Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, dass entlang des Flusses ein neuer Radweg gebaut wird, der die beiden Ufer der Stadt miteinander verbindet.

        Die Arbeiten sollen nach den Worten der Bürgermeisterin im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, wobei die Kosten zum größten Teil vom Land getragen werden.

        Kritik kam von den Anwohnern, die sich über die geplante Fällung von Bäumen beschwert hatten. Die Verwaltung versprach, für jeden gefällten Baum zwei neue zu pflanzen.

        Ähnliche Artikel
        Neue Buslinie ab Herbst
        Brücke wird saniert
        Parkgebühren steigen
        3 Kommentare
        Maxi123 sagt:
        01.06.2012 um 09:12
        Endlich! Darauf warten wir schon seit Jahren, und es wurde auch Zeit, dass sich hier etwas bewegt.
        Antworten
        Impressum
        Datenschutz
        Kontakt
        © 2012 Stadtanzeiger
        """;

    [Fact]
    public void A_German_news_page_gives_the_headline_the_byline_and_the_stated_day_and_only_the_article_as_text()
    {
        var a = ArticleExtractor.Extract(GermanNewsPage);

        Assert.Equal("Stadtrat beschließt neuen Radweg entlang des Flusses", a.Title);
        Assert.Equal(["Anna Schmidt"], a.Authors.Select(x => x.Name));
        Assert.Equal("2012-05-31", a.Published?.Edtf);
        var body = Body(a);
        Assert.StartsWith("Der Stadtrat hat am Dienstagabend", body, StringComparison.Ordinal);
        Assert.Contains("zwei neue zu pflanzen", body, StringComparison.Ordinal);
        foreach (var furniture in new[] { "Startseite", "Cookies", "Ähnliche Artikel", "Brücke wird saniert", "Endlich!", "Impressum", "©" })
        {
            Assert.DoesNotContain(furniture, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_English_page_with_a_date_line_above_a_by_line_of_two_authors_reads_both()
    {
        const string Page = """
            Skip to content
            News
            Opinion
            Subscribe
            Sign in
            Markets
            Harbor Expansion Wins Final Approval After Years of Delay
            May 31, 2012 10:00 AM EST
            By Jane Doe and John Roe
            Share
            The port authority gave its final approval on Thursday to a harbor expansion that had been delayed for years by lawsuits over dredging and the cost of new piers.

            Officials said the first ships would be able to use the deeper channel by the end of next year, and that the work would create several hundred jobs in the region.

            Environmental groups said they would keep watching the project, which they had fought in court until a settlement was reached last winter.
            Most Popular
            Ten things to do this weekend
            The best pizza in town
            Newsletter
            Terms of Use
            Privacy Policy
            """;

        var a = ArticleExtractor.Extract(Page);

        Assert.Equal("Harbor Expansion Wins Final Approval After Years of Delay", a.Title);
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors.Select(x => x.Name));
        Assert.Equal("2012-05-31", a.Published?.Edtf);
        Assert.DoesNotContain("Most Popular", Body(a), StringComparison.Ordinal);
        Assert.DoesNotContain("Markets", Body(a), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Spanish_page_reads_por_and_a_spelled_out_date_and_leaves_the_site_header_date_alone()
    {
        const string Page = """
            lunes, 9 de mayo de 2022
            Inicio
            Nacional
            Internacional
            Deportes
            Contacto
            Nacional
            El gobierno presenta un plan para reducir el precio del transporte
            Por Juan Pérez
            6 de mayo de 2022 05:30

            El gobierno presentó este viernes un plan para reducir el precio del transporte público en las principales ciudades del país durante los próximos dos años.

            Según el ministro, la medida beneficiará a millones de personas que cada día usan el autobús y el metro para ir al trabajo o a la escuela.

            La oposición criticó que el plan no explique de dónde saldrá el dinero y pidió que se presente ante el congreso antes de su aprobación.
            Te puede interesar
            Noticias relacionadas
            Política de privacidad
            """;

        var a = ArticleExtractor.Extract(Page);

        Assert.Equal("El gobierno presenta un plan para reducir el precio del transporte", a.Title);
        Assert.Equal(["Juan Pérez"], a.Authors.Select(x => x.Name));
        Assert.Equal("2022-05-06", a.Published?.Edtf);
    }

    [Fact]
    public void Lines_the_import_knows_as_the_sites_furniture_are_left_out_whatever_they_say()
    {
        var furniture = new HashSet<string> { "Unser Newsletter hält Sie jeden Morgen mit den wichtigsten Nachrichten aus der Region und der Welt auf dem Laufenden." };
        var page = GermanNewsPage.Replace("Ähnliche Artikel", furniture.First() + "\nÄhnliche Artikel", StringComparison.Ordinal)
            .Replace("\n\nKritik kam", "\n\n" + furniture.First() + "\n\nKritik kam", StringComparison.Ordinal);

        var without = ArticleExtractor.Extract(page);
        var with = ArticleExtractor.Extract(page, furniture: furniture);

        Assert.Contains("Unser Newsletter", Body(without), StringComparison.Ordinal);
        Assert.DoesNotContain("Unser Newsletter", Body(with), StringComparison.Ordinal);
        Assert.Contains("Kritik kam von den Anwohnern", Body(with), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Veröffentlicht am 31. Mai 2012", "2012-05-31")]
    [InlineData("31.05.2012 | 14:10", "2012-05-31")]
    [InlineData("2020-02-19 20:29:58", "2020-02-19")]
    [InlineData("May 31, 2012 10:00 AM EST", "2012-05-31")]
    [InlineData("jeudi 13 juin 2019, par Attac France", "2019-06-13")]
    [InlineData("15 августа 2016, 13:43", "2016-08-15")]
    [InlineData("5 maja 2021", "2021-05-05")]
    [InlineData("Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023", "2023-10-24")]
    public void A_date_line_is_read_in_many_languages_and_shapes(string line, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateLines.Find(line));
    }

    [Theory]
    [InlineData("Der Bürgermeister sagte, das sei ein guter Tag.")]
    [InlineData("31.02.2012")]
    [InlineData("Mayor 3, 2012")]
    public void A_line_without_a_real_date_gives_none(string line) => Assert.Null(DateLines.Find(line));

    [Fact]
    public void The_language_of_a_page_is_the_one_whose_stop_words_cover_most_of_it()
    {
        Assert.Equal("de", StopWords.Detect(["Der Stadtrat hat am Dienstag beschlossen, dass die Brücke gebaut wird und nicht mehr wartet."]).Language);
        Assert.Equal("es", StopWords.Detect(["El gobierno presentó un plan para que el precio del transporte sea más bajo en las ciudades."]).Language);
        Assert.Equal("", StopWords.Detect(["12345 67890 ###"]).Language);
    }

    public static TheoryData<string, string> HostileInputs() => new()
    {
        { "one 8 MB line", new string('a', 4_000_000) + " " + new string('b', 4_000_000) },
        { "200,000 short lines", string.Join("\n", Enumerable.Range(0, 200_000).Select(i => "Menu " + (i % 50))) },
        { "A. A. A. … over 400 KB", string.Concat(Enumerable.Repeat("A. ", 140_000)) },
        { "a date-like run", string.Concat(Enumerable.Repeat("31. 12. 31. Mai 20", 50_000)) },
        { "a byline-like run", "By " + string.Concat(Enumerable.Repeat("Anna Von Anna Und ", 30_000)) },
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void A_hostile_input_is_extracted_within_its_budget_or_refused_with_a_reason(string kind, string text)
    {
        Assert.True(Encoding.UTF8.GetByteCount(text) <= 8_400_000, kind);
        try
        {
            var a = ArticleExtractor.Extract(text);
            Assert.NotNull(a.Title);
        }
        catch (ExtractionTimeoutException e)
        {
            Assert.Contains("budget", e.Message, StringComparison.Ordinal);
        }
    }
}
