using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Data;

/// <summary>
/// One holder at a time across every web node and command on a PostgreSQL store: a session-level
/// advisory lock, held on the context's own connection until disposed and released too when its
/// process dies. Nodes starting together migrate once; a node that starts while another imports
/// waits, then finds every file unchanged. SQLite serves one machine and needs none.
/// </summary>
internal sealed class StoreLock : IAsyncDisposable
{
    // Any constants shared by every node: "BUSA" in ASCII, then what is locked.
    public const long Import = 0x42555341_0001;
    public const long Migrations = 0x42555341_0002;
    public const long RelatedReading = 0x42555341_0003;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    private readonly ArchiveDb? _db;
    private readonly long _key;

    private StoreLock(ArchiveDb? db, long key)
    {
        _db = db;
        _key = key;
    }

    public static async Task<StoreLock> AcquireAsync(ArchiveDb db, long key, ILogger logger, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new StoreLock(null, key);
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        var waited = false;
        // Polled rather than blocking in pg_advisory_lock, which would outlast the command timeout.
        while (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({key}) AS \"Value\"").SingleAsync(cancellationToken))
        {
            if (!waited)
            {
                logger.LogInformation("Another node or command holds the {Lock} lock; waiting for it", key switch { Import => "import", Migrations => "migrations", _ => "related-reading" });
                waited = true;
            }
            await Task.Delay(Poll, cancellationToken);
        }
        return new StoreLock(db, key);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
        {
            return;
        }
        try
        {
            await _db.Database.SqlQuery<bool>($"SELECT pg_advisory_unlock({_key}) AS \"Value\"").SingleAsync();
        }
        catch (System.Data.Common.DbException)
        {
            // The connection is gone, and with its session the lock.
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }
}
