using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BelarusUsArchive.Benchmarks;

internal sealed record PageFigures(string Kind, int Urls, int Samples, double P50Ms, double P95Ms, double P99Ms, int Failures);

/// <summary>
/// Every page kind and its API twin, each timed over many distinct URLs (read from the store: random
/// articles, authors, outlets, events, years, deep listing pages), with the web process's output cache
/// off, so each answer is rendered. A kind is cut short once it has spent its time budget.
/// </summary>
internal static class Pages
{
    private const int Warmup = 3;
    private const int Runs = 60;
    // Each kind stops after this many seconds (BENCH_KIND_SECONDS), so a slow build cannot hold the shared machine for long.
    public static readonly TimeSpan KindBudget = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("BENCH_KIND_SECONDS"), out var s) ? s : 60);

    private static readonly string[] Words =
    [
        "belarus", "sanctions", "minsk", "prisoners", "election", "opposition", "washington", "embassy", "democracy",
        "president", "ambassador", "regime", "political", "protest", "relations", "government", "nuclear", "potash",
        "\"political prisoners\"", "sanction*", "democra*", "Krauchenka", "Lukashenka", "\"human rights\"", "embass* visit",
    ];

    // BENCH_KINDS (comma-separated, e.g. "events,timeline") times only the kinds whose names start with one of them.
    private static readonly string[] OnlyKinds = (Environment.GetEnvironmentVariable("BENCH_KINDS") ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static async Task<List<PageFigures>> RunAsync(HttpClient client, string database)
    {
        var urls = Urls(database).Where(u => OnlyKinds.Length == 0 || OnlyKinds.Any(k => u.Kind.StartsWith(k, StringComparison.Ordinal))).ToList();
        var figures = new List<PageFigures>();
        foreach (var (kind, list) in urls)
        {
            var figure = await TimeAsync(client, kind, list);
            figures.Add(figure);
            Console.WriteLine($"  {kind,-22} {figure.Urls,5} urls {figure.Samples,3} samples  p50 {figure.P50Ms,8:0.0}  p95 {figure.P95Ms,8:0.0}  p99 {figure.P99Ms,8:0.0}  failures {figure.Failures}");
        }
        return figures;
    }

    private static async Task<PageFigures> TimeAsync(HttpClient client, string kind, List<string> urls)
    {
        var times = new List<double>();
        var warmups = new List<double>();
        var failures = 0;
        var budget = Stopwatch.StartNew();
        for (var i = 0; i < Warmup + Runs && budget.Elapsed < KindBudget; i++)
        {
            var url = urls[i % urls.Count];
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode)
                {
                    failures++;
                    Console.Error.WriteLine($"    {(int)response.StatusCode} {url}");
                }
            }
            catch (TaskCanceledException)
            {
                failures++;
            }
            (i >= Warmup || urls.Count > Warmup + Runs ? times : warmups).Add(clock.Elapsed.TotalMilliseconds);
        }
        // A kind so slow that its warm-ups spent the budget is reported by them, rather than not at all.
        times = times.Count > 0 ? times : warmups;
        return new PageFigures(kind, urls.Count, times.Count, Stats.Percentile(times, 50), Stats.Percentile(times, 95), Stats.Percentile(times, 99), failures);
    }

    private static List<(string Kind, List<string> Urls)> Urls(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        var random = new Random(20261206);
        List<string> Pick(string sql, int n = 200) => [.. Strings(connection, sql).OrderBy(_ => random.Next()).Take(n)];
        var articles = Pick("SELECT Slug FROM Articles ORDER BY random() LIMIT 2000", 500);
        var years = Pick("SELECT DISTINCT CAST(strftime('%Y', PublishedStart) AS INTEGER) FROM Articles WHERE PublishedStart IS NOT NULL");
        var outlets = Pick("SELECT Slug FROM Outlets");
        var authors = Pick("SELECT Slug FROM Authors");
        var people = Pick("SELECT p.Slug FROM People p JOIN Mentions m ON m.PersonId = p.Id WHERE p.Status <> 'Rejected' GROUP BY p.Id ORDER BY count(*) DESC LIMIT 40");
        var top = people.Count > 0 ? Strings(connection, "SELECT p.Slug FROM People p JOIN Mentions m ON m.PersonId = p.Id GROUP BY p.Id ORDER BY count(*) DESC LIMIT 1")[0] : "none";
        var eventSlugs = Pick("SELECT Slug FROM Events WHERE Status <> 'Rejected' ORDER BY random() LIMIT 1000", 300);
        var pages = (int)Math.Max(1, long.Parse(Strings(connection, "SELECT count(*) FROM Articles")[0], CultureInfo.InvariantCulture) / 20);
        var eventPages = (int)Math.Max(1, long.Parse(Strings(connection, "SELECT count(*) FROM Events")[0], CultureInfo.InvariantCulture) / 50);
        string Of(List<string> list, int i) => list.Count == 0 ? "none" : list[i % list.Count];
        List<string> Make(int n, Func<int, string> url) => [.. Enumerable.Range(0, n).Select(url).Distinct()];
        var kinds = Pick("SELECT DISTINCT lower(Kind) FROM Events");
        var listings = Make(250, i => (i % 5) switch
        {
            0 => $"/articles?year={Of(years, i)}&outlet={Of(outlets, i / 5)}",
            1 => $"/articles?year={Of(years, i)}&person={Of(people, i / 5)}&sort=oldest",
            2 => $"/articles?page={pages - (i * 7 % Math.Max(1, pages / 10))}",
            3 => $"/articles?person={Of(people, i / 5)}&page={1 + (i % 7)}",
            _ => $"/articles?outlet={Of(outlets, i)}&author={Of(authors, i / 5)}&page=2",
        });
        // From/to ranges: a year, a few months, from a year on (a deep page), a year within an outlet.
        var ranges = Make(60, i => (i % 4) switch
        {
            0 => $"/articles?from={Of(years, i)}&to={Of(years, i)}",
            1 => $"/articles?from={Of(years, i)}-03&to={Of(years, i)}-06&sort=oldest",
            2 => $"/articles?from={Of(years, i)}&page={2 + (i % 5)}",
            _ => $"/articles?from={Of(years, i)}&to={Of(years, i)}&outlet={Of(outlets, i / 4)}",
        });
        var events = Make(80, i => (i % 4) switch
        {
            0 => $"/events?page={1 + (i * 13 % eventPages)}",
            1 => $"/events?year={Of(years, i)}",
            2 => $"/events?person={Of(people, i / 4)}&page={1 + (i % 5)}",
            _ => $"/events?kind={Of(kinds, i / 4)}&year={Of(years, i / 4)}",
        });
        var timelines = Make(60, i => (i % 4) switch
        {
            0 => i == 0 ? "/timeline" : $"/timeline?kind={Of(kinds, i / 4)}",
            1 => $"/timeline?person={Of(people, i / 4)}",
            2 => $"/timeline?from={Of(years, i)}&to={Of(years, i)}",
            _ => $"/timeline?person={Of(people, i / 4)}&from={Of(years, i)}-01&to={Of(years, i)}-06",
        });
        var attention = Make(80, i => (i % 4) switch
        {
            0 => $"/attention?person={Of(people, i / 4)}&person={Of(people, i / 4 + 1)}",
            1 => $"/attention?person={Of(people, i / 4)}&by=month&from={Of(years, i)}&to={Of(years, i)}",
            2 => $"/attention?outlet={Of(outlets, i / 4)}&by=month&measure=share",
            _ => $"/attention?outlet={Of(outlets, i / 4)}&person={Of(people, i / 4)}&from={Of(years, i)}",
        });
        var attentionSearches = Make(40, i => $"/attention?q={Uri.EscapeDataString(Words[i % Words.Length])}" + (i / Words.Length % 2 == 0 ? "" : "&by=month"));
        var searches = Make(200, i => $"q={Uri.EscapeDataString(Words[i % Words.Length])}" + (i / Words.Length % 3) switch
        {
            0 => "",
            1 => $"&year={Of(years, i)}",
            _ => $"&person={Of(people, i)}",
        });
        return
        [
            ("home", ["/"]),
            ("listing", listings),
            ("listing (ranges)", ranges),
            ("article", [.. articles.Select(s => "/articles/" + s)]),
            ("person (most mentioned)", Make(30, i => i == 0 ? $"/people/{top}" : $"/people/{top}?page={i + 1}")),
            ("people", Make(10, i => i == 0 ? "/people" : $"/people?page={i + 1}")),
            ("author", [.. authors.Select(s => "/authors/" + s)]),
            ("outlet", [.. outlets.Select(s => "/outlets/" + s)]),
            ("events", events),
            ("event", [.. eventSlugs.Select(s => "/events/" + s)]),
            ("timeline", timelines),
            ("attention (people, outlets)", attention),
            ("attention (searches)", attentionSearches),
            ("network", Make(41, i => i == 0 ? "/people/network" : $"/people/network?person={Of(people, i - 1)}")),
            ("search", [.. searches.Select(s => "/search?" + s)]),
            ("api articles", [.. listings.Select(u => u.Replace("/articles?", "/api/articles?", StringComparison.Ordinal).Replace("&sort=oldest", "", StringComparison.Ordinal))]),
            ("api articles (ranges)", [.. ranges.Select(u => u.Replace("/articles?", "/api/articles?", StringComparison.Ordinal).Replace("&sort=oldest", "", StringComparison.Ordinal))]),
            ("api article", [.. articles.Select(s => "/api/articles/" + s)]),
            ("api person", Make(30, i => i == 0 ? $"/api/people/{top}" : $"/api/people/{top}?page={i + 1}")),
            ("api people", Make(10, i => $"/api/people?page={i + 1}")),
            ("api events", [.. events.Select(u => "/api" + u)]),
            ("api event", [.. eventSlugs.Select(s => "/api/events/" + s)]),
            ("api search", [.. searches.Select(s => "/api/search?" + s)]),
        ];
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }
        return list;
    }
}

internal static class Stats
{
    public static double Percentile(List<double> values, int p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = values.Order().ToList();
        return Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)], 1);
    }
}
