using BelarusUsArchive.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>A search that used up its budget: the reader is asked for a narrower one, never served a 500.</summary>
public sealed class SearchTooCostlyException(TimeSpan budget)
    : Exception($"The search took longer than {budget.TotalMilliseconds:0} ms, the most one search may take.")
{
    public TimeSpan Budget { get; } = budget;
}

/// <summary>
/// The most one search may cost: its statements are stopped when the budget runs out or the reader's
/// request ends. PostgreSQL's driver cancels a running statement when its token fires; SQLite's is
/// interrupted with sqlite3_interrupt on the search's connection (Microsoft.Data.Sqlite only looks at
/// the token between rows, and an FTS5 query can spend seconds before its first).
/// </summary>
public sealed class SearchBudget : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _request;
    private readonly CancellationTokenRegistration _interrupt;

    private SearchBudget(ArchiveDb db, TimeSpan limit, CancellationToken request)
    {
        Limit = limit;
        _request = request;
        _source = CancellationTokenSource.CreateLinkedTokenSource(request);
        _source.CancelAfter(limit);
        if (db.Database.GetDbConnection() is SqliteConnection sqlite)
        {
            db.Database.OpenConnection();
            var handle = sqlite.Handle!;
            _interrupt = _source.Token.Register(() => SQLitePCL.raw.sqlite3_interrupt(handle));
        }
    }

    public TimeSpan Limit { get; }

    public CancellationToken Token => _source.Token;

    public static SearchBudget Start(ArchiveDb db, TimeSpan limit, CancellationToken request) => new(db, limit, request);

    /// <summary>
    /// Runs <paramref name="work"/> within the budget: <see cref="SearchTooCostlyException"/> when it runs out, a
    /// cancellation when the reader's request ends.
    /// </summary>
    public static async Task<T> RunAsync<T>(ArchiveDb db, TimeSpan limit, CancellationToken request, Func<CancellationToken, Task<T>> work)
    {
        using var budget = Start(db, limit, request);
        try
        {
            return await work(budget.Token);
        }
        catch (Exception e) when (budget.RanOut(e))
        {
            throw new SearchTooCostlyException(budget.Limit);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 9 && request.IsCancellationRequested)
        {
            throw new OperationCanceledException("The reader's request ended.", e, request);
        }
    }

    /// <summary>Whether <paramref name="e"/> is this budget running out (and not the reader leaving).</summary>
    public bool RanOut(Exception e) => !_request.IsCancellationRequested && _source.IsCancellationRequested
        && e is OperationCanceledException or SqliteException { SqliteErrorCode: 9 } || e.InnerException is { } inner && RanOut(inner);

    public void Dispose()
    {
        _interrupt.Dispose();
        _source.Dispose();
    }
}
