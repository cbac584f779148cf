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

    /// <summary>One answer for every failure (unknown address, wrong password, locked account), so it tells nobody who has an account.</summary>
    public const string Failure = "That e-mail address and password do not match an account, or the account is locked for 15 minutes after too many failed attempts.";

    /// <summary>A hash of nothing anyone knows, verified when there is no account (or it is locked) so every failure costs one hash.</summary>
    private static readonly Lazy<string> Decoy = new(() => new PasswordHasher<EditorUser>().HashPassword(new EditorUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))));

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Error = "Enter the e-mail address and password of your account.";
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // Identity computes no hash for these; do the same work as a wrong password so the time does not tell them apart.
            users.PasswordHasher.VerifyHashedPassword(user ?? new EditorUser(), Decoy.Value, Input.Password);
            return Failed(user is null ? "unknown" : "locked");
        }
        if (user.Disabled)
        {
            // Only the holder of the password learns that the account is disabled; a wrong one still counts toward lockout.
            var check = await signIn.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
            return check.Succeeded ? Show("This account is disabled. Ask an administrator.") : Failed("disabled");
        }
        // Every failure counts toward lockout, as the scaffolded page does not.
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Editor {Email} signed in", Input.Email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/editor");
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Editor/Account/LoginTwoFactor", new { ReturnUrl });
        }
        return Failed(result.IsLockedOut ? "locked" : "wrong password");
    }

    private PageResult Failed(string why)
    {
        logger.LogWarning("Failed sign-in for {Email} ({Why})", Input.Email, why);
        return Show(Failure);
    }

    private PageResult Show(string error)
    {
        Error = error;
        return Page();
    }
}
