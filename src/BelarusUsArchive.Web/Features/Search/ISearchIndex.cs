using BelarusUsArchive.Text.Search;
using BelarusUsArchive.Web.Model;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>A matching paragraph of an article found: its number and the passage around the matches as safe HTML.</summary>
public sealed record SearchPassage(int Paragraph, string Snippet);

/// <summary>
/// One article found: its best paragraph (null when only the title or commentary matched) and the snippet as safe HTML;
/// the first <see cref="FullTextSearchIndex.PassagesShown"/> matching paragraphs in reading order with their passages, and the numbers of all its matching paragraphs.
/// </summary>
public sealed record SearchHit(int ArticleId, int? Paragraph, string Snippet, IReadOnlyList<SearchPassage> Passages, IReadOnlyList<int> MatchingParagraphs);

/// <summary>
/// A page of hits, best first, the number of articles found, and their ids for counting facets. When
/// <paramref name="TotalIsLowerBound"/> the matches were more than the index ranks for one query (the
/// newest of them were ranked), and Total and ArticleIds cover those ranked.
/// </summary>
public sealed record SearchPage(int Total, IReadOnlyList<SearchHit> Hits, IQueryable<int> ArticleIds, bool TotalIsLowerBound = false);

/// <summary>
/// The full-text index, one implementation per database provider (SQLite FTS5; PostgreSQL full-text
/// search). It answers a parsed query within a set of articles that the caller has already filtered.
/// </summary>
public interface ISearchIndex
{
    Task<SearchPage> SearchAsync(SearchQuery query, IQueryable<Article> within, int skip, int take, CancellationToken cancellationToken);

    /// <summary>The ids of every article the query matches, unranked: for counting them (attention over time).</summary>
    IQueryable<int> MatchingArticleIds(SearchQuery query);

    /// <summary>Which of the given paragraphs the query matches: the passages of events it finds (attention over time).</summary>
    Task<List<int>> MatchingParagraphIdsAsync(SearchQuery query, IReadOnlyList<int> paragraphIds, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the query's words match more than <paramref name="most"/> paragraphs, titles or commentary: read from the
    /// full-text index with a limit, so it costs no more than that many entries however common the words (attention's bound).
    /// </summary>
    Task<bool> MatchesMoreThanAsync(SearchQuery query, int most, CancellationToken cancellationToken);
}
