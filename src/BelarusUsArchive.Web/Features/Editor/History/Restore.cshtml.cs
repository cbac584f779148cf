using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.History;

/// <summary>
/// Restoring a kept state of any record, asked once: the page says field by field what will change (and what a merge's
/// or a rejection's undoing moves back), then the POST puts the state back as a new save with its own revision.
/// Restored commentary keeps its current published state unless the editor chooses the revision's.
/// </summary>
public class RestoreModel(ArchiveDb db, UserManager<EditorUser> users) : PageModel
{
    public string Type { get; private set; } = "";
    public int Id { get; private set; }
    public RecordIdentity Record { get; private set; } = null!;
    public Revision Revision { get; private set; } = null!;
    public bool Before { get; private set; }
    public RecordState Target { get; private set; } = null!;
    public IReadOnlyList<(string Name, string? From, string? To)> Changes { get; private set; } = [];
    public IReadOnlyList<string> Moves { get; private set; } = [];
    /// <summary>The revision whose save is undone, when the version before it is restored.</summary>
    private RevisionData? Undoing => Before ? RevisionData.Parse(Revision.Data) : null;
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string type, int id, int revision, string? state, CancellationToken cancellationToken) =>
        await LoadAsync(type, id, revision, state, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string type, int id, int revision, string? state, Guid? version, bool keepPublished, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(type, id, revision, state, cancellationToken))
        {
            return NotFound();
        }
        if (Record.Version is null || Record.Version != version)
        {
            Conflict = await Conflicts.ShowAsync(this, db, type, id, Record.Version ?? Guid.Empty, Record.Current ?? new RecordState(), Target, cancellationToken);
            return Page();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        string? problem;
        List<MentionRow>? unlinked;
        try
        {
            (problem, unlinked) = await Restorer.ApplyAsync(db, type, id, Target, keepPublished, Undoing, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Undoing a merge saves the person back before moving rows to it; the other person changed meanwhile.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await LoadAsync(type, id, revision, state, cancellationToken);
            Conflict = await Conflicts.ShowAsync(this, db, type, id, Record.Version ?? Guid.Empty, Record.Current ?? new RecordState(), Target, cancellationToken);
            return Page();
        }
        if (problem is not null)
        {
            Problems = [problem];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var user = await users.GetUserAsync(User);
        var summary = $"Restored the version {(Before ? "before" : "after")} the save of {Revision.CreatedAt:yyyy-MM-dd HH:mm} ({Revision.Summary})";
        var after = type == "commentary" && keepPublished && Record.Current?["status"] is { } kept
            ? new RecordState([.. Target.Fields.Select(f => f.Name == "status" ? f with { Value = kept } : f)]) : Target;
        RevisionLog.Record(db, type, id, summary, user?.Shown ?? "?", new RevisionData(Record.Current, after, Unlinked: unlinked));
        if (!await Conflicts.TrySaveAsync(db, Record.Version.Value, version, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            await LoadAsync(type, id, revision, state, cancellationToken);
            Conflict = await Conflicts.ShowAsync(this, db, type, id, Record.Version ?? Guid.Empty, Record.Current ?? new RecordState(), Target, cancellationToken);
            return Page();
        }
        if (unlinked is not null)
        {
            await PersonRestore.UnlinkAsync(db, id, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect($"/editor/history/{type}/{id}");
    }

    private async Task<bool> LoadAsync(string type, int id, int revision, string? state, CancellationToken cancellationToken)
    {
        (Type, Id, Before) = (type, id, state == "before");
        var found = Restorer.Types.Contains(type)
            ? await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == revision && r.EntityType == type && r.EntityId == id, cancellationToken)
            : null;
        if (found is null || Restorer.StateOf(found, Before) is not { } target || target["merged into"] is not null)
        {
            return false;
        }
        (Revision, Target) = (found, target);
        Record = await Restorer.IdentifyAsync(db, type, id, cancellationToken);
        Changes = Record.Current is { } current ? current.Changes(target) : [.. target.Fields.Select(f => (f.Name, (string?)null, f.Value))];
        Changes = [.. Changes.Where(c => !RecordState.IsBookkeeping(c.Name) && (type != "commentary" || c.Name != "status"))];
        Moves = type switch
        {
            "person" => await PersonRestore.MovesAsync(db, id, await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken), target, cancellationToken),
            "event" => await EventRestore.MovesAsync(db, id, Undoing, cancellationToken),
            _ => [],
        };
        return true;
    }
}
