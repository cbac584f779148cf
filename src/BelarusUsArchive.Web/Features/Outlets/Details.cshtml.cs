using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Outlets;

public class DetailsModel(ArchiveDb db) : PageModel
{
    public string Name { get; private set; } = "";
    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var outlet = await db.Outlets.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken);
        if (outlet is null)
        {
            return NotFound();
        }
        Name = outlet.Name;
        Articles = (await ArticleReads.ListAsync(db, new ArticleFilter(null, null, null, slug, null, 1, ArticleFilter.MaxPageSize), cancellationToken)).Items;
        return Page();
    }
}
