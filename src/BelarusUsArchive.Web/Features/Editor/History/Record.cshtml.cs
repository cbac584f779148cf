using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.History;

/// <summary>
/// The revisions of one record, named and linked, the difference between any two (DiffPlex, line by line; a single
/// save against the state before it), and a link to restore any kept version.
/// </summary>
public class RecordModel(ArchiveDb db) : PageModel
{
    public string EntityType { get; private set; } = "";
    public int EntityId { get; private set; }
    public RecordIdentity Record { get; private set; } = null!;
    public IReadOnlyList<Revision> Revisions { get; private set; } = [];
    public Revision? Older { get; private set; }
    public Revision Newer { get; private set; } = null!;
    public IReadOnlyList<DiffPiece> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string type, int id, int? a, int? b, CancellationToken cancellationToken)
    {
        (EntityType, EntityId) = (type, id);
        Revisions = await db.Revisions.AsNoTracking().Where(r => r.EntityType == type && r.EntityId == id)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        if (Revisions.Count == 0 || !Restorer.Types.Contains(type))
        {
            return NotFound();
        }
        Record = await Restorer.IdentifyAsync(db, type, id, cancellationToken);
        Newer = Revisions.FirstOrDefault(r => r.Id == b) ?? Revisions[0];
        Older = Revisions.FirstOrDefault(r => r.Id == a);
        var from = Older?.Snapshot ?? Newer.Before ?? Revisions.FirstOrDefault(r => r.CreatedAt < Newer.CreatedAt || (r.CreatedAt == Newer.CreatedAt && r.Id < Newer.Id))?.Snapshot ?? "";
        Lines = InlineDiffBuilder.Diff(from, Newer.Snapshot).Lines;
        return Page();
    }

    /// <summary>Whether the version after this revision can be restored: not the current one, not a merge's end state.</summary>
    public bool CanRestoreAfter(Revision r) =>
        Record.Current is not null ? r.Id != Revisions[0].Id && Restorer.StateOf(r, false)?["merged into"] is null && Record.Current.Readable() != r.Snapshot
            : false;

    public static bool CanRestoreBefore(Revision r) => r.Before is not null;
}
