using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Events;
using BelarusUsArchive.Web.Rendering;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BelarusUsArchive.Web.Features.People;

/// <summary>GET /api/people and /api/people/{slug}, shaped as CONTRACT.md says.</summary>
public static class PeopleApi
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/people").WithTags("People");
        api.MapGet("/", ListAsync)
            .WithSummary("People named in the articles, most mentioned first")
            .WithDescription("q matches a name or any alias, in any spelling the archive knows (Krauchenka finds Kravchenko).");
        api.MapGet("/{slug}", DetailsAsync)
            .WithSummary("One person with aliases, roles, every mention in context, co-mentioned people and mentions per year")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<ApiPage<PersonItem>>, ValidationProblem>> ListAsync(string? q, int? page, int? pageSize, ArchiveDb db, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        if (page is < 1 or > 100_000)
        {
            problems["page"] = ["page must be a number from 1 to 100000"];
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            problems["pageSize"] = [$"pageSize must be a number from 1 to {MaxPageSize}"];
        }
        if (q is { Length: > 200 })
        {
            problems["q"] = ["q must be at most 200 characters"];
        }
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }
        var size = pageSize ?? DefaultPageSize;
        var (total, items) = await PeopleReads.ListAsync(db, q, null, "mentions", page ?? 1, size, cancellationToken);
        return TypedResults.Ok(new ApiPage<PersonItem>(total, page ?? 1, size,
            [.. items.Select(p => new PersonItem(p.Slug, p.Name, p.Aliases, p.Articles, p.Mentions))]));
    }

    private static async Task<Results<Ok<PersonResponse>, ProblemHttpResult, ValidationProblem>> DetailsAsync(string slug, int? page, ArchiveDb db, CancellationToken cancellationToken)
    {
        if (page is < 1 or > 100_000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["page must be a number from 1 to 100000"] });
        }
        var person = await PeopleReads.DetailsAsync(db, slug, page ?? 1, cancellationToken);
        if (person is null)
        {
            return TypedResults.Problem(statusCode: 404, title: "No such person", detail: $"There is no person with the slug '{slug}'.");
        }
        return TypedResults.Ok(new PersonResponse(
            person.Slug,
            person.Name,
            [.. person.Aliases.Select(a => a.Text)],
            [.. person.Roles.Select(r => new PersonRoleItem(r.Title, r.Organization, ApiDate.From(r.From), ApiDate.From(r.To)))],
            person.Country,
            person.Status.ToString().ToLowerInvariant(),
            [.. person.Articles.Select(a => new PersonArticleItem(a.Slug, a.Title, ApiDate.From(a.Published),
                [.. a.Mentions.Select(m => new PersonMentionItem(m.Paragraph, m.Surface, Snippets.Plain(m.Text, m.Offset, m.Length)))]))],
            person.CoMentioned,
            person.MentionsByYear,
            [.. (await EventReads.OfPersonAsync(db, person.Slug, cancellationToken)).Select(e => new ApiEventRef(e.Slug, e.Title, ApiDate.From(e.Date)))],
            person.ArticleCount, person.MentionCount, person.Page, PersonDetails.PageSize));
    }
}
