using BelarusUsArchive.Benchmarks;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>
/// The import command killed with SIGKILL at many points (during start-up and migration, and as its progress
/// reaches staggered articles), restarted each time: the store must stay sound after every kill, never hold a
/// half-imported article, and end identical, record for record, to an uninterrupted import of the same corpus.
/// </summary>
[Collection(nameof(CrashSafetyTests))]
public class CrashSafetyTests(ITestOutputHelper output)
{
    public const int Seed = 20261203;

    private static int Articles => FuzzRunner.Long ? 10_000 : 300;
    private static int StartupKills => FuzzRunner.Long ? 10 : 3;
    private static int ArticleKills => FuzzRunner.Long ? 50 : 7;
    private static TimeSpan Patience => FuzzRunner.Long ? TimeSpan.FromHours(1) : TimeSpan.FromMinutes(4);

    private sealed record KillPoint(TimeSpan? Delay, int? Article)
    {
        public override string ToString() => Delay is { } d ? $"{d.TotalMilliseconds:0} ms after start" : $"article {Article}";
    }

    [Fact]
    public async Task An_import_killed_at_many_points_and_restarted_ends_identical_to_an_uninterrupted_one()
    {
        using var folder = new TestFolder(withSeeds: false);
        var corpus = Path.Combine(folder.Path, "corpus");
        Corpus.Write(Repo.Seeds, corpus, Articles);
        var reference = Path.Combine(folder.Path, "reference.db");
        var whole = await new ImportProcess(reference, folder.Path).RunAsync(corpus, patience: Patience);
        Assert.True(whole.ExitCode == 0, $"the uninterrupted import {whole}:\n{Tail(whole.Output)}");
        var fresh = StoreChecks.Articles(reference);
        Assert.Equal(Articles, fresh.Count);

        var crashed = Path.Combine(folder.Path, "crashed.db");
        var import = new ImportProcess(crashed, folder.Path);
        var plan = Plan(new Random(Seed));
        output.WriteLine($"seed {Seed}: {Articles} articles, {plan.Count} kill points; uninterrupted import {whole}");
        var problems = new List<string>();
        var killed = 0;
        foreach (var point in plan)
        {
            var end = await import.RunAsync(corpus, point.Delay, point.Article, Patience);
            output.WriteLine($"  kill at {point}: {end}");
            Assert.True(end.Killed || end.ExitCode == 0, $"the import restarted before {point} {end}:\n{Tail(end.Output)}");
            killed += end.Killed ? 1 : 0;
            problems.AddRange(StoreChecks.Problems(crashed).Concat(StoreChecks.HalfImported(StoreChecks.Articles(crashed), fresh))
                .Select(p => $"after the kill at {point}: {p}"));
        }
        var last = await import.RunAsync(corpus, patience: Patience);
        var digest = ArchiveDigest.Of(crashed);
        var differences = digest.Differences(ArchiveDigest.Of(reference));

        output.WriteLine($"final import {last}; {killed} kills survived; {digest.RowCount} records in {digest.Tables.Count} tables compared, {differences.Count} tables differ");
        Assert.True(last.ExitCode == 0, $"the final import {last}:\n{Tail(last.Output)}");
        Assert.Empty(problems.Concat(StoreChecks.Problems(crashed)).Concat(StoreChecks.MigrationLocks(crashed)));
        Assert.Empty(differences);
        Assert.True(killed >= plan.Count - 1, $"only {killed} of {plan.Count} runs were killed before they finished");
    }

    [Fact]
    public async Task A_migration_lock_left_by_a_killed_import_does_not_stop_the_next_start()
    {
        using var folder = new TestFolder();
        var import = new ImportProcess(folder.Database, folder.Path);
        var first = await import.RunAsync(folder.Seeds, patience: Patience);
        Assert.Equal(0, first.ExitCode);
        using (var connection = StoreChecks.Open(folder.Database))
        using (var command = connection.CreateCommand())
        {
            // The row EF Core's SQLite migration lock holds while migrating, as a process killed then leaves it.
            command.CommandText = "INSERT INTO __EFMigrationsLock(Id, Timestamp) VALUES (1, '2026-12-01 21:00:00.0000000+00:00')";
            command.ExecuteNonQuery();
        }

        var again = await import.RunAsync(folder.Seeds, patience: TimeSpan.FromSeconds(90));

        Assert.True(again.ExitCode == 0, $"the import after a left lock {again}:\n{Tail(again.Output)}");
        Assert.Contains("5 files: 0 new, 0 updated, 5 unchanged, 0 re-extracted, 0 failed", again.Output, StringComparison.Ordinal);
        Assert.Empty(StoreChecks.MigrationLocks(folder.Database));
    }

