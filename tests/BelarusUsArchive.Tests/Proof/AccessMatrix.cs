using BelarusUsArchive.Tests.Editor;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>What a request gets: done (a page, or a redirect elsewhere), sent to sign in, or refused (403 / the denied page).</summary>
public enum Outcome { Ok, Login, Denied, NotFound, Rejected, Error }

public enum Role { Anonymous, Editor, Admin, Disabled }

/// <summary>One route of the app and what each kind of visitor gets from it.</summary>
public sealed record MatrixRow(AppRoute Route, Outcome Anonymous, Outcome Editor, Outcome Admin, Outcome Disabled)
{
    public Outcome For(Role role) => role switch
    {
        Role.Anonymous => Anonymous,
        Role.Editor => Editor,
        Role.Admin => Admin,
        _ => Disabled,
    };
}

/// <summary>
/// The access matrix: every editor page (GET) and every state-changing route of the app, one row each.
/// A disabled account's session is ended on its next request, so it is treated as anonymous; an Editor
/// is refused the admin pages; signing in (and the two pages around it) is open to everyone.
/// </summary>
public static class AccessMatrix
{
    private const Outcome Ok = Outcome.Ok;
    private const Outcome Login = Outcome.Login;
    private const Outcome Denied = Outcome.Denied;

    private static MatrixRow Editors(string method, string template, string? handler = null) => new(new(method, template, handler), Login, Ok, Ok, Login);
    private static MatrixRow Admins(string method, string template, string? handler = null) => new(new(method, template, handler), Login, Denied, Ok, Login);
    // A disabled account's session ends at once, so the token it was given no longer matches anyone: refused (400).
    private static MatrixRow Open(string method, string template, string? handler = null) =>
        new(new(method, template, handler), Ok, Ok, Ok, method == "POST" ? Outcome.Rejected : Ok);

    public static IReadOnlyList<MatrixRow> Rows { get; } =
    [
        Editors("GET", "editor"),
        Editors("POST", "editor", "Name"),
        Editors("GET", "editor/account/authenticator"),
        Editors("POST", "editor/account/authenticator"),
        Admins("GET", "editor/admin/users"),
        Admins("POST", "editor/admin/users", "Create"),
        Admins("POST", "editor/admin/users", "Disable"),
        Admins("POST", "editor/admin/users", "Name"),
        Admins("POST", "editor/admin/users", "Role"),
        Admins("POST", "editor/admin/users", "TwoFactor"),
        Editors("GET", "editor/articles/new"),
        Editors("POST", "editor/articles/new", "Parse"),
        Editors("POST", "editor/articles/new", "Save"),
        Editors("GET", "editor/articles/{slug}"),
        Editors("GET", "editor/articles/{slug}/commentary/{id:int?}"),
        Editors("POST", "editor/articles/{slug}/commentary/{id:int?}"),
        Editors("POST", "editor/articles/{slug}/commentary/{id:int?}", "Preview"),
        Editors("GET", "editor/articles/{slug}/edit"),
        Editors("POST", "editor/articles/{slug}/edit"),
        // The denied page is itself the refusal: 403 for everyone.
        new(new("GET", "editor/denied"), Denied, Denied, Denied, Denied),
        Editors("GET", "editor/events/{slug}"),
        Editors("POST", "editor/events/{slug}"),
        Editors("GET", "editor/events/{slug}/merge"),
        Editors("POST", "editor/events/{slug}/merge"),
        Editors("GET", "editor/events/{slug}/split"),
        Editors("POST", "editor/events/{slug}/split"),
        Editors("GET", "editor/history"),
        Editors("GET", "editor/history/{type}/{id:int}"),
        Editors("GET", "editor/history/{type}/{id:int}/restore/{revision:int}"),
        Editors("POST", "editor/history/{type}/{id:int}/restore/{revision:int}"),
        Editors("GET", "editor/imports"),
        Open("GET", "editor/login"),
        Open("POST", "editor/login"),
        // The code page only serves someone between password and code; anyone else is sent to sign in.
        new(new("GET", "editor/login/code"), Login, Login, Login, Login),
        Open("POST", "editor/login/code"),
        Editors("GET", "editor/logout"),
        Editors("POST", "editor/logout"),
        Editors("GET", "editor/people/{slug}"),
        Editors("POST", "editor/people/{slug}"),
        Editors("POST", "editor/people/{slug}", "Merge"),
        Editors("GET", "editor/review"),
    ];
}

