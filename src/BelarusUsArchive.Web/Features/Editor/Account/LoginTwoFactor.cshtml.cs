using System.ComponentModel.DataAnnotations;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BelarusUsArchive.Web.Features.Editor.Account;

[AllowAnonymous]
public class LoginTwoFactorModel(SignInManager<EditorUser> signIn) : PageModel
{
    [BindProperty, Required, StringLength(8, MinimumLength = 6)] public string Code { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Editor/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Error = "Enter the six-digit code from your authenticator app.";
            return Page();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code.Replace(" ", "", StringComparison.Ordinal), false, false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/editor");
        }
        Error = result.IsLockedOut ? "Too many failed attempts: this account is locked for 15 minutes." : "That code is not valid.";
        return Page();
    }
}