    [Fact]
    public async Task A_changed_people_file_interrupted_while_relinking_is_applied_whole_after_the_restart()
    {
        using var folder = new TestFolder(withSeeds: false);
        var corpus = Path.Combine(folder.Path, "corpus");
        Corpus.Write(Repo.Seeds, corpus, FuzzRunner.Long ? 1_000 : 80);
        var crashed = Path.Combine(folder.Path, "crashed.db");
        var reference = Path.Combine(folder.Path, "reference.db");
        var import = new ImportProcess(crashed, folder.Path);
        var uninterrupted = new ImportProcess(reference, folder.Path);
        Assert.Equal(0, (await import.RunAsync(corpus, patience: Patience)).ExitCode);
        Assert.Equal(0, (await uninterrupted.RunAsync(corpus, patience: Patience)).ExitCode);
        var aliasesBefore = Count(crashed, "PersonAliases");
        WithoutSurnames(Path.Combine(corpus, "people.json"), 6);
        Assert.Equal(0, (await uninterrupted.RunAsync(corpus, patience: Patience)).ExitCode);
        var fresh = StoreChecks.Articles(reference);
        var relinked = StoreChecks.HalfImported(StoreChecks.Articles(crashed), fresh).Count;

        // Killed while the stored articles are linked to the new people again: a few seconds in, or the moment
        // the new people are visible in the store, whichever comes first.
        var killed = await import.RunAsync(corpus, TimeSpan.FromSeconds(3.5), patience: Patience,
            killWhen: () => Count(crashed, "PersonAliases") < aliasesBefore);
        var problems = StoreChecks.Problems(crashed);
        var restarted = await import.RunAsync(corpus, patience: Patience);

        output.WriteLine($"{fresh.Count} articles, {relinked} of them linked differently under the new people file; relinking {killed}; restart {restarted}");
        Assert.True(relinked > fresh.Count / 4, "the changed people file changes how many articles are linked");
        Assert.True(killed.Killed, $"the relinking run was not killed: {killed}");
        Assert.Empty(problems);
        Assert.Equal(0, restarted.ExitCode);
        Assert.Empty(StoreChecks.HalfImported(StoreChecks.Articles(crashed), fresh));
        Assert.Empty(ArchiveDigest.Of(crashed).Differences(ArchiveDigest.Of(reference)));
    }

    /// <summary>The people file with the first people's one-word aliases (surnames alone) taken out.</summary>
    private static void WithoutSurnames(string peopleFile, int people)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(peopleFile))!;
        foreach (var person in json["people"]!.AsArray().Take(people))
        {
            var aliases = person!["aliases"]!.AsArray();
            foreach (var alias in aliases.Where(a => !a!.GetValue<string>().Contains(' ', StringComparison.Ordinal)).ToList())
            {
                aliases.Remove(alias);
            }
        }
        File.WriteAllText(peopleFile, json.ToJsonString());
    }

    private static long Count(string database, string table)
    {
        using var connection = StoreChecks.Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Kills during start-up (host, migration, people file) at random delays, then at staggered articles.</summary>
    private static List<KillPoint> Plan(Random random)
    {
        var plan = Enumerable.Range(0, StartupKills).Select(_ => new KillPoint(TimeSpan.FromMilliseconds(random.Next(150, 2500)), null)).ToList();
        var step = Articles / (ArticleKills + 1);
        plan.AddRange(Enumerable.Range(1, ArticleKills).Select(k => new KillPoint(null, Math.Clamp((k * step) + random.Next(-step / 3, (step / 3) + 1), 1, Articles - 1))));
        return plan;
    }

    private static string Tail(string text) => text.Length > 3000 ? "…" + text[^3000..] : text;
}

/// <summary>The import processes take both cores; run alone, they leave the fuzzers' answer times alone too.</summary>
[CollectionDefinition(nameof(CrashSafetyTests), DisableParallelization = true)]
public sealed class CrashSafetyCollection;
