using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Articles;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Articles;

/// <summary>An article as an editor works on it: its notes (drafts too, replies counted) and the ways to change it.</summary>
public class OverviewModel(ArchiveDb db) : PageModel
{
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public bool HasHistory { get; private set; }
    public int ArticleId { get; private set; }
    public IReadOnlyList<Commentary> Notes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Slug == slug).Select(a => new { a.Id, a.Slug, a.Title }).SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        (ArticleId, Slug, Title) = (article.Id, article.Slug, article.Title);
        Notes = await CommentaryReads.ForArticleAsync(db, article.Id, withDrafts: true, cancellationToken);
        HasHistory = await db.Revisions.AnyAsync(r => r.EntityType == "article" && r.EntityId == article.Id, cancellationToken);
        return Page();
    }
}
