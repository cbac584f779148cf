using System.ComponentModel.DataAnnotations;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Admin;

/// <summary>Accounts, for administrators: create, change role, disable. Changes take effect on the account's next request.</summary>
public class UsersModel(UserManager<EditorUser> users, RoleManager<IdentityRole> roles) : PageModel
{
    public sealed record NewUser
    {
        [Required, EmailAddress, StringLength(256)] public string Email { get; init; } = "";
        /// <summary>Optional, as for create-user: readers see "An editor" until the account has one.</summary>
        public string? DisplayName { get; init; }
        [Required] public string Role { get; init; } = Roles.Editor;
        [Required, StringLength(1024)] public string Password { get; init; } = "";
    }

    public sealed record Row(string Id, string Email, string? DisplayName, string Role, bool Disabled, bool TwoFactor, bool LockedOut);

    [BindProperty] public NewUser Input { get; set; } = new();
    public IReadOnlyList<Row> Accounts { get; private set; } = [];
    public IReadOnlyList<string> Messages { get; private set; } = [];
    public bool TwoFactorRequired { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostTwoFactorAsync(bool required)
    {
        await BelarusUsArchive.Web.Features.Editor.Account.TwoFactorRequirement.SetAsync(roles, required);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (!ModelState.IsValid || !Roles.All.Contains(Input.Role))
        {
            return await Show(StatusCodes.Status400BadRequest, "Give an e-mail address, a role and a password of at least 12 characters.");
        }
        if (!string.IsNullOrWhiteSpace(Input.DisplayName) && EditorUser.DisplayNameProblem(Input.DisplayName) is { } problem)
        {
            return await Show(StatusCodes.Status400BadRequest, problem);
        }
        await EnsureRolesAsync();
        var user = new EditorUser { UserName = Input.Email, Email = Input.Email, EmailConfirmed = true, DisplayName = string.IsNullOrWhiteSpace(Input.DisplayName) ? null : Input.DisplayName.Trim() };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            return await Show(StatusCodes.Status400BadRequest, [.. result.Errors.Select(e => e.Description)]);
        }
        await users.AddToRoleAsync(user, Input.Role);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, string role)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || !Roles.All.Contains(role))
        {
            return NotFound();
        }
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);
        // No new security stamp: the session's roles are re-read on every request (AuthSetup), so the
        // account keeps working with its new role instead of being signed out.
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostNameAsync(string id, string? name)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        if (EditorUser.DisplayNameProblem(name) is { } problem)
        {
            return await Show(StatusCodes.Status400BadRequest, problem);
        }
        user.DisplayName = name!.Trim();
        await users.UpdateAsync(user);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, bool disabled)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        if (user.Id == users.GetUserId(User) && disabled)
        {
            return await Show(StatusCodes.Status400BadRequest, "You cannot disable your own account.");
        }
        user.Disabled = disabled;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return RedirectToPage();
    }

    private async Task<IActionResult> Show(int status, params string[] messages)
    {
        Messages = messages;
        Response.StatusCode = status;
        await LoadAsync();
        return Page();
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new IdentityRole(name));
            }
        }
    }

    private async Task LoadAsync()
    {
        var rows = new List<Row>();
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync())
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "none";
            rows.Add(new Row(user.Id, user.Email ?? user.Id, user.DisplayName, role, user.Disabled, user.TwoFactorEnabled, await users.IsLockedOutAsync(user)));
        }
        Accounts = rows;
        TwoFactorRequired = await BelarusUsArchive.Web.Features.Editor.Account.TwoFactorRequirement.IsRequiredAsync(roles);
    }
}
