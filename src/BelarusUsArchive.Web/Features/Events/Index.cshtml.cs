using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Shared;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Events;

public class IndexModel(ArchiveDb db) : PageModel
{
    public EventFilter Filter { get; private set; } = new(null, null, null, null);
    public int Total { get; private set; }
    public IReadOnlyList<EventView> Items { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> People { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The events for the query string's filters, bound as the API binds them.</summary>
    public async Task OnGetAsync([FromQuery] EventFilter filter, CancellationToken cancellationToken)
    {
        Filter = filter.Normalized();
        Problems = [.. Filter.Problems().SelectMany(p => p.Value), .. FilterBinding.Problems(ModelState),
            .. (await Filter.UnknownSlugsAsync(db, cancellationToken)).SelectMany(p => p.Value)];
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
