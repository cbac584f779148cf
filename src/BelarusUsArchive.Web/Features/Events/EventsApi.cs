using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Rendering;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BelarusUsArchive.Web.Features.Events;

/// <summary>GET /api/events, shaped as CONTRACT.md says, and /api/events/{slug}.</summary>
public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/events").WithTags("Events");
        api.MapGet("/", ListAsync);
        api.MapGet("/{slug}", DetailsAsync);
        return app;
    }

    private static async Task<Results<Ok<object>, ValidationProblem>> ListAsync([AsParameters] EventFilter filter, ArchiveDb db, CancellationToken cancellationToken)
    {
        if (filter.Problems() is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }
        var (total, items) = await EventReads.ListAsync(db, filter, EventFilter.PageSize, cancellationToken);
        return TypedResults.Ok<object>(new { total, page = filter.CurrentPage, pageSize = EventFilter.PageSize, items = items.Select(Item) });
    }

    private static async Task<Results<Ok<object>, ProblemHttpResult>> DetailsAsync(string slug, ArchiveDb db, CancellationToken cancellationToken) =>
        await EventReads.DetailsAsync(db, slug, cancellationToken) is { } e
            ? TypedResults.Ok<object>(Item(e))
            : TypedResults.Problem(statusCode: 404, title: "No such event", detail: $"There is no event with the slug '{slug}'.");

    private static object Item(EventView e) => new
    {
        e.Slug,
        e.Title,
        e.Description,
        Date = DateText.Json(e.Date),
        e.Place,
        Kind = e.Kind.ToString().ToLowerInvariant(),
        Status = e.Status.ToString().ToLowerInvariant(),
        Participants = e.Participants.Select(p => new { p.Slug, p.Name }),
        Sources = e.Sources.Select(s => new { Article = s.ArticleSlug, s.Paragraph, s.Quote }),
    };
}
