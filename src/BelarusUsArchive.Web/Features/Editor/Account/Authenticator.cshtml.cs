using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BelarusUsArchive.Web.Features.Editor.Account;

/// <summary>
/// Sets up an authenticator app (TOTP) for two-factor sign-in. Opening the page changes nothing: a new key is
/// only offered (carried in the form) and stored when the editor proves, with a valid code, that the app has it.
/// </summary>
public class AuthenticatorModel(UserManager<EditorUser> users, SignInManager<EditorUser> signIn, IUserStore<EditorUser> store) : PageModel
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public string Key { get; private set; } = "";
    public string Uri { get; private set; } = "";
    public bool Enabled { get; private set; }
    public string? Message { get; private set; }
    [BindProperty] public string Code { get; set; } = "";
    /// <summary>The key offered on the page, posted back with the code while two-factor sign-in is still off.</summary>
    [BindProperty] public string? OfferedKey { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("no user");
        Show(user, await users.GetAuthenticatorKeyAsync(user) ?? users.GenerateNewAuthenticatorKey());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("no user");
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (!user.TwoFactorEnabled)
        {
            // Tracked, not saved: it is written only together with turning two-factor sign-in on below.
            key = IsKey(OfferedKey) ? OfferedKey! : users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<EditorUser>)store).SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
        }
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code.Replace(" ", "", StringComparison.Ordinal));
        if (valid && !user.TwoFactorEnabled)
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            // Turning it on renews the security stamp; renew this session's cookie so it is not signed out.
            await signIn.RefreshSignInAsync(user);
        }
        Message = valid ? "Two-factor sign-in is on." : "That code is not valid; check the app's clock and try again.";
        Show(user, key!);
        return Page();
    }

    private static bool IsKey(string? key) => key is { Length: >= 16 and <= 64 } && key.All(Base32.Contains);

    private void Show(EditorUser user, string key)
    {
        Key = key;
        OfferedKey = key;
        Enabled = user.TwoFactorEnabled;
        Uri = $"otpauth://totp/BelarusUsArchive:{System.Uri.EscapeDataString(user.Email ?? user.Id)}?secret={Key}&issuer=BelarusUsArchive&digits=6";
    }
}
