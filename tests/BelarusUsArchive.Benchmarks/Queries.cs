using System.Diagnostics;
using System.Text.Json;
using BelarusUsArchive.Text.Search;
using Microsoft.Data.Sqlite;

namespace BelarusUsArchive.Benchmarks;

/// <summary>
/// A query kind's figures: through /api/search, beside the same MATCH straight to FTS5, ranked (top 20 paragraphs by
/// bm25) and counted (count(*) of the matching paragraphs: "the same matches counted in raw FTS5", issue 15).
/// </summary>
internal sealed record QueryFigures(string Kind, string Filters, double P50Ms, double P95Ms, double P99Ms, double RawFtsP95Ms, double RawCountP95Ms);

/// <summary>Each query kind alone and with a year and a person filter, through /api/search (facets included) and as raw FTS5.</summary>
internal static class Queries
{
    private const int Warmup = 3;
    private const int Runs = 30;

    private static readonly (string Kind, string Q)[] Kinds =
    [
        ("rare word", Corpus.RareWord),
        ("common word", "Belarus"),
        ("phrase", "\"political prisoners\""),
        ("prefix", "sanction*"),
        ("person with aliases", "Krauchenka"),
    ];

    public static async Task<List<QueryFigures>> RunAsync(HttpClient client, string database)
    {
        var person = await PersonSlugAsync(client);
        var filters = new (string Name, string Query)[] { ("none", ""), ("year", "&year=2010"), ("person", "&person=" + person) };
        var figures = new List<QueryFigures>();
        foreach (var (kind, q) in Kinds)
        {
            var raw = RawP95(database, q, "SELECT rowid FROM ParagraphsFts WHERE ParagraphsFts MATCH $q ORDER BY rank LIMIT 20");
            var counted = RawP95(database, q, "SELECT count(*) FROM ParagraphsFts WHERE ParagraphsFts MATCH $q");
            foreach (var (name, query) in filters)
            {
                var url = $"/api/search?q={Uri.EscapeDataString(q)}{query}";
                var times = new List<double>();
                var warmups = new List<double>();
                var budget = Stopwatch.StartNew();
                for (var i = 0; i < Warmup + Runs && budget.Elapsed < Pages.KindBudget / 3; i++)
                {
                    var clock = Stopwatch.StartNew();
                    try
                    {
                        using var response = await client.GetAsync(url);
                        await response.Content.ReadAsStringAsync();
                        if (!response.IsSuccessStatusCode)
                        {
                            Console.Error.WriteLine($"    {(int)response.StatusCode} {url}");
                        }
                    }
                    catch (TaskCanceledException)
                    {
                        Console.Error.WriteLine($"    timed out: {url}");
                    }
                    (i >= Warmup ? times : warmups).Add(clock.Elapsed.TotalMilliseconds);
                }
                // A query so slow that its warm-ups spent the budget is reported by them, rather than as no figure.
                times = times.Count > 0 ? times : warmups;
                figures.Add(new QueryFigures(kind, name, Percentile(times, 50), Percentile(times, 95), Percentile(times, 99), raw, counted));
                Console.WriteLine($"  {kind} / {name}: p95 {Percentile(times, 95):0.0} ms");
            }
        }
        return figures;
    }

    /// <summary>
    /// The same expression straight to FTS5 on a plain connection, as <paramref name="sql"/> asks; stopped, like the
    /// requests, after a third of the kind's budget (ranking every match of a common word took 32 s a run at 100,000).
    /// </summary>
    private static double RawP95(string database, string q, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$q", SearchQuery.Parse(q).ToFts5());
        var times = new List<double>();
        var warmups = new List<double>();
        var budget = Stopwatch.StartNew();
        for (var i = 0; i < Warmup + Runs && budget.Elapsed < Pages.KindBudget / 3; i++)
        {
            var clock = Stopwatch.StartNew();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                }
            }
            (i >= Warmup ? times : warmups).Add(clock.Elapsed.TotalMilliseconds);
        }
        return Percentile(times.Count > 0 ? times : warmups, 95);
    }

    private static async Task<string> PersonSlugAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/people?q=Lukashenka"));
        return json.RootElement.GetProperty("items")[0].GetProperty("slug").GetString()!;
    }

    private static double Percentile(List<double> values, int p) => Stats.Percentile(values, p);
}
