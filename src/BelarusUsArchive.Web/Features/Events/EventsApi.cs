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
        api.MapGet("/{slug}", DetailsAsync).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<ApiPage<EventItem>>, ValidationProblem>> ListAsync([AsParameters] EventFilter filter, ArchiveDb db, CancellationToken cancellationToken)
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
        var (total, items) = await EventReads.ListAsync(db, filter, EventFilter.PageSize, cancellationToken, withSources: true);
        return TypedResults.Ok(new ApiPage<EventItem>(total, filter.CurrentPage, EventFilter.PageSize, [.. items.Select(Item)]));
    }

    private static async Task<Results<Ok<EventItem>, ProblemHttpResult>> DetailsAsync(string slug, ArchiveDb db, CancellationToken cancellationToken) =>
        await EventReads.DetailsAsync(db, slug, cancellationToken) is { } e
            ? TypedResults.Ok(Item(e))
            : TypedResults.Problem(statusCode: 404, title: "No such event", detail: $"There is no event with the slug '{slug}'.");

    private static EventItem Item(EventView e) => new(
        e.Slug, e.Title, e.Description, ApiDate.From(e.Date), e.Place,
        e.Kind.ToString().ToLowerInvariant(), e.Status.ToString().ToLowerInvariant(),
        e.Participants,
        [.. e.Sources.Select(s => new EventSourceItem(s.ArticleSlug, s.Paragraph, s.Quote))]);
}
