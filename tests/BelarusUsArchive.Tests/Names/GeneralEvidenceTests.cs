using BelarusUsArchive.Text.Names;

namespace BelarusUsArchive.Tests.Names;

/// <summary>
/// Issue 16: people found from what marks a name in any text, without the people file: a given name of the
/// lexicons, kinship that keeps namesakes apart, and a lone given name of someone the article named in full.
/// </summary>
public class GeneralEvidenceTests
{
    [Theory]
    [InlineData("Belarusian authorities on Monday released Daniel Brooks.", "Daniel Brooks")]
    [InlineData("Lukashenko met Vladimir Putin in Sochi.", "Vladimir Putin")]
    [InlineData("Security officers arrested the journalist and his companion Sofia Sapega.", "Sofia Sapega")]
    [InlineData("The authorities arrested Viktar Babaryka on 18 June.", "Viktar Babaryka")]
    [InlineData("Professor at the University of Redford Grigory Ioffe said so.", "Grigory Ioffe")]
    public void A_given_name_and_a_surname_are_a_person_without_a_role_word(string text, string name) =>
        Assert.Contains(name, CandidateFinder.Find([text]).Select(c => c.Name));

    [Theory]
    [InlineData("The sanctions hit Belaruskali and the Ryanair flight landed in Minsk in May.")]
    [InlineData("In August Lukashenka released six prisoners.")]
    [InlineData("He spoke at the Penn Biden Center and walked along Independence Avenue.")]
    public void Months_organisations_and_streets_are_not_people(string text) =>
        Assert.Empty(CandidateFinder.Find([text]));

    [Fact]
    public void A_bare_surname_goes_to_the_namesake_not_introduced_as_a_relative()
    {
        var finder = new MentionFinder([new KnownPerson(1, ["Alexander Lukashenko", "Lukashenko"]), new KnownPerson(2, ["Dmitry Lukashenko", "Lukashenko"])]);
        string[] text = ["Alexander Lukashenko chairs the committee.", "Dmitry Lukashenko, the middle son, heads the club.", "Lukashenko told a press conference that none of his sons would succeed him."];

        var bare = Assert.Single(finder.Find(text), m => m.Paragraph == 2);

        Assert.Equal(1, bare.PersonId);
    }

    [Fact]
    public void A_lone_given_name_counts_but_a_month_spelled_alike_does_not()
    {
        var finder = new MentionFinder([new KnownPerson(1, ["Daniel Brooks", "Brooks"]), new KnownPerson(2, ["Julie Fisher", "Fisher"])]);
        string[] text = ["Daniel Brooks was met by Julie Fisher.", "He was detained in July 2022.", "\"We are grateful that Daniel is coming home,\" his sister said."];

        var found = finder.Find(text);

        Assert.Equal(2, found.Count(m => m.PersonId == 1));
        Assert.Equal(1, found.Count(m => m.PersonId == 2));
    }
}
