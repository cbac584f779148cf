using System.Diagnostics;
using BelarusUsArchive.Web.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BelarusUsArchive.Web.Features.Articles;

/// <summary>
/// Renders article pages ahead (<see cref="KeptPages"/>) in the background of the web process: every article without
/// a kept page, one at a time, by asking this process for it over loopback HTTP, so the page kept is exactly what the
/// pipeline answers a reader. It takes at most <c>Archive:KeptPages:RenderShare</c> of one core (0.5 by default): after
/// each page it rests as long as the render took, times (1 / share − 1). A server with no plain-HTTP address (the test
/// host, or HTTPS only) renders nothing ahead, and its readers' pages are rendered as before.
/// </summary>
public sealed class PageRenderer(IServiceScopeFactory scopes, IServer server, IHostApplicationLifetime lifetime,
    IConfiguration configuration, ILogger<PageRenderer> logger) : BackgroundService
{
    private const int Batch = 50;

    /// <summary>The rest after a pass over the store that found pages to render, and the longest rest: each pass that
    /// finds none doubles it. A pass costs an anti-join over every article (50–100 ms at 100,000), and a page evicted
    /// meanwhile is rendered per request, so a quiet archive's renderer looks twice a minute.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5), LongestIdle = TimeSpan.FromSeconds(30);
    private readonly HashSet<int> _failed = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await StartedAsync(stoppingToken) || LoopbackAddress() is not { } address)
        {
            logger.LogInformation("Article pages are not rendered ahead: the server has no plain-HTTP address");
            return;
        }
        var share = Math.Clamp(configuration.GetValue("Archive:KeptPages:RenderShare", 0.5), 0.05, 1.0);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add(KeptPages.RenderHeader, KeptPages.Secret);
        var after = 0;
        var keptThisPass = 0;
        var rest = Idle;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var rendered = await RoundAsync(client, after, share, stoppingToken);
                after = rendered.Last ?? 0;
                keptThisPass += rendered.Kept;
                if (rendered.Last is null)
                {
                    rest = keptThisPass > 0 ? Idle : TimeSpan.FromTicks(Math.Min(rest.Ticks * 2, LongestIdle.Ticks));
                    keptThisPass = 0;
                    await Task.Delay(rest, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Article pages not rendered ahead this round");
                await Task.Delay(Idle, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    /// <summary>Renders the next batch of wanted pages; the last article id looked at, or null when none was wanted.</summary>
    private async Task<(int? Last, int Kept)> RoundAsync(HttpClient client, int after, double share, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var wanted = await KeptPages.WantedAsync(db, after, Batch, stoppingToken);
        var kept = 0;
        foreach (var (id, slug) in wanted.Where(w => !_failed.Contains(w.Id)))
        {
            var clock = Stopwatch.StartNew();
            var token = Random.Shared.NextInt64(1, long.MaxValue);
            if (!await KeptPages.BeginAsync(db, id, token, stoppingToken))
            {
                continue;
            }
            using var response = await client.GetAsync($"/articles/{Uri.EscapeDataString(slug)}", stoppingToken);
            if (response.StatusCode != System.Net.HttpStatusCode.OK || response.Headers.Contains("Set-Cookie"))
            {
                _failed.Add(id);
                logger.LogWarning("Article {Slug} not rendered ahead: the page answered {Status}", slug, (int)response.StatusCode);
                continue;
            }
            var html = await response.Content.ReadAsByteArrayAsync(stoppingToken);
            kept += await KeptPages.KeepAsync(db, id, token, html, stoppingToken) ? 1 : 0;
            await Task.Delay(clock.Elapsed * (1 / share - 1), stoppingToken);
        }
        if (kept > 0)
        {
            logger.LogDebug("Rendered {Count} article pages ahead", kept);
        }
        return (wanted.Count == 0 ? null : wanted[^1].Id, kept);
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await Task.WhenAny(started.Task, Task.Delay(Timeout.Infinite, stoppingToken));
        return !stoppingToken.IsCancellationRequested;
    }

    /// <summary>The server's first plain-HTTP address, a wildcard host read as this machine's loopback.</summary>
    private Uri? LoopbackAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses.Where(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            var loopback = address.Replace("://+:", "://127.0.0.1:", StringComparison.Ordinal).Replace("://*:", "://127.0.0.1:", StringComparison.Ordinal)
                .Replace("://0.0.0.0:", "://127.0.0.1:", StringComparison.Ordinal).Replace("://[::]:", "://[::1]:", StringComparison.Ordinal);
            if (Uri.TryCreate(loopback, UriKind.Absolute, out var uri))
            {
                return uri;
            }
        }
        return null;
    }
}
