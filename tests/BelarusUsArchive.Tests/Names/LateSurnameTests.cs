using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Text.Names;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Names;

/// <summary>
/// Issue 16: surname-only people. An article that calls someone only by surname is linked to them when another
/// article of the archive names them in full, whichever was read first; a surname several people share goes, where
/// the article names none of them, to the one far more articles name.
/// </summary>
public class LateSurnameTests
{
    private const string SurnameOnly = """
        Why the Kremlin keeps paying for Minsk

        Analysis

        12 March 2021

        Moscow may well increase pressure on Lukashenka and lose interest in him at the same time. Nobody guarantees the
        elite's future the way Lukashenka guarantees it today, and the nomenklatura knows it.
        """;

    private const string FullName = """
        Belarus leader asks Moscow for a new loan

        Wire

        24 March 2021

        Alyaksandr Lukashenka met Russian officials in Sochi on Monday and asked for a new loan. Lukashenka said the money
        would go to state companies.
        """;

    [Fact]
    public async Task A_surname_read_before_the_full_name_is_linked_at_the_end_of_the_import()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("a-kremlin-pays.txt", SurnameOnly);
        folder.Write("b-loan.txt", FullName);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();

        var mentions = app.InScope(db => db.Mentions.AsNoTracking().Where(m => m.Article!.SourceFile.StartsWith("a-"))
            .Select(m => new { m.Surface, m.Person!.Name }).ToList());

        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(("Lukashenka", "Alyaksandr Lukashenka"), (m.Surface, m.Name)));
    }

    [Theory]
    [InlineData(9, 2, 1)]
    [InlineData(3, 2, null)]
    public void A_shared_surname_no_article_context_settles_goes_to_the_far_better_known_bearer(int president, int son, int? expected)
    {
        var finder = new MentionFinder([new KnownPerson(1, ["Alexander Lukashenko", "Lukashenko"]), new KnownPerson(2, ["Viktor Lukashenko", "Lukashenko"])],
            new Dictionary<int, int> { [1] = president, [2] = son });

        var found = finder.Find(["Lukashenko flew over the city in a helicopter on 23 August carrying a rifle."]);

        Assert.Equal(expected, found.Select(m => (int?)m.PersonId).SingleOrDefault());
    }

    [Fact]
    public void The_bearer_the_article_names_in_full_still_wins_over_the_better_known()
    {
        var finder = new MentionFinder([new KnownPerson(1, ["Alexander Lukashenko", "Lukashenko"]), new KnownPerson(2, ["Viktor Lukashenko", "Lukashenko"])],
            new Dictionary<int, int> { [1] = 40, [2] = 2 });

        var found = finder.Find(["Viktor Lukashenko heads the National Olympic Committee.", "Lukashenko did not answer questions from reporters."]);

        Assert.Equal(2, Assert.Single(found, m => m.Paragraph == 1).PersonId);
    }
}
