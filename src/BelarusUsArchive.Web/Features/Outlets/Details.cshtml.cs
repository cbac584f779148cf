using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Outlets;

/// <summary>An outlet: its newest articles, with links to all of them and to its attention over time.</summary>
public class DetailsModel(ArchiveDb db) : PageModel
{
    /// <summary>As many as a page of the listing, so "more" continues with its second page.</summary>
    public const int PageSize = ArticleFilter.DefaultPageSize;

    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public int Total { get; private set; }
    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var outlet = await db.Outlets.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken);
        if (outlet is null)
        {
            return NotFound();
        }
        (Name, Slug) = (outlet.Name, outlet.Slug);
        (Total, Articles) = await ArticleReads.ListAsync(db, new ArticleFilter(null, null, null, slug, null, 1, PageSize), cancellationToken);
        return Page();
    }
}
