using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Imports;

public class IndexModel(ArchiveDb db) : PageModel
{
    public IReadOnlyList<ImportRun> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Runs = await db.ImportRuns.AsNoTracking().Include(r => r.Failures).OrderByDescending(r => r.Id).Take(50).ToListAsync(cancellationToken);
}
