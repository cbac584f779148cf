using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.History;

/// <summary>The revisions of one record, the difference between any two (DiffPlex, line by line), and restoring one.</summary>
public class RecordModel(ArchiveDb db, UserManager<EditorUser> users) : PageModel
{
    public string EntityType { get; private set; } = "";
    public int EntityId { get; private set; }
    public IReadOnlyList<Revision> Revisions { get; private set; } = [];
    public Revision? Older { get; private set; }
    public Revision? Newer { get; private set; }
    public IReadOnlyList<DiffPiece> Lines { get; private set; } = [];
    public bool CanRestore => EntityType == "commentary";

    public async Task<IActionResult> OnGetAsync(string type, int id, int? a, int? b, CancellationToken cancellationToken)
    {
        await LoadAsync(type, id, cancellationToken);
        if (Revisions.Count == 0)
        {
            return NotFound();
        }
        Newer = Revisions.FirstOrDefault(r => r.Id == b) ?? Revisions[0];
        Older = Revisions.FirstOrDefault(r => r.Id == a) ?? Revisions.FirstOrDefault(r => r.CreatedAt < Newer.CreatedAt || (r.CreatedAt == Newer.CreatedAt && r.Id < Newer.Id));
        Lines = InlineDiffBuilder.Diff(Older?.Snapshot ?? "", Newer.Snapshot).Lines;
        return Page();
    }

    /// <summary>Restores a commentary to an old revision, as a new save with its own revision.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(string type, int id, int revision, CancellationToken cancellationToken)
    {
        var old = await db.Revisions.SingleOrDefaultAsync(r => r.Id == revision && r.EntityType == type && r.EntityId == id, cancellationToken);
        var comment = type == "commentary" ? await db.Commentary.Include(c => c.Article).SingleOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
        if (old is null || comment is null)
        {
            return NotFound();
        }
        var (status, paragraph, quote, markdown) = Parse(old.Snapshot);
        comment.Status = status;
        comment.ParagraphNumber = paragraph;
        comment.Quote = quote;
        // The offsets follow the restored quote, not the version it replaces.
        var text = await db.Paragraphs.Where(p => p.ArticleId == comment.ArticleId && p.Number == paragraph).Select(p => p.Text).FirstOrDefaultAsync(cancellationToken);
        var start = text is not null && quote is not null ? text.IndexOf(quote, StringComparison.Ordinal) : -1;
        comment.QuoteStart = start >= 0 ? start : null;
        comment.QuoteEnd = start >= 0 ? start + quote!.Length : null;
        comment.Markdown = markdown;
        comment.Html = BelarusUsArchive.Web.Rendering.Markdown.ToSafeHtml(markdown);
        comment.UpdatedAt = DateTime.UtcNow;
        comment.Version = Guid.NewGuid();
        var user = await users.GetUserAsync(User);
        RevisionLog.Record(db, "commentary", comment.Id, $"Restored the revision of {old.CreatedAt:yyyy-MM-dd HH:mm} on “{comment.Article!.Title}”",
            user?.Shown ?? "?", ("text", RevisionLog.Snapshot(comment)));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/editor/history/{type}/{id}");
    }

    private static (CommentaryStatus, int?, string?, string) Parse(string snapshot)
    {
        var lines = snapshot.Split('\n');
        string Field(string name) => lines.FirstOrDefault(l => l.StartsWith(name + ": ", StringComparison.Ordinal))?[(name.Length + 2)..] ?? "";
        var body = snapshot.IndexOf("\n\n", StringComparison.Ordinal) is var i and >= 0 ? snapshot[(i + 2)..] : "";
        return (Enum.TryParse<CommentaryStatus>(Field("status"), out var s) ? s : CommentaryStatus.Draft,
            int.TryParse(Field("paragraph"), out var p) ? p : null,
            Field("quote") is { Length: > 0 } q ? q : null,
            body);
    }

    private async Task LoadAsync(string type, int id, CancellationToken cancellationToken)
    {
        (EntityType, EntityId) = (type, id);
        Revisions = await db.Revisions.AsNoTracking().Where(r => r.EntityType == type && r.EntityId == id)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
    }
}
