using System.Globalization;
using System.Net;
using System.Text.Json;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Search;

/// <summary>
/// No search may cost more than its budget, and a burst of expensive searches may not starve the rest of
/// the site: over real HTTP (Kestrel), searches beyond the ones allowed at once are turned away with 429
/// while health probes and article pages keep answering.
/// </summary>
public class SearchCostTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly string Hostile = string.Join(" OR ", "abcdefghijklmnop".Select(c => c + "*"));

    /// <summary>As hostile, and each number a different search: fifteen one-letter prefixes and one more.</summary>
    private static string HostileNumber(int i) =>
        string.Join(" OR ", "abcdefghijklmno".Select(c => c + "*").Append("w" + i.ToString(CultureInfo.InvariantCulture) + "*"));

    [Fact]
    public async Task A_burst_of_hostile_searches_gets_answers_or_429s_while_health_and_articles_keep_answering()
    {
        using var folder = new TestFolder(withSeeds: true);
        await using var app = new ArchiveApp(folder);
        app.Settings["Archive:Search:Concurrency"] = "1";
        app.Settings["Archive:Search:Queue"] = "2";
        // Every search is distinct and nothing is cached: the output cache would otherwise answer all but the first
        // of equal searches in microseconds, and on a fast machine no three would ever run at once.
        app.Settings["Archive:CacheSeconds"] = "0";
        app.UseKestrel(0);
        var client = await app.StartAsync();
        var article = app.InScope(db => db.Articles.OrderBy(a => a.Id).Select(a => a.Slug).First());

        var burst = Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(HostileNumber(i))}&page={1 + (i % 3)}", Cancel);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(Cancel));
        }).ToList();
        var others = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            others.Add((await client.GetAsync("/health", Cancel)).StatusCode);
            others.Add((await client.GetAsync($"/articles/{article}", Cancel)).StatusCode);
        }
        var answers = await Task.WhenAll(burst);

        Assert.All(others, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.Contains("searches are running at once", JsonDocument.Parse(refused[0].Body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_over_its_budget_is_stopped_and_the_reader_asked_for_a_narrower_one()
    {
        using var folder = new TestFolder(withSeeds: true);
        await using var app = new ArchiveApp(folder);
        app.Settings["Archive:Search:BudgetMilliseconds"] = "1";
        var client = await app.StartAsync();

        // A one-millisecond budget runs out in any search that takes a timer tick; a search of the small seeds can
        // finish inside one, so several distinct ones are sent and those stopped must be told so, never served a 500.
        var answers = new List<(HttpStatusCode Status, string Body)>();
        foreach (var word in new[] { "sanctions", "Belarus", "\"political prisoners\"", "sanct* OR minsk", "Lukashenka", "embassy", "democracy", "elections" })
        {
            using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(word + " " + Hostile)}", Cancel);
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync(Cancel)));
        }
        var page = await client.GetAsync($"/search?q={Uri.EscapeDataString("Belarus " + Hostile)}", Cancel);

        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest }));
        var stopped = answers.Where(a => a.Status == HttpStatusCode.BadRequest).ToList();
        Assert.NotEmpty(stopped);
        var problem = JsonDocument.Parse(stopped[0].Body).RootElement;
        Assert.Contains("took longer than 1 ms", problem.GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(page.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
    }
}
