using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// The lead under the headline (version 8): news, magazine and press-release pages print a sentence or two under the
/// headline, then the date, source and image credits, a tag line and a share row, then the text. The block classifier
/// leaves the lead outside the article's run (furniture on both sides), and version 7 dropped it as furniture between
/// the headline and the article (about 60 lead paragraphs of the development set, in German, English, Polish, Spanish,
/// Finnish). Written by hand in those pages' shapes.
/// </summary>
public sealed class LeadShapesTests
{
    private static string Page(string[] menu, string headline, string lead, string[] between, string[] body, string[] footer) =>
        string.Join("\n", [.. menu, headline, lead, "", .. between, "", .. body.SelectMany(p => new[] { p, "" }), .. footer]);

    public static TheoryData<string, string, string, string> Pages => new()
    {
        {
            Page(["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur"],
                "Stadtrat beschließt einen neuen Radweg am Fluss",
                "Der neue Radweg von Altstadt-Süd über die Nordbrücke nach Neustadt-West kostet nach Angaben des Bauamts rund 4,2 Millionen Euro, Baubeginn März 2021, Fertigstellung Herbst 2022, Länge 7,4 Kilometer.",
                ["12.03.2020 - 14:05", "", "Quelle: dpa", "", "Bild: dpa", "",
                    "Themen: Radweg · Stadtrat · Verkehr · Nordbrücke · Altstadt-Süd · Neustadt-West · Bauamt · Haushalt 2021", "",
                    "Facebook", "Twitter", "WhatsApp", "Messenger", "Telegram", "Mail"],
                ["Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, dass entlang des Flusses ein neuer Radweg gebaut wird, der die beiden Ufer der Stadt miteinander verbindet und den Verkehr entlastet.",
                    "Die Arbeiten sollen nach den Worten der Bürgermeisterin im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, wobei die Kosten zum größten Teil vom Land getragen werden, wie sie betonte."],
                ["Impressum", "Kontakt", "Datenschutz", "Newsletter", "© 2020 Die Zeitung"]),
            "Stadtrat beschließt einen neuen Radweg am Fluss",
            "Der neue Radweg von Altstadt-Süd über die Nordbrücke nach Neustadt-West",
            "Quelle: dpa"
        },
        {
            Page(["Home", "News", "Business", "Sport", "Culture"],
                "Council approves a new cycle path along the river",
                "The new path from Old Town South over North Bridge to New Town West will cost $4.2 million according to the planning office, with work from March 2021, completion in autumn 2022 and 7.4 km length.",
                ["March 12, 2020 2:05 PM", "", "Source: AP", "", "Photo: AP", "",
                    "Topics: Cycle path · City Council · Traffic · North Bridge · Old Town South · New Town West · Budget 2021", "",
                    "Facebook", "Twitter", "WhatsApp", "Messenger", "Telegram", "Email"],
                ["The city council voted on Tuesday evening by a large majority to build a new cycle path along the river, linking both banks of the city and easing the traffic in the centre of the town.",
                    "Work is due to begin next spring and take about two years, the mayor said, with most of the cost borne by the state government rather than by the city itself, as she pointed out."],
                ["Imprint", "Contact", "Privacy", "Newsletter", "© 2020 The Paper"]),
            "Council approves a new cycle path along the river",
            "The new path from Old Town South over North Bridge to New Town West",
            "Source: AP"
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_lead_under_the_headline_is_the_articles_first_paragraph(string page, string headline, string lead, string credit)
    {
        var a = ArticleExtractor.Extract(page);

        Assert.Equal(headline, a.Title);
        Assert.StartsWith(lead, a.Blocks[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(a.Blocks, b => b.Text.Contains(credit, StringComparison.Ordinal));
        Assert.DoesNotContain(a.Blocks, b => b.Text.StartsWith("Topics:", StringComparison.Ordinal) || b.Text.StartsWith("Themen:", StringComparison.Ordinal));
    }
}
