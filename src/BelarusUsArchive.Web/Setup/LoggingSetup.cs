using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace BelarusUsArchive.Web.Setup;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog once for the whole app: readable console, a rolling JSON file, settings from "Serilog" in appsettings,
    /// and any sink registered as a service (ILogEventSink), which is how a test host watches the app's errors.
    /// </summary>
    public static WebApplicationBuilder AddArchiveLogging(this WebApplicationBuilder builder, bool quietConsole)
    {
        var logFolder = Path.Combine(builder.Environment.ContentRootPath, "App_Data", "logs");
        builder.Services.AddSerilog((services, config) => config
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(
                restrictedToMinimumLevel: quietConsole ? LogEventLevel.Warning : LogEventLevel.Information,
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(logFolder, "archive-.json"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14));
        return builder;
    }
}
