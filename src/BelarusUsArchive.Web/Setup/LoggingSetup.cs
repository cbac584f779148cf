using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;

namespace BelarusUsArchive.Web.Setup;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog once for the whole app: the console readable by default (one line per event) or JSON with
    /// <c>Archive:LogFormat=json</c> for container log collectors, and a rolling JSON file under
    /// <c>Archive:LogPath</c>. Levels come from "Serilog" in appsettings; sinks and enrichers registered as
    /// services (tests add one) join in.
    /// </summary>
    public static WebApplicationBuilder AddArchiveLogging(this WebApplicationBuilder builder, bool quietConsole)
    {
        var settings = builder.Configuration.GetSection("Archive");
        var logFolder = Path.Combine(builder.Environment.ContentRootPath, settings["LogPath"] is { Length: > 0 } path ? path : "App_Data/logs");
        var console = ConsoleFormatter(settings["LogFormat"]);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<Serilog.Core.ILogEventEnricher, RequestIdEnricher>();
        builder.Services.AddSerilog((services, config) => config
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(console, restrictedToMinimumLevel: quietConsole ? LogEventLevel.Warning : LogEventLevel.Information)
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(logFolder, "archive-.json"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14),
            // Each app its own logger, not the process-wide static one, so apps sharing a process (tests) keep apart.
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>"json": one JSON object per line, for log collectors; anything else: one readable line per event.</summary>
    public static ITextFormatter ConsoleFormatter(string? format) =>
        string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)
            ? new RenderedCompactJsonFormatter()
            : new OneLineTextFormatter("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}");

    /// <summary>
    /// One completion event per request with its id, path, status and time; health probes and pages rendered ahead only at Debug,
    /// so a load balancer polling every few seconds does not drown the log. A reader who leaves early is not a
    /// server error: ASP.NET answers 499 when nothing was sent yet, and once the answer has started (a streamed
    /// export) the event says <c>ClientDisconnected</c>.
    /// </summary>
    public static WebApplication UseArchiveRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.GetLevel = (http, _, error) =>
                error is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Request.Path.StartsWithSegments("/health") || Features.Articles.KeptPages.IsRenderAhead(http.Request) ? LogEventLevel.Debug
                : LogEventLevel.Information;
            o.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("RequestId", http.TraceIdentifier);
                diagnostics.Set("ClientIp", http.Connection.RemoteIpAddress?.ToString());
                if (http.RequestAborted.IsCancellationRequested)
                {
                    diagnostics.Set("ClientDisconnected", true);
                }
            };
        });
        return app;
    }
}
