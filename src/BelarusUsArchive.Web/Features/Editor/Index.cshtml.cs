using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor;

public class IndexModel(ArchiveDb db, UserManager<EditorUser> users) : PageModel
{
    public string Name { get; private set; } = "";
    public IList<string> Roles { get; private set; } = [];
    public IReadOnlyList<Revision> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        Name = user?.Shown ?? "";
        Roles = user is null ? [] : await users.GetRolesAsync(user);
        Recent = await db.Revisions.AsNoTracking().OrderByDescending(r => r.CreatedAt).Take(15).ToListAsync(cancellationToken);
    }
}
