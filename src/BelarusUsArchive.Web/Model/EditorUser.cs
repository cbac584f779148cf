using Microsoft.AspNetCore.Identity;

namespace BelarusUsArchive.Web.Model;

/// <summary>An editor's or admin's account. Readers need none.</summary>
public class EditorUser : IdentityUser
{
    public string? DisplayName { get; set; }
    /// <summary>A disabled account cannot sign in, and its open sessions end on their next request.</summary>
    public bool Disabled { get; set; }

    public string Shown => DisplayName ?? Email ?? UserName ?? Id;
}

public static class Roles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";
    public const string Any = Admin + "," + Editor;
    public static readonly string[] All = [Admin, Editor];
}
