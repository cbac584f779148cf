using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Events;

public class IndexModel(ArchiveDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Person { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    public EventFilter Filter { get; private set; } = new(null, null, null, null);
    public int Total { get; private set; }
    public IReadOnlyList<EventView> Items { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> People { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var pageText = Request.Query["page"].ToString();
        int? page = int.TryParse(pageText, out var n) ? n : null;
        Filter = new EventFilter(Year, string.IsNullOrWhiteSpace(Person) ? null : Person, string.IsNullOrWhiteSpace(Kind) ? null : Kind, page);
        Problems = [.. Filter.Problems().SelectMany(p => p.Value),
            .. ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => $"“{e.Value!.AttemptedValue}” is not a valid {e.Key}"),
            .. pageText.Length > 0 && page is null ? [$"“{pageText}” is not a page number"] : Array.Empty<string>()];
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        (Total, var items) = await EventReads.ListAsync(db, Filter, EventFilter.PageSize, cancellationToken);
        Items = items;
        People = [.. (await db.EventParticipants.Where(p => p.Event!.Status != EventStatus.Rejected && p.Person!.Status != PersonStatus.Rejected)
            .GroupBy(p => new { p.Person!.Slug, p.Person.Name }).OrderByDescending(g => g.Count()).Take(40)
            .Select(g => new { g.Key.Slug, g.Key.Name }).ToListAsync(cancellationToken)).OrderBy(p => p.Name).Select(p => (p.Slug, p.Name))];
        Years = await db.Events.Where(e => e.Date != null && e.Status != EventStatus.Rejected).Select(e => e.Date!.Start.Year).Distinct().OrderBy(y => y).ToListAsync(cancellationToken);
    }
}
