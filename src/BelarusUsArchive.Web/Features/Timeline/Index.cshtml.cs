using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Events;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Timeline;

/// <summary>One mark of the timeline: where it sits, how wide it is, and the event it links to.</summary>
public sealed record TimelineMark(EventView Event, double X, double Width, int Lane, bool Uncertain);

public class IndexModel(ArchiveDb db) : PageModel
{
    public const double Width = 1000;
    public const double Left = 110;
    public const double LaneHeight = 34;

    [BindProperty(SupportsGet = true)] public string? Person { get; set; }

    public IReadOnlyList<TimelineMark> Marks { get; private set; } = [];
    public IReadOnlyList<EventKind> Lanes { get; private set; } = [];
    public int FirstYear { get; private set; }
    public int LastYear { get; private set; }
    public IReadOnlyList<EventView> Events { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var filter = new EventFilter(null, string.IsNullOrWhiteSpace(Person) ? null : Person, null, null);
        Events = (await EventReads.ListAsync(db, filter, 2000, cancellationToken)).Items.Where(e => e.Date is not null).ToList();
        People = [.. (await db.EventParticipants.Where(p => p.Event!.Status != EventStatus.Rejected && p.Person!.Status != PersonStatus.Rejected)
            .GroupBy(p => new { p.Person!.Slug, p.Person.Name }).OrderByDescending(g => g.Count()).Take(40)
            .Select(g => new { g.Key.Slug, g.Key.Name }).ToListAsync(cancellationToken)).OrderBy(p => p.Name).Select(p => (p.Slug, p.Name))];
        if (Events.Count == 0)
        {
            return;
        }
        FirstYear = Events.Min(e => e.Date!.Start.Year);
        LastYear = Events.Max(e => e.Date!.End.Year);
        Lanes = [.. Events.Select(e => e.Kind).Distinct().Order()];
        Marks = [.. Events.Select(e =>
        {
            var x = X(e.Date!.Start);
            var end = X(e.Date.End.AddDays(1));
            return new TimelineMark(e, x, Math.Max(end - x, 0), Lanes.ToList().IndexOf(e.Kind), e.Date.Edtf.Contains('?') || e.Date.Edtf.Contains('~'));
        })];
    }

    /// <summary>The horizontal position of a day, between the first January of the first year and the end of the last.</summary>
    public double X(DateOnly day)
    {
        var start = new DateOnly(FirstYear, 1, 1).DayNumber;
        var end = new DateOnly(LastYear + 1, 1, 1).DayNumber;
        return Left + (Width - Left - 10) * (day.DayNumber - start) / Math.Max(1, end - start);
    }

    public double Height => 40 + Lanes.Count * LaneHeight;
}
