using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.History;

public class IndexModel(ArchiveDb db) : PageModel
{
    public IReadOnlyList<Revision> Revisions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Revisions = await db.Revisions.AsNoTracking().OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(200).ToListAsync(cancellationToken);
}
