using BelarusUsArchive.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Setup;

public static class DataSetup
{
    public static IServiceCollection AddArchiveData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection("Archive").Get<ArchiveOptions>() ?? new ArchiveOptions();
        if (!options.DatabaseProvider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Archive:DatabaseProvider is '{options.DatabaseProvider}'; this build supports 'Sqlite' (PostgreSQL support is planned).");
        }
        var connectionString = configuration.GetConnectionString("Archive");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = Path.Combine(environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, "archive.db")}";
        }
        services.AddDbContext<ArchiveDb>(o => o.UseSqlite(connectionString));
        return services;
    }

    /// <summary>Applies migrations and turns on the write-ahead log, so readers are never blocked by the import.</summary>
    public static async Task MigrateArchiveAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        if (SqliteMigrationLock.FileOf(db.Database.GetConnectionString()) is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await SqliteMigrationLock.MigrateAsync(db, file, cancellationToken);
        }
        else
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
