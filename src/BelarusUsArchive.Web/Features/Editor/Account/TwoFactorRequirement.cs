using System.Security.Claims;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;

namespace BelarusUsArchive.Web.Features.Editor.Account;

/// <summary>
/// An Admin can require two-factor sign-in for all editors: the requirement is a claim on the Editor role,
/// and an editor without an authenticator is sent to set one up before any other editor page.
/// </summary>
public static class TwoFactorRequirement
{
    public const string ClaimType = "archive:require-two-factor";

    private static readonly string[] Open = ["/editor/account/authenticator", "/editor/logout", "/editor/login", "/editor/denied"];

    public static async Task<bool> IsRequiredAsync(RoleManager<IdentityRole> roles)
    {
        var editor = await roles.FindByNameAsync(Roles.Editor);
        return editor is not null && (await roles.GetClaimsAsync(editor)).Any(c => c.Type == ClaimType);
    }

    /// <summary>
    /// Whether a session lacks the second factor an Admin requires and asks for something outside /editor (where the
    /// middleware below sends it to set one up): there it is treated as a reader, so it sees no draft anywhere.
    /// </summary>
    public static async Task<bool> IsMissingOutsideEditorAsync(HttpContext context, EditorUser user) =>
        !user.TwoFactorEnabled && !context.Request.Path.StartsWithSegments("/editor")
        && await IsRequiredAsync(context.RequestServices.GetRequiredService<RoleManager<IdentityRole>>());

    public static async Task SetAsync(RoleManager<IdentityRole> roles, bool required)
    {
        var editor = await roles.FindByNameAsync(Roles.Editor) ?? new IdentityRole(Roles.Editor);
        if (editor.Id is null || await roles.FindByIdAsync(editor.Id) is null)
        {
            await roles.CreateAsync(editor);
        }
        var claims = await roles.GetClaimsAsync(editor);
        foreach (var claim in claims.Where(c => c.Type == ClaimType))
        {
            await roles.RemoveClaimAsync(editor, claim);
        }
        if (required)
        {
            await roles.AddClaimAsync(editor, new Claim(ClaimType, "true"));
        }
    }

    public static IApplicationBuilder UseTwoFactorRequirement(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/editor") && context.User.Identity?.IsAuthenticated == true
            && !Open.Any(open => path.StartsWithSegments(open, StringComparison.OrdinalIgnoreCase)))
        {
            var users = context.RequestServices.GetRequiredService<UserManager<EditorUser>>();
            var roles = context.RequestServices.GetRequiredService<RoleManager<IdentityRole>>();
            if (await users.GetUserAsync(context.User) is { TwoFactorEnabled: false } && await IsRequiredAsync(roles))
            {
                context.Response.Redirect("/editor/account/authenticator?required=1");
                return;
            }
        }
        await next(context);
    });
}
