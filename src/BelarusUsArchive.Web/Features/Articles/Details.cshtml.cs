using BelarusUsArchive.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BelarusUsArchive.Web.Features.Articles;

public class DetailsModel(ArchiveDb db) : PageModel
{
    public ArticleDetails Article { get; private set; } = null!;
    public IReadOnlyList<BelarusUsArchive.Web.Features.Events.EventView> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await ArticleReads.DetailsAsync(db, slug, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        Article = article;
        Events = await BelarusUsArchive.Web.Features.Events.EventReads.ForAsync(db, article.Summary.Id, null, cancellationToken);
        return Page();
    }
}
