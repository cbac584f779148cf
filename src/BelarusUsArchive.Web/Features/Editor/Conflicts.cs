using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.History;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor;

/// <summary>One field on the conflict page: the stored value (theirs) beside the one the editor sent (yours).</summary>
public sealed record ConflictField(string Name, string? Theirs, string? Yours);

/// <summary>
/// A save that lost a race: who saved first and when, both versions field by field, and the stored record's version,
/// which the form carries from then on so that the editor's next save, merged by hand, goes through.
/// </summary>
public sealed record Conflict(string What, string SavedBy, Guid Version, IReadOnlyList<ConflictField> Fields);

/// <summary>
/// The one concurrency path of the editor pages. Every editable record carries a version (a concurrency token):
/// a save is refused when the form's version is not the stored one, and when two saves pass that check at once the
/// token in the UPDATE's (or DELETE's) WHERE clause lets only one through. The loser gets the conflict page (409).
/// </summary>
public static class Conflicts
{
    /// <summary>
    /// Saves the tracked changes unless the record changed since the form was read; false when it did (nothing saved,
    /// the change tracker cleared so that the page can read the winner's version).
    /// </summary>
    /// <param name="stored">The record's version as loaded, before this save gave it a new one.</param>
    /// <param name="posted">The version the form carried.</param>
    public static async Task<bool> TrySaveAsync(ArchiveDb db, Guid stored, Guid? posted, CancellationToken cancellationToken)
    {
        if (stored != posted)
        {
            db.ChangeTracker.Clear();
            return false;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Builds the conflict page's notice from the stored (theirs) and sent (yours) states and answers 409.</summary>
    public static async Task<Conflict> ShowAsync(PageModel page, ArchiveDb db, string type, int id, Guid version, RecordState theirs, RecordState yours,
        CancellationToken cancellationToken)
    {
        page.Response.StatusCode = StatusCodes.Status409Conflict;
        var last = await db.Revisions.AsNoTracking().Where(r => r.EntityType == type && r.EntityId == id)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Select(r => new { r.UserName, r.CreatedAt }).FirstOrDefaultAsync(cancellationToken);
        var savedBy = last is null ? "the import" : $"{last.UserName} at {last.CreatedAt:yyyy-MM-dd HH:mm} UTC";
        var names = theirs.Fields.Select(f => f.Name).Union(yours.Fields.Select(f => f.Name)).Where(n => !RecordState.IsBookkeeping(n));
        return new Conflict(What(type), savedBy, version, [.. names.Select(n => new ConflictField(n, theirs[n], yours[n]))]);
    }

    public static string What(string type) => type switch
    {
        "article" => "article's record",
        "person" => "person",
        "event" => "event",
        "commentary" => "commentary",
        _ => "record",
    };
}
