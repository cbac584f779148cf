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
        People = await BelarusUsArchive.Web.Features.People.PeopleReads.PickerAsync(db, Filter.Person is { } chosen ? [chosen] : [], 40, cancellationToken);
        // The years between the first and the last event, read from the two ends of the date index.
        var dated = db.Events.Where(e => e.Date != null && e.Status != EventStatus.Rejected);
        var first = await dated.OrderBy(e => e.Date!.Start).Select(e => (int?)e.Date!.Start.Year).FirstOrDefaultAsync(cancellationToken);
        var last = await dated.OrderByDescending(e => e.Date!.Start).Select(e => (int?)e.Date!.Start.Year).FirstOrDefaultAsync(cancellationToken);
        Years = first is { } a && last is { } b ? [.. Enumerable.Range(a, b - a + 1)] : [];
    }
}
