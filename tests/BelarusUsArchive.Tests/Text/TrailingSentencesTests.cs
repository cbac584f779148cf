using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// Issue 16: a plain copy whose last paragraphs are short (a news report's one-sentence paragraphs, an interview's
/// questions and answers, chronology entries) keeps them: the classifier's run ended before them for their length, and
/// the people and events they name were lost. A page whose tail holds anything that is no sentence keeps its old edge.
/// </summary>
public sealed class TrailingSentencesTests
{
    private static string Truth(string set, string file) => File.ReadAllText(Path.Combine(Repo.Root, "tests", "BelarusUsArchive.Tests", "Truth", set, file));

    private static string Body(ParsedArticle a) => string.Join("\n", a.Blocks.Select(b => b.Text));

    [Theory]
    [InlineData("heldout2", "g10-news-poczobut.txt", "Foreign Minister Zbigniew Rau summoned", "Poczobut refused to ask Lukashenka for a pardon.")]
    [InlineData("heldout2", "g07-timeline-relations.txt", "The Senate confirms Julie Fisher", "as Russian troops attack Ukraine from Belarus.")]
    [InlineData("heldout", "h04-interview-tsapkala.txt", "Will you go back?", "When Lukashenko goes, yes.")]
    public void Short_sentences_to_the_end_of_a_plain_copy_are_the_articles(string set, string file, string inside, string last)
    {
        var body = Body(ArticleParser.Parse(Truth(set, file)));

        Assert.Contains(inside, body, StringComparison.Ordinal);
        Assert.EndsWith(last, body.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tail_with_headlines_of_other_articles_is_still_cut()
    {
        var page = Truth("heldout2", "g10-news-poczobut.txt").TrimEnd() + "\n\nMore from the region\n\nLithuania closes two border crossings with Belarus\n\nMinsk court jails a Polish activist\n";

        var body = Body(ArticleParser.Parse(page));

        Assert.DoesNotContain("Lithuania closes two border crossings", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Minsk court jails", body, StringComparison.Ordinal);
    }
}
