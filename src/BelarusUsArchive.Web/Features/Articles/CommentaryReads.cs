using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Articles;

/// <summary>
/// Commentary as readers get it (the article page and its API twin): each note named by its author's current
/// display name, never by the sign-in e-mail address (a valid user name for an intruder, and a phishing target).
/// </summary>
public static class CommentaryReads
{
    public static async Task<List<Commentary>> ForArticleAsync(ArchiveDb db, int articleId, bool withDrafts, CancellationToken cancellationToken)
    {
        var rows = await db.Commentary.AsNoTracking()
            .Where(c => c.ArticleId == articleId && (c.Status == CommentaryStatus.Published || withDrafts))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new { Note = c, Name = db.Users.Where(u => u.Id == c.AuthorUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.Note.AuthorName = EditorUser.PublicNameOf(row.Name);
        }
        // A reply is read with its note: a reply to a note readers cannot see (a draft) is not shown either.
        var shown = rows.Select(r => r.Note.Id).ToHashSet();
        return [.. rows.Select(r => r.Note).Where(c => c.ParentId is not { } parent || shown.Contains(parent))];
    }
}
