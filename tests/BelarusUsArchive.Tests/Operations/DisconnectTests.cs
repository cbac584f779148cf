using System.Net;
using System.Text.Json;
using BelarusUsArchive.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BelarusUsArchive.Tests.Operations;

/// <summary>
/// Readers who leave early and searches stopped on purpose are normal traffic, not server errors: an operator
/// alerting on errors in the log must not be woken by them.
/// </summary>
public class DisconnectTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reader_who_leaves_in_the_middle_of_a_large_export_is_logged_as_a_disconnect_not_an_error()
    {
        using var folder = new TestFolder(withSeeds: true);
        await using (var served = await Served.StartAsync(folder))
        {
            // 100,000 authors: megabytes of JSON Lines, far more than the socket buffers hold, so the export is
            // still being written when the client goes.
            served.App.InScope(db => db.Database.ExecuteSqlRaw("""
                INSERT INTO "Authors" ("Name", "Slug")
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
                SELECT 'Synthetic Author ' || i, 'synthetic-author-' || i FROM n
                """));
            using (var response = await served.Client.GetAsync("/data/authors.jsonl", HttpCompletionOption.ResponseHeadersRead, Cancel))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                await using var body = await response.Content.ReadAsStreamAsync(Cancel);
                var first = new byte[4096];
                Assert.True(await body.ReadAtLeastAsync(first, first.Length, throwOnEndOfStream: false, Cancel) > 0);
            }
            // Disposing the unread response closes the connection; the server finishes the request soon after.
            await WaitForAsync(() => CompletionOf(folder, "/data/authors.jsonl") is not null);
        }

        var completed = CompletionOf(folder, "/data/authors.jsonl")!.Value;
        Assert.True(completed.GetProperty("ClientDisconnected").GetBoolean());
        Assert.False(completed.TryGetProperty("@l", out var level) && level.GetString() is "Error" or "Fatal");
        Assert.Empty(Errors(folder));
    }

    [Fact]
    public async Task A_statement_the_archive_interrupts_in_its_middle_is_logged_as_a_cancellation_not_an_error()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder, importOnStartup: false);
        var log = new LogCapture();
        var (host, _) = await log.WatchAsync(app);
        await using var _ = host;
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BelarusUsArchive.Web.Data.ArchiveDb>();

        // A statement that counts to a billion runs for many seconds: the 50 ms budget stops it in its middle, as it
        // stops a costly search (sqlite3_interrupt on SQLite, a cancelled command on PostgreSQL).
        using var budget = BelarusUsArchive.Web.Features.Search.SearchBudget.Start(db, TimeSpan.FromMilliseconds(50), CancellationToken.None);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var stopped = await Record.ExceptionAsync(() => db.Database.SqlQueryRaw<long>("""
            WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000)
            SELECT count(*) AS "Value" FROM c
            """).ToListAsync(budget.Token));

        Assert.NotNull(stopped);
        Assert.True(budget.RanOut(stopped), $"stopped by something else: {stopped}");
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), "the statement was not interrupted");
        Assert.Empty(log.Errors);
    }

    private static async Task WaitForAsync(Func<bool> done)
    {
        for (var i = 0; i < 200 && !done(); i++)
        {
            await Task.Delay(100, Cancel);
        }
        Assert.True(done(), "the request did not finish within 20 s of the client leaving");
    }

    private static IEnumerable<JsonElement> Events(TestFolder folder)
    {
        var logs = Path.Combine(folder.Path, "logs");
        if (!Directory.Exists(logs))
        {
            yield break;
        }
        foreach (var file in Directory.GetFiles(logs, "*.json"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    yield return JsonDocument.Parse(line).RootElement.Clone();
                }
            }
        }
    }

    private static JsonElement? CompletionOf(TestFolder folder, string path) =>
        Events(folder).Where(e => e.TryGetProperty("StatusCode", out _) && e.TryGetProperty("RequestPath", out var p) && p.GetString() == path)
            .Select(e => (JsonElement?)e).FirstOrDefault();

    private static List<string> Errors(TestFolder folder) =>
        [.. Events(folder).Where(e => e.TryGetProperty("@l", out var l) && l.GetString() is "Error" or "Fatal").Select(e => e.ToString())];
}
