using System.Net;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Editor.Account;
using BelarusUsArchive.Web.Model;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>
/// An editor's sign-in e-mail address is a valid user name for an intruder and a phishing target: readers see a
/// display name (set by create-user, by an Admin, or by the editor), never the address.
/// </summary>
public class DisplayNameTests
{
    private const string Email = "quiet.editor@example.org";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Every public answer that could carry commentary or its author.</summary>
    private static async Task<string> PublicTextAsync(HttpClient reader)
    {
        var texts = new List<string>();
        foreach (var url in new[] { $"/articles/{Seed003}", $"/api/articles/{Seed003}", "/feed.atom", $"/search?q=thaw", "/api/search?q=thaw", "/articles", "/data" })
        {
            texts.Add(await reader.GetStringAsync(url, Cancel));
        }
        return string.Join('\n', texts);
    }

    private static Task<HttpResponseMessage> PublishAsync(HttpClient editor, string text) =>
        SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = text, ["Input.Publish"] = "true" });

    [Fact]
    public async Task Published_commentary_shows_a_neutral_name_until_the_editor_names_themself_and_never_the_address()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var editor = await SignInAsync(app, Email);
        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(editor, "The thaw had a price.")).StatusCode);

        var unnamed = await PublicTextAsync(reader);
        var refused = await SubmitAsync(editor, "/editor", new() { ["name"] = "someone@example.org" }, "Name");
        var named = await SubmitAsync(editor, "/editor", new() { ["name"] = "Hanna Reviewer" }, "Name");
        var afterwards = await PublicTextAsync(reader);

        Assert.DoesNotContain(Email, unnamed, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(EditorUser.Unnamed, unnamed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        Assert.DoesNotContain(Email, afterwards, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Hanna Reviewer", afterwards, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_user_and_an_admin_set_the_name_readers_see()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var output = new StringWriter();
        var code = await CreateUserCommand.RunAsync(app.Services, ["--email", Email, "--role", "Editor", "--name", "Named On The Command Line"], new StringReader("a passphrase for the quiet editor"), output);
        var editor = NewClient(app);
        await LogInAsync(editor, Email, "a passphrase for the quiet editor");
        await PublishAsync(editor, "The thaw had a price.");
        var fromCommand = await PublicTextAsync(reader);
        var admin = await SignInAsync(app, "admin@example.org", Roles.Admin);
        var id = app.InScope(db => db.Users.Single(u => u.Email == Email).Id);

        var renamed = await SubmitAsync(admin, "/editor/admin/users", new() { ["id"] = id, ["name"] = "Renamed By The Admin" }, "Name");
        var created = await SubmitAsync(admin, "/editor/admin/users", new()
        {
            ["Input.Email"] = "third@example.org", ["Input.DisplayName"] = "third@example.org", ["Input.Role"] = Roles.Editor, ["Input.Password"] = "another long passphrase here",
        }, "Create");

        Assert.Equal(0, code);
        Assert.Contains("Named On The Command Line", fromCommand, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var afterwards = await PublicTextAsync(reader);
        Assert.Contains("Renamed By The Admin", afterwards, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.org", afterwards, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Equal(0, app.InScope(db => db.Users.Count(u => u.Email == "third@example.org")));
    }
}
