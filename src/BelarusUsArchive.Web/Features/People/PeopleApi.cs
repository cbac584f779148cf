using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Rendering;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BelarusUsArchive.Web.Features.People;

/// <summary>GET /api/people and /api/people/{slug}, shaped as CONTRACT.md says.</summary>
public static class PeopleApi
{
    private const int PageSize = 50;

    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/people").WithTags("People");
        api.MapGet("/", ListAsync);
        api.MapGet("/{slug}", DetailsAsync);
        return app;
    }

    private static async Task<Results<Ok<object>, ValidationProblem>> ListAsync(string? q, int? page, ArchiveDb db, CancellationToken cancellationToken)
    {
        if (page is < 1 or > 100_000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["page must be a number from 1 to 100000"] });
        }
        if (q is { Length: > 200 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["q must be at most 200 characters"] });
        }
        var (total, items) = await PeopleReads.ListAsync(db, q, null, "mentions", page ?? 1, PageSize, cancellationToken);
        return TypedResults.Ok<object>(new
        {
            total,
            page = page ?? 1,
            pageSize = PageSize,
            items = items.Select(p => new { p.Slug, p.Name, p.Aliases, p.Articles, p.Mentions }),
        });
    }

    private static async Task<Results<Ok<object>, ProblemHttpResult>> DetailsAsync(string slug, ArchiveDb db, CancellationToken cancellationToken)
    {
        var person = await PeopleReads.DetailsAsync(db, slug, cancellationToken);
        if (person is null)
        {
            return TypedResults.Problem(statusCode: 404, title: "No such person", detail: $"There is no person with the slug '{slug}'.");
        }
        return TypedResults.Ok<object>(new
        {
            person.Slug,
            person.Name,
            Aliases = person.Aliases.Select(a => a.Text),
            Roles = person.Roles.Select(r => new { r.Title, r.Organization, From = DateText.Json(r.From), To = DateText.Json(r.To) }),
            person.Country,
            Status = person.Status.ToString().ToLowerInvariant(),
            Articles = person.Articles.Select(a => new
            {
                a.Slug,
                a.Title,
                Published = DateText.Json(a.Published),
                Mentions = a.Mentions.Select(m => new { m.Paragraph, m.Surface, Snippet = Snippets.Plain(m.Text, m.Offset, m.Length) }),
            }),
            person.CoMentioned,
            person.MentionsByYear,
            Events = Array.Empty<object>(),
        });
    }
}
