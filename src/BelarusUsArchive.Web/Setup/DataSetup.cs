using BelarusUsArchive.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace BelarusUsArchive.Web.Setup;

public enum StoreProvider { Sqlite, Postgres }

public static class DataSetup
{
    public static StoreProvider Provider(IConfiguration configuration)
    {
        var name = configuration["Archive:DatabaseProvider"];
        return string.IsNullOrWhiteSpace(name) || name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) ? StoreProvider.Sqlite
            : name.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || name.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) ? StoreProvider.Postgres
            : throw new InvalidOperationException($"Archive:DatabaseProvider is '{name}'; use 'Sqlite' or 'Postgres'.");
    }

    /// <summary>
    /// The store of the configured provider: an embedded SQLite file by default, or PostgreSQL, where
    /// several web nodes share one database. Every interceptor registered as a service (the output
    /// cache's eviction) joins either. Data-protection keys live in the store too, so a cookie written by
    /// one node is read by every other.
    /// </summary>
    public static IServiceCollection AddArchiveData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString("Archive");
        if (Provider(configuration) == StoreProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Archive:DatabaseProvider is 'Postgres' but ConnectionStrings:Archive is empty; give it a PostgreSQL connection string.");
            }
            services.AddDbContext<ArchiveDb, PostgresArchiveDb>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors([NulFreeText.Instance, .. sp.GetServices<IInterceptor>()]));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var folder = Path.Combine(environment.ContentRootPath, "App_Data");
                Directory.CreateDirectory(folder);
                connectionString = $"Data Source={Path.Combine(folder, "archive.db")}";
            }
            services.AddDbContext<ArchiveDb>((sp, o) => o.UseSqlite(connectionString)
                .ReplaceService<Microsoft.EntityFrameworkCore.Storage.IExceptionDetector, SqliteInterrupts>()
                .AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        services.AddDataProtection().SetApplicationName("BelarusUsArchive").PersistKeysToDbContext<ArchiveDb>();
        return services;
    }

    /// <summary>
    /// Applies migrations under a lock that dies with its process (an advisory lock on PostgreSQL, so nodes
    /// starting together migrate once; a file lock on SQLite); on SQLite also turns on the write-ahead log,
    /// so readers are never blocked by the import.
    /// </summary>
    public static async Task MigrateArchiveAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        if (db.Database.IsNpgsql())
        {
            await CreatePostgresDatabaseAsync(db, cancellationToken);
            var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataSetup));
            await using var migrations = await StoreLock.AcquireAsync(db, StoreLock.Migrations, logger, cancellationToken);
            // Created first, or EF's first look for applied migrations on a new database logs a failed command.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }
        if (SqliteMigrationLock.FileOf(db.Database.GetConnectionString()) is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            PrivateFiles.RestrictDatabase(file);
            await SqliteMigrationLock.MigrateAsync(db, file, cancellationToken);
        }
        else
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        if (SqliteMigrationLock.FileOf(db.Database.GetConnectionString()) is { } store)
        {
            PrivateFiles.RestrictDatabase(store);
        }
    }

    /// <summary>
    /// The database itself, before anything can lock in it, looked up from the maintenance database so
    /// a first start logs no connection error; a node that loses the race to create it uses the winner's.
    /// </summary>
    private static async Task CreatePostgresDatabaseAsync(ArchiveDb db, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", target.Database ?? "");
            if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return;
            }
        }
        catch (PostgresException)
        {
            // No access to the maintenance database (a hosted server): let EF find out.
            if (await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
            {
                return;
            }
        }
        try
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another node created it first.
        }
    }
}
