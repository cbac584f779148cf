using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Setup;

public static class SearchSetup
{
    /// <summary>The full-text index of the store in use: SQLite FTS5, or PostgreSQL's tsvector with GIN.</summary>
    public static IServiceCollection AddArchiveSearch(this IServiceCollection services)
    {
        services.AddScoped<ISearchIndex>(sp => sp.GetRequiredService<ArchiveDb>().Database.IsNpgsql()
            ? ActivatorUtilities.CreateInstance<PostgresSearchIndex>(sp)
            : ActivatorUtilities.CreateInstance<SqliteSearchIndex>(sp));
        services.AddSingleton(sp => SearchLimits.From(sp.GetRequiredService<IConfiguration>()));
        return services;
    }
}
