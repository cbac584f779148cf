using Microsoft.AspNetCore.Identity;

namespace BelarusUsArchive.Web.Model;

/// <summary>An editor's or admin's account. Readers need none.</summary>
public class EditorUser : IdentityUser
{
    /// <summary>The name readers see on published commentary; an e-mail address is never shown publicly.</summary>
    public string? DisplayName { get; set; }
    /// <summary>A disabled account cannot sign in, and its open sessions end on their next request.</summary>
    public bool Disabled { get; set; }

    /// <summary>How the editor side names the account (editors may see each other's e-mail addresses).</summary>
    public string Shown => DisplayName ?? Email ?? UserName ?? Id;

    /// <summary>How readers see the account: its display name, or a neutral word until it has one.</summary>
    public string PublicName => PublicNameOf(DisplayName);

    public const string Unnamed = "An editor";

    public const int MaxDisplayName = 100;

    public static string PublicNameOf(string? displayName) => string.IsNullOrWhiteSpace(displayName) ? Unnamed : displayName.Trim();

    /// <summary>Why a display name cannot be used, or null: it must be short, and not an e-mail address.</summary>
    public static string? DisplayNameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Give a display name."
        : name.Trim().Length > MaxDisplayName ? $"A display name has at most {MaxDisplayName} characters."
        : name.Contains('@', StringComparison.Ordinal) ? "A display name is shown to readers: use a name, not an e-mail address."
        : null;
}

public static class Roles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";
    public const string Any = Admin + "," + Editor;
    public static readonly string[] All = [Admin, Editor];
}
