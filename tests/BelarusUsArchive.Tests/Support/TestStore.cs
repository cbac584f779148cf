using BelarusUsArchive.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BelarusUsArchive.Tests.Support;

/// <summary>
/// Which store the integration tests run on. This project runs them on SQLite files; the project
/// BelarusUsArchive.Tests.Postgres compiles the same tests with ARCHIVE_POSTGRES and runs them on
/// PostgreSQL, each test folder with a database of its own on the server of ARCHIVE_TEST_POSTGRES.
/// </summary>
public static class TestStore
{
#if ARCHIVE_POSTGRES
    public const string Provider = "Postgres";
#else
    public const string Provider = "Sqlite";
#endif

    public static bool IsPostgres => Provider == "Postgres";

    /// <summary>Whether the store the tests run on is there: always for SQLite, with ARCHIVE_TEST_POSTGRES for PostgreSQL.</summary>
    public static bool Available => !IsPostgres || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("ARCHIVE_TEST_POSTGRES"));

    /// <summary>A context on the store the tests run on, for a test that reads or writes a running node's store directly.</summary>
    public static ArchiveDb Open(string connectionString) => IsPostgres
        ? OpenPostgres(connectionString)
        : new ArchiveDb(new DbContextOptionsBuilder<ArchiveDb>().UseSqlite(connectionString).Options);

    /// <summary>A context on a PostgreSQL database, whichever store the other tests run on.</summary>
    public static PostgresArchiveDb OpenPostgres(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresArchiveDb>().UseNpgsql(connectionString).Options);

    /// <summary>A new database's connection string on the test server (created by the app's migrations).</summary>
    public static string NewPostgresDatabase(string server)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "archive_test_" + Guid.NewGuid().ToString("N") };
        return builder.ConnectionString;
    }

    /// <summary>Drops a test database, closing whatever connections a finished server left open.</summary>
    public static void DropPostgresDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(admin.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}

/// <summary>
/// A test class whose fixture needs the store: on a machine without the PostgreSQL test server its
/// fixture does nothing and every test reports itself skipped (a fixture cannot skip, a constructor can).
/// </summary>
public abstract class StoreTest
{
    protected StoreTest() => Requires.Store();
}
