using BelarusUsArchive.Text.Search;
using BelarusUsArchive.Web.Model;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>One article found: its best paragraph (null when only the title or commentary matched) and the snippet as safe HTML.</summary>
public sealed record SearchHit(int ArticleId, int? Paragraph, string Snippet);

/// <summary>A page of hits, best first, the number of articles found, and their ids for counting facets.</summary>
public sealed record SearchPage(int Total, IReadOnlyList<SearchHit> Hits, IQueryable<int> ArticleIds);

/// <summary>
/// The full-text index, one implementation per database provider (SQLite FTS5; PostgreSQL full-text
/// search). It answers a parsed query within a set of articles that the caller has already filtered.
/// </summary>
public interface ISearchIndex
{
    Task<SearchPage> SearchAsync(SearchQuery query, IQueryable<Article> within, int skip, int take, CancellationToken cancellationToken);
}
