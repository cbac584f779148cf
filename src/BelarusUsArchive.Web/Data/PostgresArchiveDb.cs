using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BelarusUsArchive.Web.Data;

/// <summary>
/// The archive's store on PostgreSQL: the same model as <see cref="ArchiveDb"/>, with the migrations
/// under Data/Migrations/Postgres (full-text search there is tsvector columns with GIN indexes).
/// </summary>
public sealed class PostgresArchiveDb(DbContextOptions<PostgresArchiveDb> options) : ArchiveDb(options);

/// <summary>
/// For <c>dotnet ef migrations add NAME --context PostgresArchiveDb</c>: generating a migration needs the
/// provider, not a server.
/// </summary>
internal sealed class PostgresArchiveDbDesignFactory : IDesignTimeDbContextFactory<PostgresArchiveDb>
{
    public PostgresArchiveDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresArchiveDb>().UseNpgsql("Host=localhost;Database=archive").Options);
}

/// <summary>
/// For <c>dotnet ef migrations add NAME --context ArchiveDb</c>: without it the tools would build the
/// SQLite context through the PostgreSQL factory above.
/// </summary>
internal sealed class SqliteArchiveDbDesignFactory : IDesignTimeDbContextFactory<ArchiveDb>
{
    public ArchiveDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ArchiveDb>().UseSqlite("Data Source=design-time.db").Options);
}
