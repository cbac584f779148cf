using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// Version 11: a headline that is a question or a quotation, long enough to pass for prose, right above the text
/// (news sites in Spanish, German and English print them so) is the title; a line of prose that asks a question in
/// several sentences is not taken for one.
/// </summary>
public sealed class QuestionHeadlineTests
{
    private const string Spanish1 = "El Ministerio de Educación publicó el calendario del año escolar, que comenzará el primero de marzo en todos los colegios públicos y privados del país, según informó la entidad en un comunicado.";
    private const string Spanish2 = "Las vacaciones de medio año se extenderán por dos semanas, mientras que las de fin de año empezarán en la segunda quincena de diciembre, de acuerdo con el cronograma oficial del ministerio.";
    private const string German1 = "Der Aktivist kämpft seit Jahren gegen den Ausbau der Stadtautobahn durch den Osten der Stadt und fordert von den Clubs, sich stärker an den Protesten gegen das Projekt zu beteiligen.";
    private const string German2 = "Viele Betreiber hätten sich bislang zurückgehalten, sagt er, obwohl mehrere Clubs direkt an der geplanten Trasse liegen und ihre Räume verlieren könnten, wenn gebaut wird.";
    private const string English1 = "Heat pumps have become the default choice for new homes in much of northern Europe, and installers report long waiting lists as older gas boilers are replaced in existing houses.";
    private const string English2 = "Yet the running costs depend heavily on the price of electricity and on how well a house is insulated, which is why the savings vary so much from one household to another.";

    [Theory]
    [InlineData("es", "¿Cuándo serán las primeras vacaciones escolares del 2022, según el cronograma del Ministerio?")]
    [InlineData("de", "Anti-A100-Aktivist Tobias Trommer: „Es wird Zeit, dass Clubs Verantwortung übernehmen“")]
    [InlineData("en", "Will heat pumps really save money for households that still heat their homes with gas?")]
    public void A_question_or_quotation_right_above_the_prose_is_the_title(string language, string headline)
    {
        var (p1, p2, menu) = language switch
        {
            "es" => (Spanish1, Spanish2, new[] { "Inicio", "Política", "Sociedad", "ÚLTIMAS NOTICIAS" }),
            "de" => (German1, German2, new[] { "Startseite", "Musik", "Clubs", "REPORTAGE" }),
            _ => (English1, English2, new[] { "Home", "Energy", "Science", "EXPLAINER" }),
        };
        var a = ArticleExtractor.Extract(string.Join("\n", [.. menu, "", headline, "", p1, "", p2, "", "Newsletter", "Impressum"]));

        Assert.Equal(headline, a.Title);
        Assert.Contains(a.Blocks, b => b.Text == p1);
    }

    [Fact]
    public void A_prose_line_of_several_sentences_ending_in_a_question_is_no_headline()
    {
        const string question = "Heat pumps are now everywhere in the new homes of northern Europe. But do they really pay off for the households that install them?";
        var a = ArticleExtractor.Extract(string.Join("\n", "Home", "Energy", "Science", "", "The true cost of heating with a heat pump", "",
            question, "", English1, "", English2, "", "Newsletter", "Privacy"));

        Assert.Equal("The true cost of heating with a heat pump", a.Title);
    }
}
