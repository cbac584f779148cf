using System.Data.Common;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BelarusUsArchive.Web.Setup;

/// <summary>
/// Evicts every cached page after any write to the store: SaveChanges (editor saves, imports, curation),
/// bulk ExecuteUpdate/ExecuteDelete outside a transaction, and the commit of a transaction (again, so a
/// page read and cached between the write and its commit does not outlive it). One place, so no editor
/// page or import path can forget it.
/// </summary>
internal sealed class CacheEviction(IOutputCacheStore store) : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    public ValueTask EvictAsync(CancellationToken cancellationToken = default) => store.EvictByTagAsync(CachingSetup.Tag, cancellationToken);

    private void Evict() => EvictAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0)
        {
            await EvictAsync(cancellationToken);
        }
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result > 0)
        {
            Evict();
        }
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await EvictAsync(cancellationToken);

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Evict();

    public async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0 && eventData.Context?.Database.CurrentTransaction is null)
        {
            await EvictAsync(cancellationToken);
        }
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (result > 0 && eventData.Context?.Database.CurrentTransaction is null)
        {
            Evict();
        }
        return result;
    }
}
