using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Authors;

public class DetailsModel(ArchiveDb db) : PageModel
{
    public string Name { get; private set; } = "";
    public string? Bio { get; private set; }
    public string? Affiliation { get; private set; }
    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var author = await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (author is null)
        {
            return NotFound();
        }
        (Name, Bio, Affiliation) = (author.Name, author.Bio, author.Affiliation);
        Articles = (await ArticleReads.ListAsync(db, new ArticleFilter(null, null, slug, null, null, 1, ArticleFilter.MaxPageSize), cancellationToken)).Items;
        return Page();
    }
}
