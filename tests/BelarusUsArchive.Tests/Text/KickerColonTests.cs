using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// Version 11: a kicker the copied text joins to the headline with a spaced colon (German and English news sites print
/// the kicker in an element of its own) is left out of the title; in French, where every colon is spaced, the line is
/// the headline as it stands.
/// </summary>
public sealed class KickerColonTests
{
    private const string German1 = "Viele Unternehmen messen inzwischen am Eingang die Temperatur ihrer Beschäftigten und haben die Abstände zwischen den Arbeitsplätzen in den Büros und Werkhallen deutlich vergrößert.";
    private const string German2 = "Die Gewerkschaften begrüßen die Maßnahmen grundsätzlich, fordern aber, dass die Betriebsräte bei allen Regeln mitbestimmen und dass die Daten der Messungen nicht gespeichert werden.";
    private const string English1 = "The club confirmed on Monday that the coach has signed a new contract until the summer of 2024, ending weeks of speculation about his future after a difficult first half of the season.";
    private const string English2 = "The board said it wanted continuity while the team rebuilds, and that the budget for new players would be set once the club knows which competition it will play in next year.";
    private const string French1 = "Une fausse information sur le virus a circulé pendant des semaines sur les réseaux sociaux avant d'être reprise par plusieurs responsables politiques, selon une étude publiée mardi.";
    private const string French2 = "Les chercheurs ont retracé la diffusion du message depuis un compte anonyme jusqu'aux plateaux de télévision, en passant par des groupes privés qui comptent des milliers de membres.";

    [Theory]
    [InlineData("de", "Abstandsregeln und Fieberkontrollen : Wie Firmen ihre Beschäftigten vor dem Coronavirus schützen", "Wie Firmen ihre Beschäftigten vor dem Coronavirus schützen")]
    [InlineData("en", "Club news : The coach stays until 2024 after weeks of speculation", "The coach stays until 2024 after weeks of speculation")]
    [InlineData("fr", "Covid-19 et infox : comment une rumeur devient réalité", "Covid-19 et infox : comment une rumeur devient réalité")]
    public void A_kicker_joined_by_a_spaced_colon_is_left_out_except_in_French(string language, string line, string title)
    {
        var (menu, p1, p2, date) = language switch
        {
            "de" => (new[] { "Startseite", "Wirtschaft", "Politik" }, German1, German2, "12.03.2020, 14:05 Uhr"),
            "fr" => (new[] { "Accueil", "Société", "Politique" }, French1, French2, "12 mars 2020 à 14h05"),
            _ => (new[] { "Home", "Sport", "Football" }, English1, English2, "March 12, 2020"),
        };
        var a = ArticleExtractor.Extract(string.Join("\n", [.. menu, "", line, date, "", p1, "", p2, "", "Newsletter", "Impressum"]));

        Assert.Equal(title, a.Title);
    }

    [Theory]
    [InlineData("Energiewende und Mobilität : , Thema: Forschung")]
    [InlineData("Ein : Zwei : Drei und vier Wörter")]
    public void A_spaced_colon_without_a_headline_after_one_short_kicker_leaves_the_line_alone(string line)
    {
        Assert.Null(ArticleParser.AfterKicker(line, () => "de"));
    }
}