/// <summary>The records the matrix acts on, arranged once per app: an article, a commentary with a revision, people, an event, an account.</summary>
public sealed record MatrixTargets(string Article, int Commentary, string Person, string MergedPerson, string MergeInto, string Event, string AccountId, int FirstRevision)
{
    public static async Task<MatrixTargets> ArrangeAsync(ArchiveApp app)
    {
        var editor = await Editors.SignInAsync(app, "arranger@example.org");
        await Editors.SubmitAsync(editor, $"/editor/articles/{Editors.Seed003}/commentary",
            new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = "Arranged commentary.", ["Input.Publish"] = "true" });
        await Editors.CreateAsync(app, "target@example.org");
        return app.InScope(db =>
        {
            var people = db.People.AsNoTracking().Where(p => p.Status != PersonStatus.Rejected).OrderBy(p => p.Slug).Select(p => p.Slug).Take(3).ToList();
            return new MatrixTargets(Editors.Seed003, db.Commentary.Single().Id, people[0], people[1], people[2],
                db.Events.AsNoTracking().OrderBy(e => e.Slug).Select(e => e.Slug).First(),
                db.Users.Single(u => u.Email == "target@example.org").Id,
                db.Revisions.First(r => r.EntityType == "commentary").Id);
        });
    }

    /// <summary>The concrete URL of a route template, on these records.</summary>
    public string Url(AppRoute route)
    {
        var path = "/" + route.Template
            .Replace("{slug}/commentary/{id:int?}", route.Method == "GET" ? $"{Article}/commentary/{Commentary}" : $"{Article}/commentary", StringComparison.Ordinal)
            .Replace("editor/articles/{slug}", $"editor/articles/{Article}", StringComparison.Ordinal)
            .Replace("editor/events/{slug}", $"editor/events/{Event}", StringComparison.Ordinal)
            .Replace("{type}/{id:int}", $"commentary/{Commentary}", StringComparison.Ordinal)
            .Replace("{revision:int}", FirstRevision.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("editor/people/{slug}", $"editor/people/{(route.Handler == "Merge" ? MergedPerson : Person)}", StringComparison.Ordinal);
        Assert.DoesNotContain("{", path, StringComparison.Ordinal);
        return path + (route.Handler is null ? "" : "?handler=" + route.Handler);
    }

    /// <summary>Fields that make each POST a valid request, so that an allowed one does its work.</summary>
    public Dictionary<string, string> Fields(ArchiveApp app, AppRoute route) => (route.Template, route.Handler) switch
    {
        ("editor/login", _) => new() { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "not anybody's password" },
        ("editor/login/code", _) or ("editor/account/authenticator", _) => new() { ["Code"] = "000000" },
        ("editor/admin/users", "Create") => new() { ["Input.Email"] = $"new-{Guid.NewGuid():N}@example.org", ["Input.DisplayName"] = "New Editor", ["Input.Role"] = Roles.Editor, ["Input.Password"] = "a new account's own long phrase" },
        ("editor", "Name") => new() { ["name"] = "Matrix Editor" },
        ("editor/admin/users", "Name") => new() { ["id"] = AccountId, ["name"] = "Renamed in the matrix" },
        ("editor/admin/users", "Disable") => new() { ["id"] = AccountId, ["disabled"] = "true" },
        ("editor/admin/users", "Role") => new() { ["id"] = AccountId, ["role"] = Roles.Editor },
        ("editor/admin/users", "TwoFactor") => new() { ["required"] = "false" },
        ("editor/articles/new", _) => new() { ["Input.Text"] = $"A matrix article {Guid.NewGuid():N}\n\nThe United States and Belarus met in Minsk to talk about sanctions and prisoners." },
        ("editor/articles/{slug}/commentary/{id:int?}", _) => new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = "Matrix commentary.", ["Input.Publish"] = "true" },
        ("editor/articles/{slug}/edit", _) => app.InScope(db => db.Articles.AsNoTracking().Single(a => a.Slug == Article)) is var a
            ? new() { ["Input.Title"] = a.Title + " (corrected)", ["Input.Version"] = a.Version.ToString() } : [],
        // A merge confirmed on versions that are not the events' own: the conflict page (409), nothing moved.
        ("editor/events/{slug}/merge", _) => new() { ["other"] = app.InScope(db => db.Events.AsNoTracking().Where(e => e.Slug != Event).OrderBy(e => e.Slug).First().Slug), ["version"] = Guid.Empty.ToString() },
        // A split on a version that is not the event's own: the conflict page (409), nothing split.
        ("editor/events/{slug}/split", _) => new() { ["Input.Title"] = "A split in the matrix", ["Input.Version"] = Guid.Empty.ToString() },
        ("editor/events/{slug}", _) => app.InScope(db => db.Events.AsNoTracking().Single(e => e.Slug == Event)) is var e
            ? new() { ["Input.Title"] = e.Title + " (curated)", ["Input.Kind"] = e.Kind.ToString(), ["Input.Version"] = e.Version.ToString() } : [],
        ("editor/people/{slug}", "Merge") => new() { ["into"] = MergeInto, ["confirmed"] = "true" },
        ("editor/people/{slug}", _) => app.InScope(db => db.People.AsNoTracking().Single(p => p.Slug == Person)) is var p
            ? new() { ["Input.Name"] = p.Name, ["Input.Description"] = "Curated in the matrix.", ["Input.Version"] = p.Version.ToString() } : [],
        ("editor/history/{type}/{id:int}/restore/{revision:int}", _) => new() { ["version"] = app.InScope(db => db.Commentary.AsNoTracking().Single(c => c.Id == Commentary).Version).ToString() },
        _ => [],
    };
}
