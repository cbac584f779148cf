using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// A clean copy that opens with the site's name or a consent button (version 9): when nearly all of a copied page is the
/// article, the parser reads it without a frame and version 8 took its first line for the title ("PAWSZILLA", "Update
/// Consent", "ICON Magazine", the Wayback Machine's banner: 10 pages of the development set). The headline under it is
/// the title now; a copy that opens with its headline (the seeds) keeps it. Written by hand in those pages' shapes.
/// </summary>
public sealed class CleanCopyHeadlineTests
{
    private static readonly string[] Body =
    [
        "Taking a multivitamin every day is one of the most common health habits in the country, and many people believe that the pills make up for whatever their diet is missing on a busy week.",
        "Nutrition researchers say that the picture is more complicated than that, because the body absorbs vitamins from food differently than it does from a tablet, and some of the vitamins can build up over time.",
        "For most healthy adults a balanced diet gives all the vitamins that they need, although pregnant women, older people and those with particular conditions may benefit from taking a supplement.",
        "If you are thinking about a daily multivitamin, the researchers advise talking to a doctor first, since the right dose depends on your age, your diet and the medicines that you already take.",
    ];

    [Theory]
    [InlineData("PAWSZILLA")]
    [InlineData("Update Consent")]
    public void The_headline_under_the_sites_name_is_the_title(string opening)
    {
        var page = string.Join("\n", [opening, "", "When you take a multivitamin every day, this is what happens to your body", "", "By Cat Lafuente", "", .. Body]);

        var a = ArticleExtractor.Extract(page);

        Assert.Equal("When you take a multivitamin every day, this is what happens to your body", a.Title);
        Assert.Equal(["Cat Lafuente"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_copy_that_opens_with_its_headline_keeps_it()
    {
        var page = string.Join("\n", ["What a daily multivitamin does to your body", "", "Jane Doe, Health Weekly", "", .. Body]);

        var a = ArticleExtractor.Extract(page);

        Assert.Equal("What a daily multivitamin does to your body", a.Title);
    }
}
