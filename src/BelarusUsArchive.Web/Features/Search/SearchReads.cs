using BelarusUsArchive.Text.Search;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Articles;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Search;

public sealed record SearchItem(ArticleSummary Article, int? Paragraph, string Snippet, IReadOnlyList<SearchPassage> Passages, IReadOnlyList<int> MatchingParagraphs);

/// <summary>What a search found; when <paramref name="TotalIsLowerBound"/>, more matched than were ranked, and Total and Facets count those ranked.</summary>
public sealed record SearchResults(SearchQuery Query, int Total, IReadOnlyList<SearchItem> Items, Facets Facets, bool TotalIsLowerBound = false);

/// <summary>The search behind /search and /api/search: parse, widen names, search within the filters, count facets.</summary>
public static class SearchReads
{
    public static readonly Facets NoFacets = new([], [], [], []);

    /// <summary>The search within its budget; <see cref="SearchTooCostlyException"/> when it runs out.</summary>
    public static Task<SearchResults> RunAsync(ArchiveDb db, ISearchIndex index, SearchRequest request, SearchLimits limits, CancellationToken cancellationToken) =>
        SearchBudget.RunAsync(db, limits.Budget, cancellationToken, token => RunWithinAsync(db, index, request, token));

    private static async Task<SearchResults> RunWithinAsync(ArchiveDb db, ISearchIndex index, SearchRequest request, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(request.Q);
        if (query.IsEmpty)
        {
            return new SearchResults(query, 0, [], NoFacets);
        }
        query = await SearchAliases.ExpandAsync(db, query, cancellationToken);
        var filter = request.Filter;
        var page = await index.SearchAsync(query, filter.Apply(db.Articles.AsNoTracking(), db),
            (filter.CurrentPage - 1) * SearchRequest.PageSize, SearchRequest.PageSize, cancellationToken);
        var articles = (await ArticleReads.SummariesAsync(db, [.. page.Hits.Select(h => h.ArticleId)], cancellationToken)).ToDictionary(a => a.Id);
        var facets = page.Total == 0 ? NoFacets : await SearchFacets.CountAsync(db, page.ArticleIds, cancellationToken);
        return new SearchResults(query, page.Total,
            [.. page.Hits.Where(h => articles.ContainsKey(h.ArticleId)).Select(h => new SearchItem(articles[h.ArticleId], h.Paragraph, h.Snippet, h.Passages, h.MatchingParagraphs))],
            facets, page.TotalIsLowerBound);
    }
}
