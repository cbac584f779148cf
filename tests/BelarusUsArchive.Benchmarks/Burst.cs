using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;

namespace BelarusUsArchive.Benchmarks;

internal sealed record BurstFigures(int Searches, int Answered, int Refused, int OverBudget, int Failed, double Seconds,
    int HealthSamples, double HealthP50Ms, double HealthP95Ms, int ArticleSamples, double ArticleP50Ms, double ArticleP95Ms,
    double QuietHealthP95Ms, double QuietArticleP95Ms);

/// <summary>
/// Issue 15, item 4: 200 hostile searches sent at once (one-letter prefixes, common words and their ORs, each one
/// different, deep pages), and meanwhile /health and distinct article pages requested one after another and timed, as a
/// reader would meet the site during such a burst. The searches may be answered, refused (429) or stopped by the
/// budget (400); what is measured is what the rest of the site does meanwhile.
/// </summary>
internal static class Burst
{
    private const int Searches = 200;

    private static readonly string[] Common = ["belarus", "minsk", "sanction*", "president", "government", "opposition", "united", "states"];

    private static string Hostile(int i) => (i % 2) switch
    {
        0 => string.Join(" OR ", "abcdefghijklmno".Select(c => c + "*").Append("w" + i.ToString(CultureInfo.InvariantCulture) + "*")),
        _ => string.Join(" OR ", Common.Skip(i % Common.Length).Concat(Common.Take(i % Common.Length))) + " " + "elect*",
    };

    public static async Task<BurstFigures> RunAsync(Uri baseAddress, string database)
    {
        var slugs = ArticleSlugs(database);
        using var probes = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        // The same probes first without the burst, so the figures during it can be told from the machine's own load.
        var quietHealth = new List<double>();
        var quietArticles = new List<double>();
        for (var i = 0; i < 40; i++)
        {
            quietHealth.Add(await TimeAsync(probes, "/health"));
            quietArticles.Add(await TimeAsync(probes, "/articles/" + slugs[(i + 250) % slugs.Count]));
        }
        using var attackers = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(120) };
        var clock = Stopwatch.StartNew();
        var burst = Enumerable.Range(0, Searches).Select(async i =>
        {
            try
            {
                using var response = await attackers.GetAsync($"/api/search?q={Uri.EscapeDataString(Hostile(i))}&page={1 + (i % 5) * 20}");
                return response.StatusCode;
            }
            catch (TaskCanceledException)
            {
                return HttpStatusCode.RequestTimeout;
            }
        }).ToList();
        var all = Task.WhenAll(burst);
        var health = new List<double>();
        var articles = new List<double>();
        for (var i = 0; !all.IsCompleted || i < 20; i++)
        {
            health.Add(await TimeAsync(probes, "/health"));
            articles.Add(await TimeAsync(probes, "/articles/" + slugs[i % slugs.Count]));
        }
        var codes = await all;
        return new BurstFigures(Searches, codes.Count(c => c == HttpStatusCode.OK), codes.Count(c => c == HttpStatusCode.TooManyRequests),
            codes.Count(c => c == HttpStatusCode.BadRequest), codes.Count(c => c is not (HttpStatusCode.OK or HttpStatusCode.TooManyRequests or HttpStatusCode.BadRequest)),
            Math.Round(clock.Elapsed.TotalSeconds, 1), health.Count, Stats.Percentile(health, 50), Stats.Percentile(health, 95),
            articles.Count, Stats.Percentile(articles, 50), Stats.Percentile(articles, 95),
            Stats.Percentile(quietHealth, 95), Stats.Percentile(quietArticles, 95));
    }

    private static async Task<double> TimeAsync(HttpClient client, string url)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await client.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
        }
        catch (TaskCanceledException)
        {
            Console.Error.WriteLine($"    timed out: {url}");
        }
        return clock.Elapsed.TotalMilliseconds;
    }

    private static List<string> ArticleSlugs(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Slug FROM Articles ORDER BY random() LIMIT 500";
        using var reader = command.ExecuteReader();
        var slugs = new List<string>();
        while (reader.Read())
        {
            slugs.Add(reader.GetString(0));
        }
        return slugs;
    }
}
