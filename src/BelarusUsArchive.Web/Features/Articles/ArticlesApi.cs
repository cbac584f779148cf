using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Events;
using BelarusUsArchive.Web.Model;
using BelarusUsArchive.Web.Rendering;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Articles;

/// <summary>GET /api/articles and /api/articles/{slug}, shaped as CONTRACT.md says.</summary>
public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/articles").WithTags("Articles");
        api.MapGet("/", ListAsync)
            .WithSummary("Articles, filtered and paged, with facet counts")
            .WithDescription("Filters combine (AND). Newest first unless sort says otherwise; undated articles come last.");
        api.MapGet("/{slug}", DetailsAsync)
            .WithSummary("One article with its numbered paragraphs, people, events and published commentary")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<ArticleList>, ValidationProblem>> ListAsync([AsParameters] ArticleFilter filter, ArchiveDb db, HttpContext http, CancellationToken cancellationToken)
    {
        filter = filter.Normalized();
        if (filter.Problems() is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }
        if (await filter.UnknownSlugsAsync(db, cancellationToken) is { Count: > 0 } unknown)
        {
            return TypedResults.ValidationProblem(unknown);
        }
        var (total, items) = await ArticleReads.ListAsync(db, filter, cancellationToken);
        var facets = await filter.FacetsAsync(db, cancellationToken);
        return TypedResults.Ok(new ArticleList(total, filter.CurrentPage, filter.Size, [.. items.Select(a => Item(a, http))], facets));
    }

    private static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> DetailsAsync(string slug, ArchiveDb db, HttpContext http, CancellationToken cancellationToken)
    {
        var article = await ArticleReads.DetailsAsync(db, slug, cancellationToken);
        if (article is null)
        {
            return TypedResults.Problem(statusCode: 404, title: "No such article", detail: $"There is no article with the slug '{slug}'.");
        }
        var commentary = (await CommentaryReads.ForArticleAsync(db, article.Summary.Id, withDrafts: false, cancellationToken))
            .OrderBy(c => c.ParagraphNumber).ToList();
        var item = Item(article.Summary, http);
        return TypedResults.Ok(new ArticleResponse(
            item.Slug, item.Title, item.Subtitle, item.Authors, item.Outlet, item.Published, item.Url,
            [.. article.Paragraphs.Select(p => new ArticleParagraph(p.Number, p.KindName, p.Text))],
            article.People,
            [.. (await EventReads.OfArticleAsync(db, article.Summary.Id, cancellationToken)).Select(e => new ApiEventRef(e.Slug, e.Title, ApiDate.From(e.Date)))],
            [.. commentary.Select(c => new ArticleCommentary(c.Id, c.ParagraphNumber, c.Html, c.AuthorName, DateTime.SpecifyKind(c.UpdatedAt, DateTimeKind.Utc), c.ParentId))],
            article.SourceFile,
            article.SourceUrl));
    }

    private static ArticleItem Item(ArticleSummary a, HttpContext http) => new(
        a.Slug, a.Title, a.Subtitle, a.Authors, a.Outlet, ApiDate.From(a.Published),
        $"{http.Request.Scheme}://{http.Request.Host}/articles/{a.Slug}");
}
