using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace BelarusUsArchive.Web.Data;

/// <summary>
/// Tells EF Core that a SQLite statement stopped with "interrupted" (error 9) while its token was cancelled is a
/// cancellation, as PostgreSQL's driver reports its own: the archive interrupts statements itself (a search that
/// used up its budget or whose reader left, <c>SearchBudget</c>) and its callers answer those cases. EF then logs
/// them as cancelled (Debug) instead of as failed commands (Error), so an abandoned search is no server error.
/// </summary>
public sealed class SqliteInterrupts : IExceptionDetector
{
    public bool IsCancellation(Exception exception, CancellationToken cancellationToken = default) =>
        exception is OperationCanceledException
        || exception is SqliteException { SqliteErrorCode: 9 } && cancellationToken.IsCancellationRequested;
}
