using BelarusUsArchive.Benchmarks;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Import;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Import;

/// <summary>
/// The import writes many files per transaction while others are parsed in parallel: a file the store refuses in
/// the middle of a batch must stay out alone, reported by name, and the batch's other files must end as a run
/// without that file would leave them; unchanged files are told apart before any parsing.
/// </summary>
[Collection(nameof(ImportBatchTests))]
public class ImportBatchTests
{
    private const int Articles = 40;

    [Fact]
    public async Task A_file_the_store_refuses_mid_batch_stays_out_alone_and_the_rest_end_as_without_it()
    {
        using var withBad = new TestFolder(withSeeds: false);
        using var without = new TestFolder(withSeeds: false);
        Corpus.Write(Repo.Seeds, withBad.Seeds, Articles);
        Corpus.Write(Repo.Seeds, without.Seeds, Articles);
        // Parsed fine, refused when written (the sidecar's date is no date): the whole batch is rolled back and written again.
        File.WriteAllText(Path.Combine(withBad.Seeds, "synthetic-000017.meta.json"), """{ "published": "last spring" }""");
        File.Delete(Path.Combine(without.Seeds, "synthetic-000017.txt"));
        File.Delete(Path.Combine(without.Seeds, "synthetic-000017.meta.json"));

        var (exit, output, stored) = await ImportAsync(withBad);
        var (cleanExit, _, reference) = await ImportAsync(without);

        Assert.Equal(1, exit);
        Assert.Equal(0, cleanExit);
        Assert.Contains($"{Articles} files: {Articles - 1} new, 0 updated, 0 unchanged, 0 re-extracted, 1 failed", output, StringComparison.Ordinal);
        Assert.Contains("failed: synthetic-000017.txt: the sidecar's published value 'last spring'", output, StringComparison.Ordinal);
        var progress = output.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\[\d+/\d+\] ")).ToList();
        Assert.Equal(Articles, progress.Count);
        Assert.Equal([.. Enumerable.Range(0, Articles).Select(i => $"synthetic-{i:000000}.txt")], progress.Select(l => l.Split(' ')[^1].Trim()));
        Assert.Equal(reference, stored);
        Assert.NotEmpty(stored.Events);
    }

    [Fact]
    public async Task A_reimport_of_unchanged_files_reports_every_one_unchanged_and_changes_nothing()
    {
        using var folder = new TestFolder(withSeeds: false);
        Corpus.Write(Repo.Seeds, folder.Seeds, Articles);
        var (first, _, before) = await ImportAsync(folder);

        var (again, output, after) = await ImportAsync(folder);

        Assert.Equal(0, first);
        Assert.Equal(0, again);
        Assert.Contains($"{Articles} files: 0 new, 0 updated, {Articles} unchanged, 0 re-extracted, 0 failed", output, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Parallel_work_comes_back_in_order_with_no_more_than_the_given_number_running()
    {
        var running = 0;
        var most = 0;
        var results = new List<int>();
        await foreach (var n in OrderedWork.RunAsync([.. Enumerable.Range(0, 300)], n =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep((n * 7) % 5);
            Interlocked.Decrement(ref running);
            return n * 2;
        }, degree: 3, ahead: 8, CancellationToken.None))
        {
            results.Add(n);
        }

        Assert.Equal([.. Enumerable.Range(0, 300).Select(n => n * 2)], results);
        Assert.InRange(most, 1, 3);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
            seen = Volatile.Read(ref target);
        }
    }

    /// <summary>The import command, in process, on the folder's seeds folder: exit code, what it printed, what the store holds.</summary>
    private static async Task<(int Exit, string Output, StoreSnapshot Stored)> ImportAsync(TestFolder folder)
    {
        await using var app = new ArchiveApp(folder, importOnStartup: false);
        await app.StartAsync();
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int exit;
        try
        {
            exit = await ImportCommand.RunAsync(app.Services, [folder.Seeds]);
        }
        finally
        {
            Console.SetOut(original);
        }
        return (exit, output.ToString(), app.InScope(Snapshot));
    }

    private sealed record StoreSnapshot(List<string> Articles, List<string> Events, List<string> People)
    {
        public bool Equals(StoreSnapshot? other) => other is not null
            && Articles.SequenceEqual(other.Articles) && Events.SequenceEqual(other.Events) && People.SequenceEqual(other.People);

        public override int GetHashCode() => Articles.Count;

        public override string ToString() => string.Join('\n', Articles.Concat(Events).Concat(People));
    }

    /// <summary>What a reader sees of each article, event and person, by content rather than by id.</summary>
    private static StoreSnapshot Snapshot(ArchiveDb db)
    {
        var articles = db.Articles.AsNoTracking().OrderBy(a => a.SourceFile)
            .Select(a => $"{a.SourceFile} {a.Slug} {a.Title} p{a.Paragraphs.Count} m{a.Mentions.Count} e{db.EventSources.Count(s => s.ArticleId == a.Id)}")
            .ToList();
        var events = db.Events.AsNoTracking().Select(e => $"{e.Slug} {e.Date!.Edtf} {e.Place} {e.Participants.Count} {e.Sources.Count}").ToList();
        var people = db.People.AsNoTracking().Select(p => $"{p.Slug} {p.Status} {p.Mentions.Count}").ToList();
        return new StoreSnapshot(articles, [.. events.Order(StringComparer.Ordinal)], [.. people.Order(StringComparer.Ordinal)]);
    }
}

/// <summary>Each test runs whole imports; alone, they leave the shared cores to one another.</summary>
[CollectionDefinition(nameof(ImportBatchTests), DisableParallelization = true)]
public sealed class ImportBatchCollection;
