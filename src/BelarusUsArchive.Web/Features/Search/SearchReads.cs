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
        var page = await index.SearchAsync(query, Within(db, filter),
            (filter.CurrentPage - 1) * SearchRequest.PageSize, SearchRequest.PageSize, cancellationToken);
        var articles = (await ArticleReads.SummariesAsync(db, [.. page.Hits.Select(h => h.ArticleId)], cancellationToken)).ToDictionary(a => a.Id);
        var facets = page.Total == 0 ? NoFacets : await SearchFacets.CountAsync(db, page.ArticleIds, cancellationToken);
        return new SearchResults(query, page.Total,
            [.. page.Hits.Where(h => articles.ContainsKey(h.ArticleId)).Select(h => new SearchItem(articles[h.ArticleId], h.Paragraph, h.Snippet, h.Passages, h.MatchingParagraphs))],
            facets, page.TotalIsLowerBound);
    }

    /// <summary>
    /// The filters as a search checks them, one candidate article at a time: the person as a seek for the article's kept
    /// (article, person) row. A listing reads the person's articles as a set, which a search built anew in each statement
    /// (100,000 ids for the most-mentioned person at 100,000 articles: about 25 ms a statement, where the window's 1,000
    /// seeks take 1–2 ms).
    /// </summary>
    private static IQueryable<Model.Article> Within(ArchiveDb db, ArticleFilter filter)
    {
        var within = (filter with { Person = null }).Apply(db.Articles.AsNoTracking(), db);
        if (string.IsNullOrEmpty(filter.Person))
        {
            return within;
        }
        var person = db.People.Where(p => p.Slug == filter.Person).Select(p => p.Id);
        return within.Where(a => db.PersonArticles.Any(x => x.ArticleId == a.Id && x.PersonId == person.FirstOrDefault()));
    }
}
