using System.Text;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Text.Search;
using Microsoft.Data.Sqlite;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>
/// Search under attack: hand-picked nasty queries and seeded generated ones (the seed is printed, so a
/// failure can be replayed), straight into FTS5 and over HTTP to /search and /api/search with any filters.
/// </summary>
public class FuzzSearchTests(ITestOutputHelper output)
{
    public const int Seed = 20261201;

    private static int Generated => FuzzRunner.Long ? 50_000 : 1_200;

    [Fact]
    public void Every_generated_query_becomes_an_expression_fts5_accepts()
    {
        var count = FuzzRunner.Long ? 100_000 : 20_000;
        var random = new Random(Seed);
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='porter unicode61 remove_diacritics 2')");
        Execute(connection, "INSERT INTO t(body) VALUES ('Belarus and the United States: sanctions, potash and prisoners'), ('Лукашэнка у Мінску')");
        using var match = connection.CreateCommand();
        match.CommandText = "SELECT count(*) FROM t WHERE t MATCH $q";
        var q = match.Parameters.Add("$q", SqliteType.Text);
        var failures = new List<string>();
        var expressions = 0;
        var inputs = FuzzQueries.HandPicked().Concat(Enumerable.Range(0, count).Select(_ => FuzzQueries.Generate(random))).ToList();

        foreach (var input in inputs)
        {
            var query = SearchQuery.Parse(input.Text);
            foreach (var expression in new[] { query.ToFts5(), query.ExcludedFts5() }.Where(e => !string.IsNullOrEmpty(e)))
            {
                expressions++;
                q.Value = expression;
                try
                {
                    match.ExecuteScalar();
                }
                catch (SqliteException e)
                {
                    failures.Add($"{input} → {expression}: {e.Message}");
                }
            }
        }

        output.WriteLine($"seed {Seed}: {inputs.Count} queries fuzzed ({inputs.Count - count} hand-picked), {expressions} FTS5 expressions run, {failures.Count} refused");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public async Task Hand_picked_and_generated_queries_with_any_filters_never_break_search_or_its_api()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await using var runner = await FuzzRunner.StartAsync(app);
        await RunAsync(runner, output);
    }

    /// <summary>The campaign itself, for any ArchiveApp (SQLite here; the PostgreSQL provider runs the same).</summary>
    internal static async Task RunAsync(FuzzRunner runner, ITestOutputHelper output)
    {
        var random = new Random(Seed);
        var parameters = new FuzzParameters(await FuzzParameters.FacetValuesAsync(runner));
        var queries = FuzzQueries.HandPicked().Concat(Enumerable.Range(0, Generated).Select(_ => FuzzQueries.Generate(random))).ToList();
        foreach (var query in queries)
        {
            foreach (var path in new[] { "/search", "/api/search" })
            {
                await runner.SendAsync($"{path}?q={query.Encoded}{Filters(random, parameters)}");
            }
        }
        output.WriteLine($"seed {Seed}: {queries.Count} queries, each to /search and /api/search, half of them with filters");
        runner.Report(output, "search fuzz");
        Assert.Equal(0, runner.WarningsAbout("FTS5 rejected"));
    }

    /// <summary>No filter half the time; otherwise some of year, person, author, outlet and page, real or not.</summary>
    private static string Filters(Random random, FuzzParameters parameters)
    {
        if (random.Next(2) == 0)
        {
            return "";
        }
        var query = new StringBuilder();
        foreach (var (name, type) in new[] { ("year", "integer"), ("person", "string"), ("author", "string"), ("outlet", "string"), ("page", "integer") })
        {
            if (random.Next(3) == 0)
            {
                query.Append('&').Append(name).Append('=').Append(parameters.For(random, name, type));
            }
        }
        return query.ToString();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
