using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Rendering;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BelarusUsArchive.Web.Features.Articles;

/// <summary>GET /api/articles and /api/articles/{slug}, shaped as CONTRACT.md says.</summary>
public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/articles").WithTags("Articles");
        api.MapGet("/", ListAsync);
        api.MapGet("/{slug}", DetailsAsync);
        return app;
    }

    private static async Task<Results<Ok<object>, ValidationProblem>> ListAsync([AsParameters] ArticleFilter filter, ArchiveDb db, HttpContext http, CancellationToken cancellationToken)
    {
        if (filter.Problems() is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }
        var (total, items) = await ArticleReads.ListAsync(db, filter, cancellationToken);
        var facets = await filter.FacetsAsync(db, cancellationToken);
        return TypedResults.Ok<object>(new
        {
            total,
            page = filter.CurrentPage,
            pageSize = filter.Size,
            items = items.Select(a => Item(a, http)),
            facets = new { years = facets.Years, people = facets.People, authors = facets.Authors, outlets = facets.Outlets },
        });
    }

    private static async Task<Results<Ok<object>, ProblemHttpResult>> DetailsAsync(string slug, ArchiveDb db, HttpContext http, CancellationToken cancellationToken)
    {
        var article = await ArticleReads.DetailsAsync(db, slug, cancellationToken);
        if (article is null)
        {
            return TypedResults.Problem(statusCode: 404, title: "No such article", detail: $"There is no article with the slug '{slug}'.");
        }
        var item = Item(article.Summary, http);
        return TypedResults.Ok<object>(new
        {
            item.Slug,
            item.Title,
            item.Subtitle,
            item.Authors,
            item.Outlet,
            item.Published,
            item.Url,
            paragraphs = article.Paragraphs.Select(p => new { n = p.Number, kind = p.KindName, text = p.Text }),
            people = article.People.Select(p => new { slug = p.Slug, name = p.Name, mentions = p.Mentions }),
            events = Array.Empty<object>(),
            commentary = Array.Empty<object>(),
            sourceFile = article.SourceFile,
            sourceUrl = article.SourceUrl,
        });
    }

    private static ArticleItem Item(ArticleSummary a, HttpContext http) => new(
        a.Slug, a.Title, a.Subtitle,
        [.. a.Authors.Select(x => new { slug = x.Slug, name = x.Name })],
        a.Outlet is null ? null : new { slug = a.Outlet.Slug, name = a.Outlet.Name },
        DateText.Json(a.Published),
        $"{http.Request.Scheme}://{http.Request.Host}/articles/{a.Slug}");

    // Serialized camelCase (the web defaults), as the contract's JSON.
    private sealed record ArticleItem(string Slug, string Title, string? Subtitle, object[] Authors, object? Outlet, object? Published, string Url);
}
