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

    private static async Task<Results<Ok<object>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchRequest request, ArchiveDb db, ISearchIndex index, CancellationToken cancellationToken)
    {
        if (request.Problems() is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }
        var results = await SearchReads.RunAsync(db, index, request, cancellationToken);
        var facets = results.Facets;
        return TypedResults.Ok<object>(new
        {
            total = results.Total,
            page = request.CurrentPage,
            pageSize = SearchRequest.PageSize,
            items = results.Items.Select(i => new
            {
                article = new { slug = i.Article.Slug, title = i.Article.Title, published = DateText.Json(i.Article.Published) },
                paragraph = i.Paragraph,
                snippet = i.Snippet,
            }),
            facets = new { years = facets.Years, people = facets.People, authors = facets.Authors, outlets = facets.Outlets },
        });
    }
}
