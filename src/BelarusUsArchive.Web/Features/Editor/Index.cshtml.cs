using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor;

public class IndexModel(ArchiveDb db, UserManager<EditorUser> users) : PageModel
{
    public string Name { get; private set; } = "";
    public string? DisplayName { get; private set; }
    public string? Problem { get; private set; }
    public IList<string> Roles { get; private set; } = [];
    public IReadOnlyList<Revision> Recent { get; private set; } = [];
    /// <summary>The newest article's slug, to show what an article's editing address looks like.</summary>
    public string? SomeArticle { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        Name = user?.Shown ?? "";
        DisplayName = user?.DisplayName;
        Roles = user is null ? [] : await users.GetRolesAsync(user);
        Recent = await db.Revisions.AsNoTracking().OrderByDescending(r => r.CreatedAt).Take(15).ToListAsync(cancellationToken);
        SomeArticle = await db.Articles.AsNoTracking().OrderByDescending(a => a.Id).Select(a => a.Slug).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The editor names themself as readers will see them on commentary.</summary>
    public async Task<IActionResult> OnPostNameAsync(string? name, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("no user");
        if (EditorUser.DisplayNameProblem(name) is { } problem)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetAsync(cancellationToken);
            return Page();
        }
        user.DisplayName = name!.Trim();
        await users.UpdateAsync(user);
        return RedirectToPage();
    }
}
