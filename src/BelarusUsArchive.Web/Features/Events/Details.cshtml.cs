using BelarusUsArchive.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BelarusUsArchive.Web.Features.Events;

public class DetailsModel(ArchiveDb db) : PageModel
{
    public EventView Event { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await EventReads.DetailsAsync(db, slug, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        Event = found;
        return Page();
    }
}
