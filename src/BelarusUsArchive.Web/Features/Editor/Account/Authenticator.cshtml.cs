using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BelarusUsArchive.Web.Features.Editor.Account;

/// <summary>Sets up an authenticator app (TOTP) for two-factor sign-in.</summary>
public class AuthenticatorModel(UserManager<EditorUser> users) : PageModel
{
    public string Key { get; private set; } = "";
    public string Uri { get; private set; } = "";
    public bool Enabled { get; private set; }
    public string? Message { get; private set; }
    [BindProperty] public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("no user");
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code.Replace(" ", "", StringComparison.Ordinal));
        if (valid)
        {
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        Message = valid ? "Two-factor sign-in is on." : "That code is not valid; check the app's clock and try again.";
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("no user");
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        Key = key!;
        Enabled = user.TwoFactorEnabled;
        Uri = $"otpauth://totp/BelarusUsArchive:{System.Uri.EscapeDataString(user.Email ?? user.Id)}?secret={Key}&issuer=BelarusUsArchive&digits=6";
    }
}
