using System.Collections.Concurrent;
using BelarusUsArchive.Web.Import;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace BelarusUsArchive.Tests.Support;

/// <summary>
/// Watches the app's own log (a Serilog sink registered as a service, which LoggingSetup reads): every
/// error, fatal event or logged exception is kept, so a test can fail on what the app swallowed and logged.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<string> _warnings = new();

    public IReadOnlyCollection<string> Errors => _errors;

    /// <summary>Warnings without an exception: not failures by themselves, but worth a look.</summary>
    public IReadOnlyCollection<string> Warnings => _warnings;

    public void Emit(LogEvent logEvent)
    {
        var text = $"{logEvent.Level}: {logEvent.RenderMessage()}" + (logEvent.Exception is { } e ? $"\n{e}" : "");
        if (logEvent.Level >= LogEventLevel.Error || logEvent.Exception is not null)
        {
            _errors.Enqueue(text);
        }
        else if (logEvent.Level == LogEventLevel.Warning)
        {
            _warnings.Enqueue(text);
        }
    }

    /// <summary>
    /// The same app (its settings, its database) with this capture watching its log. The app's start-up import,
    /// if any, runs in the returned host; the returned client answers once that import has finished.
    /// </summary>
    public async Task<(WebApplicationFactory<Program> Host, HttpClient Client)> WatchAsync(ArchiveApp app)
    {
        var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(this)));
        var client = host.CreateClient();
        var status = host.Services.GetRequiredService<ImportStatus>();
        for (var i = 0; i < 1200 && !status.Finished; i++)
        {
            await Task.Delay(50);
        }
        Assert.True(status.Finished, "the start-up import did not finish within 60 s");
        return (host, client);
    }
}
