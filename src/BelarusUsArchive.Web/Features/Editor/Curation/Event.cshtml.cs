using System.ComponentModel.DataAnnotations;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.History;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Curation;

/// <summary>
/// Edits, confirms or rejects an extracted event; the decision survives every re-import. A rejection is asked once
/// (what it hides) before it is done, and every save keeps a revision the event's history can restore.
/// </summary>
public class EventModel(ArchiveDb db, UserManager<EditorUser> users) : PageModel
{
    public sealed record InputModel
    {
        [Required, StringLength(300)] public string Title { get; init; } = "";
        [StringLength(40)] public string? Date { get; init; }
        [StringLength(100)] public string? Place { get; init; }
        public EventKind Kind { get; init; }
        /// <summary>Participants (person ids) ticked for removal.</summary>
        public List<int> Remove { get; init; } = [];
        /// <summary>A person to add, by name or the address of their page.</summary>
        [StringLength(200)] public string? Add { get; init; }
        public Guid Version { get; init; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public Event Event { get; private set; } = null!;
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public Conflict? Conflict { get; private set; }
    /// <summary>Set while a rejection waits for its confirmation: what it will hide.</summary>
    public IReadOnlyList<string>? Hides { get; private set; }
    /// <summary>Names offered in the "add a participant" field.</summary>
    public IReadOnlyList<string> Names { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, string? decision, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        Input = new InputModel { Title = found.Title, Date = found.Date?.Edtf, Place = found.Place, Kind = found.Kind, Version = found.Version };
        if (decision == "reject" && found.Status != EventStatus.Rejected)
        {
            Hides = await HidesAsync(cancellationToken);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string? decision, bool confirmed, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        ArchiveDate? date = null;
        var problems = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
        if (!string.IsNullOrWhiteSpace(Input.Date) && !DateExpressions.TryRead(Input.Date, DateSource.Editor, out date))
        {
            problems.Add($"“{Input.Date}” is not an EDTF date such as 2019, 2019-09 or 2019-09-17, nor a written date such as 17 September 2019.");
        }
        var (stored, before) = (found.Version, RevisionLog.State(found));
        if (problems.Count == 0 && await EventPeople.ChangeAsync(db, found, Input.Remove, Input.Add, cancellationToken) is { } unknown)
        {
            problems.Add(unknown);
        }
        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (decision == "reject" && !confirmed && found.Status != EventStatus.Rejected && found.Version == Input.Version)
        {
            Hides = await HidesAsync(cancellationToken);
            return Page();
        }
        found.Title = Input.Title.Trim();
        found.Date = date;
        found.Place = string.IsNullOrWhiteSpace(Input.Place) ? null : Input.Place.Trim();
        found.Kind = Input.Kind;
        found.Status = decision switch { "confirm" => EventStatus.Confirmed, "reject" => EventStatus.Rejected, _ => found.Status };
        found.Curated = true;
        found.Version = Guid.NewGuid();
        var user = await users.GetUserAsync(User);
        var summary = decision switch { "confirm" => "Confirmed", "reject" => "Rejected", _ => "Edited" } + $" “{found.Title}”";
        RevisionLog.Record(db, "event", found.Id, summary, user?.Shown ?? "?", new RevisionData(before, RevisionLog.State(found)));
        var participants = EventPeople.Names(found.Participants.Select(p => p.Person?.Name ?? ""));
        if (!await Conflicts.TrySaveAsync(db, stored, Input.Version, cancellationToken))
        {
            Event = await db.Events.AsNoTracking().Include(e => e.Participants).ThenInclude(p => p.Person).SingleAsync(e => e.Id == found.Id, cancellationToken);
            var yours = new RecordState(("title", Input.Title.Trim()), ("date", Input.Date), ("place", Input.Place), ("kind", Input.Kind.ToString()),
                ("status", decision switch { "confirm" => "Confirmed", "reject" => "Rejected", _ => Event.Status.ToString() }), ("participants", participants));
            Conflict = await Conflicts.ShowAsync(this, db, "event", Event.Id, Event.Version, RevisionLog.State(Event), yours, cancellationToken);
            return Page();
        }
        return Redirect(found.Status == EventStatus.Rejected ? "/events" : $"/events/{found.Slug}");
    }

    private async Task<Event?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var found = await db.Events.Include(e => e.Participants).ThenInclude(p => p.Person).SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (found is not null)
        {
            Event = found;
            Names = await EventPeople.NamesAsync(db, cancellationToken);
        }
        return found;
    }

    private async Task<IReadOnlyList<string>> HidesAsync(CancellationToken cancellationToken)
    {
        var sources = await db.EventSources.Where(s => s.EventId == Event.Id).Select(s => s.ArticleId).Distinct().CountAsync(cancellationToken);
        var people = await db.EventParticipants.Where(p => p.EventId == Event.Id).Select(p => p.Person!.Name).OrderBy(n => n).ToListAsync(cancellationToken);
        return
        [
            $"The event leaves the timeline, the events listing, the API and the exports; its page answers 404.",
            $"It is no longer shown as reported by {Count(sources, "article")}.",
            people.Count == 0 ? "It names no participants." : $"It leaves the events of {Count(people.Count, "person", "people")}: {string.Join(", ", people)}.",
            "A re-import does not bring it back; its history can restore it.",
        ];
    }

    internal static string Count(int n, string one, string? many = null) => n == 1 ? $"1 {one}" : $"{n:N0} {many ?? one + "s"}";
}
