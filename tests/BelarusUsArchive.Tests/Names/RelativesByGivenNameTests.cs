using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Text.Names;

namespace BelarusUsArchive.Tests.Names;

/// <summary>
/// Issue 16: relatives the text calls by given name only ("His wife, Susan, taught English …", "her sister Olga") are
/// people, named with the surname of the one the possessive points at, and their lone given name counts as their mention;
/// the bare surname stays with the one named in full, and a kin word before a full name makes no second person.
/// </summary>
public sealed class RelativesByGivenNameTests
{
    private static string[] Paragraphs(string set, string file) =>
        [.. File.ReadAllText(Path.Combine(Repo.Root, "tests", "BelarusUsArchive.Tests", "Truth", set, file)).ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => p.Replace('\n', ' ').Trim())];

    [Theory]
    [InlineData("heldout3", "k03-profile-envoy.txt", "Susan Speckhard")]
    [InlineData("heldout3", "k03-profile-envoy.txt", "Anna Speckhard")]
    [InlineData("heldout3", "k09-ngo-report.txt", "Olga Hershe")]
    public void A_given_name_after_a_possessive_and_a_kin_word_is_a_relative(string set, string file, string name) =>
        Assert.Contains(CandidateFinder.Find(Paragraphs(set, file)), c => c.Name == name && c.ByGivenName);

    [Fact]
    public void A_kin_word_before_a_full_name_makes_no_relative_by_given_name() =>
        Assert.DoesNotContain(CandidateFinder.Find(["Alexander Lukashenko brought his son Viktor Lukashenko to the talks."]), c => c.ByGivenName);

    [Fact]
    public void The_relatives_given_name_counts_for_them_and_the_bare_surname_for_the_one_named_in_full()
    {
        var finder = new MentionFinder([new KnownPerson(1, ["Daniel Speckhard", "Speckhard"]), new KnownPerson(2, ["Susan Speckhard"]), new KnownPerson(3, ["Anna Speckhard"])]);

        var found = finder.Find(Paragraphs("heldout3", "k03-profile-envoy.txt"));

        Assert.Equal(2, found.Count(m => m.PersonId == 2));
        Assert.Equal(2, found.Count(m => m.PersonId == 3));
        Assert.All(found.Where(m => m.Surface == "Speckhard"), m => Assert.Equal(1, m.PersonId));
    }
}
