using BelarusUsArchive.Web.Data;

namespace BelarusUsArchive.Web.Features.Related;

/// <summary>
/// Computes the related-reading lists the store's triggers mark stale, in the background of the web process, a few at a
/// time so an editor's or the import's writes wait at most a moment for the store. Until a list is computed its page
/// weighs it per request, so nothing shows out of date meanwhile.
/// </summary>
public sealed class RelatedListsWorker(IServiceScopeFactory scopes, ILogger<RelatedListsWorker> logger) : BackgroundService
{
    /// <summary>Lists weighed in one transaction: the store is held for a moment only.</summary>
    public const int Batch = 20;
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pause = await RoundAsync(stoppingToken) ? Pause : Pause * 5;
            try
            {
                await Task.Delay(pause, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Computes what is marked; false when the store refused (being migrated, or another node computing the same
    /// list): the marks stay, and a later round retries.</summary>
    private async Task<bool> RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
            var computed = await RelatedLists.RefreshStaleAsync(db, Batch, logger, stoppingToken);
            if (computed > 0)
            {
                logger.LogInformation("Computed {Count} related-reading lists", computed);
            }
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return true;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Related-reading lists not computed this round");
            return false;
        }
    }
}
