using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Rendering;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>GET /api/search, shaped as CONTRACT.md says: snippets are HTML with only &lt;mark&gt; tags.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", SearchAsync).WithTags("Search");
        return app;
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchRequest request, ArchiveDb db, ISearchIndex index, SearchLimits limits, CancellationToken cancellationToken)
    {
        if (request.Problems() is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }
        if (await request.Filter.UnknownSlugsAsync(db, cancellationToken) is { Count: > 0 } unknown)
        {
            return TypedResults.ValidationProblem(unknown);
        }
        SearchResults results;
        try
        {
            results = await SearchReads.RunAsync(db, index, request, limits, cancellationToken);
        }
        catch (SearchTooCostlyException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [e.Message + " Search for fewer or longer words, or add a filter."] });
        }
        return TypedResults.Ok(new SearchResponse(results.Total, request.CurrentPage, SearchRequest.PageSize,
            [.. results.Items.Select(i => new SearchResultItem(new SearchArticle(i.Article.Slug, i.Article.Title, ApiDate.From(i.Article.Published)), i.Paragraph, i.Snippet, i.Passages, i.MatchingParagraphs))],
            results.Facets, results.TotalIsLowerBound));
    }
}
