using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Articles;

public class DetailsModel(ArchiveDb db) : PageModel
{
    public ArticleDetails Article { get; private set; } = null!;
    public IReadOnlyList<BelarusUsArchive.Web.Features.Events.EventView> Events { get; private set; } = [];
    public IReadOnlyList<Commentary> Commentary { get; private set; } = [];
    public bool IsEditor { get; private set; }

    /// <summary>Commentary on one paragraph (or, for null, on the whole article): published for readers, drafts too for editors.</summary>
    public IReadOnlyList<Commentary> CommentaryOn(int? paragraph) => [.. Commentary.Where(c => c.ParagraphNumber == paragraph)];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await ArticleReads.DetailsAsync(db, slug, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        Article = article;
        Events = await BelarusUsArchive.Web.Features.Events.EventReads.ForAsync(db, article.Summary.Id, null, cancellationToken);
        IsEditor = User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Editor);
        Commentary = await CommentaryReads.ForArticleAsync(db, article.Summary.Id, IsEditor, cancellationToken);
        return Page();
    }
}
