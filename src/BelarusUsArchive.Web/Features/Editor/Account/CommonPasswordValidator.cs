using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;

namespace BelarusUsArchive.Web.Features.Editor.Account;

/// <summary>
/// Rejects passwords that attackers try first: a list of the most common ones (as NIST SP 800-63B asks,
/// instead of character-class rules), passwords made of the account's own name, and runs of one character.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<EditorUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(() =>
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("BelarusUsArchive.Web.common-passwords.txt")
            ?? throw new InvalidOperationException("the common password list is not embedded");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }
        return words;
    });

    public Task<IdentityResult> ValidateAsync(UserManager<EditorUser> manager, EditorUser user, string? password)
    {
        var p = password ?? "";
        var core = new string([.. p.Where(char.IsLetterOrDigit)]);
        var local = (user.Email ?? user.UserName ?? "").Split('@')[0];
        if (Common.Value.Contains(p) || Common.Value.Contains(core) || IsCommonWithDigits(core))
        {
            return Fail("CommonPassword", "This password is one of the most common ones; choose a longer phrase of your own.");
        }
        if (local.Length >= 3 && p.Contains(local, StringComparison.OrdinalIgnoreCase))
        {
            return Fail("PasswordContainsName", "The password must not contain the account's name.");
        }
        if (p.Distinct().Count() <= 2)
        {
            return Fail("PasswordRepeats", "The password must not be one or two characters repeated.");
        }
        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>
    /// "password1234", "qwerty123456", "123456789012": a common password padded with digits is still common,
    /// including a common run of digits made longer.
    /// </summary>
    private static bool IsCommonWithDigits(string core)
    {
        for (var end = core.Length - 1; end >= 4 && char.IsAsciiDigit(core[end]); end--)
        {
            if (Common.Value.Contains(core[..end]))
            {
                return true;
            }
        }
        return false;
    }

    private static Task<IdentityResult> Fail(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));
}
