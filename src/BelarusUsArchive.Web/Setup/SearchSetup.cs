using BelarusUsArchive.Web.Features.Search;

namespace BelarusUsArchive.Web.Setup;

public static class SearchSetup
{
    /// <summary>The full-text index of the configured store (SQLite FTS5; PostgreSQL comes with that provider).</summary>
    public static IServiceCollection AddArchiveSearch(this IServiceCollection services)
    {
        services.AddScoped<ISearchIndex, SqliteSearchIndex>();
        return services;
    }
}
