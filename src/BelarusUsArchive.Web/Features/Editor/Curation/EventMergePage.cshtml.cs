using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.History;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Curation;

/// <summary>
/// Merges a duplicate event into this one, asked once: the editor picks the other event (from those nearest in date,
/// or by its address), the page says what will move, and only the confirmed POST moves it. Both events' versions are
/// checked; a lost race answers with the conflict page. The duplicate's history can undo the merge.
/// </summary>
public class EventMergeModel(ArchiveDb db, UserManager<EditorUser> users) : PageModel
{
    public Event Event { get; private set; } = null!;
    public Event? Other { get; private set; }
    public EventMergePreview? Preview { get; private set; }
    public IReadOnlyList<Event> Candidates { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? other, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        return string.IsNullOrWhiteSpace(other) ? Page() : await PreviewAsync(other, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string slug, string? other, Guid? version, Guid? otherVersion, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        if (await PreviewAsync(other, cancellationToken) is not PageResult || Other is null)
        {
            return Page();
        }
        var (from, into) = (Other, Event);
        if (into.Version != version || from.Version != otherVersion)
        {
            return await ConflictAsync(into.Version != version ? into : from, cancellationToken);
        }
        var (stored, before, intoBefore) = (into.Version, RevisionLog.State(from), RevisionLog.State(into));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moves = await EventMerge.MoveAsync(db, from, into, cancellationToken);
        into.Curated = true;
        into.Version = Guid.NewGuid();
        var user = (await users.GetUserAsync(User))?.Shown ?? "?";
        var summary = $"Merged “{from.Title}” into “{into.Title}”";
        RevisionLog.Record(db, "event", from.Id, summary, user, new RevisionData(before, new RecordState(("merged into", into.Title)), Events: moves));
        RevisionLog.Record(db, "event", into.Id, summary, user, new RevisionData(intoBefore, RevisionLog.State(into)));
        db.Events.Remove(from);
        if (!await Conflicts.TrySaveAsync(db, stored, version, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            await LoadAsync(slug, cancellationToken);
            await PreviewAsync(other, cancellationToken);
            return await ConflictAsync(Event, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return Redirect($"/events/{into.Slug}");
    }

    private async Task<IActionResult> PreviewAsync(string? other, CancellationToken cancellationToken)
    {
        var address = (other ?? "").Trim();
        address = address.Contains("/events/", StringComparison.Ordinal) ? address[(address.LastIndexOf("/events/", StringComparison.Ordinal) + 8)..].Trim('/') : address;
        Other = address.Length == 0 ? null : await db.Events.Include(e => e.Participants).ThenInclude(p => p.Person)
            .SingleOrDefaultAsync(e => e.Slug == address && e.Id != Event.Id, cancellationToken);
        if (Other is null || Other.Status == EventStatus.Rejected)
        {
            Problems = [Other is null ? $"No other event has the address “{address}”: choose one from the list or paste its address (/events/…)." : $"“{Other.Title}” is rejected; restore it from its history first."];
            (Other, Response.StatusCode) = (null, StatusCodes.Status400BadRequest);
            return Page();
        }
        Preview = await EventMerge.PreviewAsync(db, Other, Event, cancellationToken);
        return Page();
    }

    /// <summary>Someone changed one of the two events since the confirmation was shown: nothing moved; both versions of it are shown.</summary>
    private async Task<IActionResult> ConflictAsync(Event changed, CancellationToken cancellationToken)
    {
        var seen = RecordStateForm.Parse(Request.Form[changed.Id == Event.Id ? "seen" : "otherSeen"]);
        Conflict = await Conflicts.ShowAsync(this, db, "event", changed.Id, changed.Version, RevisionLog.State(changed), seen, cancellationToken);
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
        Candidates = await NearestAsync(found, cancellationToken);
        return true;
    }

    /// <summary>Up to 50 other events nearest in date (a duplicate reports the same happening), else the latest.</summary>
    private async Task<IReadOnlyList<Event>> NearestAsync(Event e, CancellationToken cancellationToken)
    {
        var others = db.Events.AsNoTracking().Where(x => x.Id != e.Id && x.Status != EventStatus.Rejected);
        if (e.Date is not { } date)
        {
            return await others.OrderByDescending(x => x.Id).Take(50).ToListAsync(cancellationToken);
        }
        var (from, to) = (date.Start.AddYears(-1), date.End.AddYears(1));
        var near = await others.Where(x => x.Date != null && x.Date.Start <= to && x.Date.End >= from).Take(500).ToListAsync(cancellationToken);
        return [.. near.OrderBy(x => Math.Abs(x.Date!.Start.DayNumber - date.Start.DayNumber)).ThenBy(x => x.Title, StringComparer.Ordinal).Take(50)];
    }
}
