using System.ComponentModel.DataAnnotations;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BelarusUsArchive.Web.Features.Editor.Account;

[AllowAnonymous]
public class LoginModel(SignInManager<EditorUser> signIn, UserManager<EditorUser> users, ILogger<LoginModel> logger) : PageModel
{
    public sealed record InputModel
    {
        [Required, EmailAddress, StringLength(256)] public string Email { get; init; } = "";
        [Required, DataType(DataType.Password), StringLength(1024)] public string Password { get; init; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Error = "Enter the e-mail address and password of your account.";
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is { Disabled: true })
        {
            // Only the holder of the password learns that the account is disabled; a wrong one still counts toward lockout.
            var check = await signIn.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
            Error = check.Succeeded ? "This account is disabled. Ask an administrator." : "That e-mail address and password do not match an account.";
            return Page();
        }
        // Every failure counts toward lockout, as the scaffolded page does not.
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Editor {Email} signed in", Input.Email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/editor");
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Editor/Account/LoginTwoFactor", new { ReturnUrl });
        }
        logger.LogWarning("Failed sign-in for {Email} (locked out: {LockedOut})", Input.Email, result.IsLockedOut);
        Error = result.IsLockedOut
            ? "Too many failed attempts: this account is locked for 15 minutes."
            : "That e-mail address and password do not match an account.";
        return Page();
    }
}
