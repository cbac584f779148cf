using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Related;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BelarusUsArchive.Tests.Features.Related;

/// <summary>
/// The kept related-reading lists: computed in the background after an import, equal to the lists weighed afresh,
/// told of newer articles without being computed again, and computed again when an article they name is deleted.
/// </summary>
public class RelatedListsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Filler = "The talks covered trade, visas and the return of diplomats, and both sides described them as useful but limited in scope.";

    private static string Piece(string title, string date, params string[] paragraphs) =>
        $"{title}\n{date}\n" + string.Join("\n", paragraphs) + "\n";

    /// <summary>Waits (at most 60 s) until the web process has computed every marked list.</summary>
    private static async Task DrainedAsync(ArchiveApp app)
    {
        for (var i = 0; i < 600 && app.InScope(db => db.RelatedStale.Any()); i++)
        {
            await Task.Delay(100, Ct);
        }
        Assert.False(app.InScope(db => db.RelatedStale.Any()), "related-reading lists were still marked stale after 60 s");
    }

    /// <summary>Every article's list, kept or weighed afresh, as "article: related ids in order".</summary>
    private static async Task<List<string>> KeptAndFreshAsync(ArchiveApp app, bool fresh) =>
        [.. (await ListsAsync(app, fresh)).Select(l => $"{l.Article}: {string.Join(", ", l.Related)}")];

    private static async Task<List<(int Article, List<int> Related)>> ListsAsync(ArchiveApp app, bool fresh)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var lists = new List<(int, List<int>)>();
        foreach (var id in await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(Ct))
        {
            lists.Add((id, fresh
                ? [.. RelatedScores.Ranked(await RelatedScores.ForAsync(db, id, Ct)).Take(RelatedScores.Size).Select(s => s.Key)]
                : await db.RelatedReadings.Where(r => r.ArticleId == id).OrderBy(r => r.Rank).Select(r => r.RelatedId).ToListAsync(Ct)));
        }
        return lists;
    }

    [Fact]
    public async Task After_an_import_every_kept_list_is_the_list_weighed_afresh()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        await DrainedAsync(app);

        Assert.Equal(await KeptAndFreshAsync(app, fresh: true), await KeptAndFreshAsync(app, fresh: false));
        Assert.All(await ListsAsync(app, fresh: false), list => Assert.NotEmpty(list.Related));
    }

    [Fact]
    public async Task A_newer_article_enters_the_lists_it_outranks_and_a_deleted_one_leaves_them()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("people.json", File.ReadAllText(Path.Combine(Repo.Seeds, "people.json")));
        folder.Write("anchor.txt", Piece("Talks in Minsk", "10 March 2018, 12:00",
            $"Deputy foreign minister Oleg Kravchenko met American diplomats in Minsk. {Filler}",
            $"Oleg Kravchenko said the dialogue would go on. Foreign minister Vladimir Makei later confirmed the plan. {Filler}"));
        folder.Write("far.txt", Piece("Makei on Trade", "5 May 2018, 15:00",
            $"Vladimir Makei spoke about potash and oil in a long interview. {Filler}"));
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        await DrainedAsync(app);
        var anchor = app.InScope(db => db.Articles.Single(a => a.Slug == "talks-in-minsk").Id);

        var later = Path.Combine(folder.Path, "later");
        Directory.CreateDirectory(later);
        File.WriteAllText(Path.Combine(later, "close.txt"), Piece("Kravchenko Returns to Washington", "1 June 2018, 09:30",
            $"Oleg Kravchenko arrived in Washington for a second round. Oleg Kravchenko and Vladimir Makei had prepared the visit together. {Filler}"));
        await app.ImportAsync(later);
        Assert.False(app.InScope(db => db.RelatedStale.Any(s => s.ArticleId == anchor)), "the older article's own people did not change");
        await DrainedAsync(app);

        var close = app.InScope(db => db.Articles.Single(a => a.Slug == "kravchenko-returns-to-washington").Id);
        Assert.Equal(close, (await ListsAsync(app, fresh: false)).Single(k => k.Article == anchor).Related[0]);
        Assert.Equal(await KeptAndFreshAsync(app, fresh: true), await KeptAndFreshAsync(app, fresh: false));

        app.InScope(db => db.Articles.Where(a => a.Id == close).ExecuteDelete());
        Assert.True(app.InScope(db => db.RelatedStale.Any(s => s.ArticleId == anchor)), "a list naming a deleted article is marked");
        await DrainedAsync(app);
        Assert.DoesNotContain(app.InScope(db => db.RelatedReadings.Select(r => r.RelatedId).ToList()), id => id == close);
        Assert.Equal(await KeptAndFreshAsync(app, fresh: true), await KeptAndFreshAsync(app, fresh: false));
    }

    /// <summary>Every kept row as text: article, rank, related article, weight to the last bit, shared people and events.</summary>
    private static List<string> KeptRows(ArchiveApp app) => app.InScope(db => db.RelatedReadings.OrderBy(r => r.ArticleId).ThenBy(r => r.Rank)
        .AsEnumerable().Select(r => $"{r.ArticleId}/{r.Rank}: {r.RelatedId} {r.Weight:R} {r.SharedPeople} {r.SharedEvents}").ToList());

    /// <summary>Clears every kept list, marks every article, and weighs them all again.</summary>
    private static async Task<List<string>> WeighedAgainAsync(ArchiveApp app, int wholeStoreFrom)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        await db.RelatedReadings.ExecuteDeleteAsync(Ct);
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "RelatedStale"("ArticleId") SELECT "Id" FROM "Articles" WHERE true ON CONFLICT DO NOTHING""", Ct);
        var computed = await RelatedLists.RefreshStaleAsync(db, 3, NullLogger.Instance, Ct, wholeStoreFrom);
        Assert.Equal(await db.Articles.CountAsync(Ct), computed);
        return KeptRows(app);
    }

    [Fact]
    public async Task A_round_weighed_from_the_whole_store_in_memory_keeps_the_lists_each_list_weighed_alone_keeps()
    {
        using var folder = new TestFolder();
        string[] names = ["Alyaksandr Lukashenka", "Oleg Kravchenko", "Vladimir Makei", "Grigory Ioffe", "Vladimir Putin", "Barack Obama"];
        for (var i = 0; i < 14; i++)
        {
            // Each piece names two or three of the people, some twice, so weights, ties and offers vary.
            var named = string.Join(" ", Enumerable.Range(0, 2 + i % 2).Select(k => $"{names[(i + k * 2) % names.Length]} spoke again." + (k == 0 && i % 3 == 0 ? $" {names[i % names.Length]} added more." : "")));
            folder.Write($"piece-{i:00}.txt", Piece($"Round Piece {i}", $"{1 + i} April 2019, 10:00", $"{named} {Filler}", Filler));
        }
        // No background worker: the two rounds below must each weigh every list themselves.
        await using var app = new ArchiveApp(folder)
        {
            TestServices = services => services.Remove(services.Single(d => d.ImplementationType == typeof(RelatedListsWorker))),
        };
        await app.StartAsync();

        var alone = await WeighedAgainAsync(app, wholeStoreFrom: int.MaxValue);
        var round = await WeighedAgainAsync(app, wholeStoreFrom: 1);

        Assert.True(alone.Count >= 50, $"only {alone.Count} kept rows");
        Assert.Equal(alone, round);
        Assert.Equal(await KeptAndFreshAsync(app, fresh: true), await KeptAndFreshAsync(app, fresh: false));
    }
}
