using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Data;

/// <summary>
/// EF Core locks SQLite migrations with a row in __EFMigrationsLock, which a killed process (SIGKILL, power loss)
/// leaves behind: every later start would then wait for it forever. Here migrations are serialised by an
/// operating-system lock on a file beside the database instead, which dies with its process; whoever holds it
/// knows no one else is migrating, so a lock row it finds is stale and is removed before migrating.
/// </summary>
public static class SqliteMigrationLock
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static async Task MigrateAsync(ArchiveDb db, string databaseFile, CancellationToken cancellationToken)
    {
        await using var guard = await AcquireAsync(databaseFile + ".migrating", cancellationToken);
        var hasLockTable = await db.Database.SqlQueryRaw<int>(
            "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(cancellationToken) > 0;
        if (hasLockTable)
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken);
        }
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>The file opened for this process alone (flock on Unix, a share lock on Windows), waiting while another migrates.</summary>
    private static async Task<FileStream> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    /// <summary>The database file of a SQLite connection string, or null for an in-memory or temporary database.</summary>
    public static string? FileOf(string? connectionString) =>
        connectionString is null ? null
        : new SqliteConnectionStringBuilder(connectionString) is { DataSource: { Length: > 0 } file, Mode: not SqliteOpenMode.Memory }
            && file != ":memory:" ? Path.GetFullPath(file) : null;
}
