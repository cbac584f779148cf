using System.Net;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Import;
using Microsoft.Extensions.DependencyInjection;

namespace BelarusUsArchive.Tests.Operations;

public class HealthTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_answers_while_the_store_does_and_ready_once_the_start_up_import_has_finished()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var live = await client.GetAsync("/health", Cancel);
        var ready = await client.GetAsync("/health/ready", Cancel);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("ok", await live.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", await ready.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(5, app.InScope(db => db.Articles.Count()));
        Assert.Null(ready.Headers.Age);
    }

    [Fact]
    public async Task Ready_says_importing_with_503_while_the_start_up_import_runs_and_live_stays_200()
    {
        using var folder = new TestFolder();
        // The seeds and 60 variants of them: an import of seconds even on a fast machine with the parallel importer,
        // while the first probe comes within milliseconds of start-up (five seeds alone were done before it there).
        var seeds = Directory.GetFiles(folder.Seeds, "*.txt").Select(File.ReadAllText).ToList();
        for (var i = 0; i < 60; i++)
        {
            folder.Write($"variant-{i:D3}.txt", seeds[i % seeds.Count] + $"\n\nA closing note, number {i}, added for this test.\n");
        }
        await using var app = new ArchiveApp(folder);
        var client = app.CreateClient();
        var status = app.Services.GetRequiredService<ImportStatus>();

        // The import's state is read before and after each probe: only an answer given wholly before or
        // wholly after the import finished says which it must be.
        var answers = new List<(bool FinishedBefore, bool FinishedAfter, HttpStatusCode Status, string Body, HttpStatusCode Live)>();
        for (var i = 0; i < 600 && (answers.Count == 0 || answers[^1].Status != HttpStatusCode.OK); i++)
        {
            var before = status.Finished;
            var ready = await client.GetAsync("/health/ready", Cancel);
            var body = await ready.Content.ReadAsStringAsync(Cancel);
            var after = status.Finished;
            var live = await client.GetAsync("/health", Cancel);
            answers.Add((before, after, ready.StatusCode, body, live.StatusCode));
            await Task.Delay(50, Cancel);
        }

        Assert.False(answers[0].FinishedBefore);
        Assert.Contains(answers, a => !a.FinishedAfter);
        Assert.All(answers.Where(a => !a.FinishedAfter), a => Assert.Equal((HttpStatusCode.ServiceUnavailable, "importing"), (a.Status, a.Body)));
        Assert.All(answers.Where(a => a.FinishedBefore), a => Assert.Equal((HttpStatusCode.OK, "ready"), (a.Status, a.Body)));
        Assert.Equal((HttpStatusCode.OK, "ready"), (answers[^1].Status, answers[^1].Body));
        Assert.True(status.Finished);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Live));
    }
}
