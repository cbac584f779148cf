using BelarusUsArchive.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace BelarusUsArchive.Web.Features.Related;

/// <summary>The "Related reading" box of an article page, with its own query, so the page model stays as it is.</summary>
public class RelatedReadingViewComponent(ArchiveDb db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int articleId) =>
        View("/Features/Related/_RelatedReading.cshtml", await RelatedReads.ForAsync(db, articleId, HttpContext.RequestAborted));
}
