using BelarusUsArchive.Web.Setup;
using Microsoft.Extensions.Options;

namespace BelarusUsArchive.Web.Import;

/// <summary>What the start-up import is doing, for /health/ready and the home page.</summary>
public sealed class ImportStatus
{
    public volatile bool Finished;
}

/// <summary>
/// Imports the seeds folder after start-up, in the background: the site answers from the first
/// request, and each article appears as soon as its batch of files commits.
/// </summary>
public sealed class ImportJob(IServiceScopeFactory scopes, IOptions<ArchiveOptions> options, IHostEnvironment environment,
    ImportStatus status, ILogger<ImportJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!options.Value.ImportOnStartup)
            {
                return;
            }
            await Task.Yield();
            var seeds = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.SeedsPath));
            if (!Directory.Exists(seeds))
            {
                logger.LogWarning("The seeds folder {Seeds} does not exist; nothing imported at start-up", seeds);
                return;
            }
            await using var scope = scopes.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<Importer>();
            await importer.RunAsync([seeds], "startup", null, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Start-up import stopped with the application; the next start completes it");
        }
        finally
        {
            status.Finished = true;
        }
    }
}
