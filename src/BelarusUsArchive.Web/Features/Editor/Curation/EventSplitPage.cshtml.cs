using System.ComponentModel.DataAnnotations;
using BelarusUsArchive.Text;
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
/// Splits an event: the editor ticks the source passages that report another happening, says what becomes of each
/// participant (stays, moves, both) and names the new event; a confirmation says what moves, and the confirmed POST
/// creates the new event. The split is a revision of this event: restoring the version before it undoes the split.
/// </summary>
public class EventSplitModel(ArchiveDb db, UserManager<EditorUser> users) : PageModel
{
    public sealed record InputModel
    {
        [Required(ErrorMessage = "The new event needs a title."), StringLength(300)] public string Title { get; init; } = "";
        [StringLength(40)] public string? Date { get; init; }
        [StringLength(100)] public string? Place { get; init; }
        public EventKind Kind { get; init; }
        /// <summary>The source passages (ids) that go to the new event.</summary>
        public List<int> Sources { get; init; } = [];
        /// <summary>Each participant's fate, by person id: "stay", "move" or "both".</summary>
        public Dictionary<int, string> People { get; init; } = [];
        public Guid Version { get; init; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public Event Event { get; private set; } = null!;
    public IReadOnlyList<EventSource> Sources { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public Conflict? Conflict { get; private set; }
    /// <summary>Set while the split waits for its confirmation: what it will move.</summary>
    public IReadOnlyList<string>? Moves { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        Input = new InputModel { Date = Event.Date?.Edtf, Place = Event.Place, Kind = Event.Kind, Version = Event.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, bool confirmed, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        // The passages ticked belong to the version the editor saw: a newer one is shown first, both versions side by side.
        if (Event.Version != Input.Version)
        {
            return await ConflictAsync(cancellationToken);
        }
        if (Check() is not (true, var date))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!confirmed)
        {
            Moves = Describe();
            return Page();
        }
        return await SplitAsync(date, cancellationToken);
    }

    private async Task<IActionResult> SplitAsync(ArchiveDate? date, CancellationToken cancellationToken)
    {
        var (stored, before) = (Event.Version, RevisionLog.State(Event));
        var moving = Sources.Where(s => Input.Sources.Contains(s.Id)).ToList();
        var slug = await ArchiveSlugs.UniqueAsync(db.Events.Select(e => e.Slug), Slugs.From($"{date?.Start.Year} {Input.Title}", 100), cancellationToken);
        var created = new Event
        {
            Slug = slug, Title = Input.Title.Trim(), Date = date, Place = string.IsNullOrWhiteSpace(Input.Place) ? null : Input.Place.Trim(), Kind = Input.Kind,
            Status = EventStatus.Confirmed, Curated = true, Description = moving[0].Quote,
        };
        var (moved, shared) = (Fate("move"), Fate("both"));
        created.Participants.AddRange(Event.Participants.Where(p => moved.Contains(p.PersonId) || shared.Contains(p.PersonId))
            .Select(p => new EventParticipant { PersonId = p.PersonId, Person = p.Person }));
        Event.Participants.RemoveAll(p => moved.Contains(p.PersonId));
        (Event.Curated, Event.Version) = (true, Guid.NewGuid());
        db.Events.Add(created);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await Conflicts.TrySaveAsync(db, stored, Input.Version, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ConflictAsync(cancellationToken);
        }
        var ids = moving.Select(s => s.Id).ToList();
        await db.EventSources.Where(s => ids.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.EventId, created.Id), cancellationToken);
        var user = (await users.GetUserAsync(User))?.Shown ?? "?";
        var moves = new EventMoves(EventMoves.Split, created.Id, created.Slug, created.Title, Event.Slug, Event.Curated, null,
            [.. moving.Select(s => new SourceRow(s.Id, s.ArticleId, s.ParagraphNumber, s.Quote))], [], moved, shared);
        RevisionLog.Record(db, "event", Event.Id, $"Split “{created.Title}” off “{Event.Title}”", user, new RevisionData(before, RevisionLog.State(Event), Events: moves));
        RevisionLog.Record(db, "event", created.Id, $"Split off “{Event.Title}” as “{created.Title}”", user, new RevisionData(null, RevisionLog.State(created)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect($"/events/{created.Slug}");
    }

    /// <summary>Whether the form is sound (else <see cref="Problems"/> says why) and the new event's date.</summary>
    private (bool Ok, ArchiveDate? Date) Check()
    {
        var problems = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
        ArchiveDate? date = null;
        if (!string.IsNullOrWhiteSpace(Input.Date) && !DateExpressions.TryRead(Input.Date, DateSource.Editor, out date))
        {
            problems.Add($"“{Input.Date}” is not an EDTF date such as 2019, 2019-09 or 2019-09-17, nor a written date such as 17 September 2019.");
        }
        var chosen = Sources.Count(s => Input.Sources.Contains(s.Id));
        if (chosen == 0 || chosen == Sources.Count || chosen != Input.Sources.Distinct().Count())
        {
            problems.Add(chosen == Sources.Count && chosen > 0
                ? "Leave at least one passage with this event: to change what the whole event is, edit it instead."
                : "Tick the passages (of this event) that report the other happening.");
        }
        if (Input.People.Any(p => Event.Participants.All(x => x.PersonId != p.Key) || p.Value is not ("stay" or "move" or "both")))
        {
            problems.Add("A participant's choice is not one of stays, moves or both, or names someone not in this event.");
        }
        Problems = problems;
        return (problems.Count == 0, date);
    }

    private List<int> Fate(string choice) => [.. Input.People.Where(p => p.Value == choice).Select(p => p.Key).Order()];

    private IReadOnlyList<string> Describe()
    {
        var moving = Sources.Where(s => Input.Sources.Contains(s.Id)).ToList();
        string Names(string choice) => string.Join(", ", Event.Participants.Where(p => Fate(choice).Contains(p.PersonId)).Select(p => p.Person?.Name).Order(StringComparer.Ordinal));
        var (moved, both) = (Fate("move").Count, Fate("both").Count);
        return
        [
            $"A new event “{Input.Title.Trim()}” ({(string.IsNullOrWhiteSpace(Input.Date) ? "no date" : Input.Date.Trim())}) takes {EventModel.Count(moving.Count, "source passage")} from {EventModel.Count(moving.Select(s => s.ArticleId).Distinct().Count(), "article")}; {EventModel.Count(Sources.Count - moving.Count, "passage")} {(Sources.Count - moving.Count == 1 ? "stays" : "stay")} with “{Event.Title}”.",
            moved == 0 ? "No participant leaves this event." : $"{EventModel.Count(moved, "participant")} {(moved == 1 ? "moves" : "move")} to the new event: {Names("move")}.",
            both == 0 ? "No participant is in both." : $"{EventModel.Count(both, "participant")} take part in both: {Names("both")}.",
            "The history of this event can undo the split.",
        ];
    }

    /// <summary>Someone changed the event since the form was read: nothing is split; both versions are shown.</summary>
    private async Task<IActionResult> ConflictAsync(CancellationToken cancellationToken)
    {
        var seen = RecordStateForm.Parse(Request.Form["seen"]);
        await LoadAsync(Event.Slug, cancellationToken);
        Conflict = await Conflicts.ShowAsync(this, db, "event", Event.Id, Event.Version, RevisionLog.State(Event), seen, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var found = await db.Events.Include(e => e.Participants).ThenInclude(p => p.Person).SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (found is null)
        {
            return false;
        }
        Event = found;
        Sources = await db.EventSources.AsNoTracking().Include(s => s.Article).Where(s => s.EventId == found.Id)
            .OrderBy(s => s.Article!.Published!.Start).ThenBy(s => s.ArticleId).ThenBy(s => s.ParagraphNumber).ToListAsync(cancellationToken);
        return true;
    }
}
