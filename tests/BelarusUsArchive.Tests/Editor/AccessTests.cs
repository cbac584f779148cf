using System.Net;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Editor;

public class AccessTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<bool> InsideAsync(HttpClient client)
    {
        var response = await client.GetAsync("/editor", Cancel);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return true;
        }
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/editor/login", new Uri(new Uri("http://localhost"), Location(response)).AbsolutePath, StringComparison.Ordinal);
        return false;
    }

    /// <summary>True when the admin page opens, false when the account is refused it (403 or the denied page).</summary>
    private static async Task<bool> AdminPageOpensAsync(HttpClient client)
    {
        var response = await client.GetAsync("/editor/admin/users", Cancel);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Contains("/editor/denied", Location(response), StringComparison.Ordinal);
            var denied = await client.GetAsync(Location(response), Cancel);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
            return false;
        }
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return false;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return true;
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page_and_cannot_post_commentary()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var anonymous = NewClient(app);

        var editor = await anonymous.GetAsync("/editor", Cancel);
        var history = await anonymous.GetAsync("/editor/history", Cancel);
        // A token an anonymous visitor can get (from the login page) must not open the commentary form either.
        var loginForm = await HtmlAsync(anonymous, "/editor/login");
        var post = await PostAsync(anonymous, $"/editor/articles/{Seed003}/commentary", loginForm, new()
        {
            ["Input.Paragraph"] = "3",
            ["Input.Markdown"] = "Written by nobody.",
            ["Input.Publish"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);
        Assert.StartsWith("http://localhost/editor/login", editor.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, history.StatusCode);
        Assert.Contains("/editor/login", Location(history), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/editor/login", Location(post), StringComparison.Ordinal);
        Assert.Equal(0, app.InScope(db => db.Commentary.Count()));
        Assert.Equal(0, app.InScope(db => db.Revisions.Count()));
    }

    [Fact]
    public async Task Only_an_admin_opens_the_accounts_page()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "editor@example.org");
        var admin = await SignInAsync(app, "admin@example.org", Roles.Admin);

        var editorOpens = await AdminPageOpensAsync(editor);
        var accounts = await HtmlAsync(admin, "/editor/admin/users");

        Assert.False(editorOpens);
        Assert.True(await InsideAsync(editor));
        var rows = accounts.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent).ToList();
        Assert.Equal(["admin@example.org", "editor@example.org"], rows);
    }

    [Fact]
    public async Task The_login_form_signs_in_with_the_right_password_only()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var account = await CreateAsync(app, "editor@example.org");
        var client = NewClient(app);

        var nobody = await LogInAsync(client, "nobody@example.org", account.Password);
        var wrong = await LogInAsync(client, account.Email, account.Password + "x");
        var insideAfterWrong = await InsideAsync(client);
        var right = await LogInAsync(client, account.Email, account.Password);

        Assert.Equal(HttpStatusCode.OK, nobody.StatusCode);
        Assert.Contains("do not match an account", (await ParseAsync(nobody)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("do not match an account", (await ParseAsync(wrong)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.False(insideAfterWrong);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/editor", Location(right));
        Assert.True(await InsideAsync(client));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_one_fails_too()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var account = await CreateAsync(app, "editor@example.org");
        var client = NewClient(app);

        for (var i = 1; i <= 5; i++)
        {
            var wrong = await LogInAsync(client, account.Email, $"a wrong guess number {i}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var right = await LogInAsync(client, account.Email, account.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", (await ParseAsync(right)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.False(await InsideAsync(client));
    }

    [Fact]
    public async Task Disabling_an_account_on_the_admin_page_ends_its_open_session_on_the_next_request()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var account = await CreateAsync(app, "editor@example.org");
        var editor = NewClient(app);
        await LogInAsync(editor, account.Email, account.Password);
        var admin = await SignInAsync(app, "admin@example.org", Roles.Admin);
        Assert.True(await InsideAsync(editor));
        var id = app.InScope(db => db.Users.Single(u => u.Email == "editor@example.org").Id);

        var accounts = await HtmlAsync(admin, "/editor/admin/users");
        var disable = await PostAsync(admin, "/editor/admin/users", accounts, new() { ["id"] = id, ["disabled"] = "true" }, "Disable");

        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.False(await InsideAsync(editor));
        var guessed = await LogInAsync(NewClient(app), account.Email, "a guess at the password");
        var again = await LogInAsync(NewClient(app), account.Email, account.Password);
        Assert.Contains("do not match an account", (await ParseAsync(guessed)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("disabled", (await ParseAsync(again)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("disabled", (await HtmlAsync(admin, "/editor/admin/users")).QuerySelector("tbody tr:last-child")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_an_account_in_the_store_ends_its_open_session_on_the_next_request()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "editor@example.org");
        Assert.True(await InsideAsync(editor));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
            var user = (await users.FindByEmailAsync("editor@example.org"))!;
            user.Disabled = true;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
        }

        Assert.False(await InsideAsync(editor));
    }

    [Fact]
    public async Task A_role_change_takes_effect_on_the_next_request()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "editor@example.org");
        var admin = await SignInAsync(app, "admin@example.org", Roles.Admin);
        var other = await SignInAsync(app, "other.admin@example.org", Roles.Admin);
        Assert.False(await AdminPageOpensAsync(editor));
        Assert.True(await AdminPageOpensAsync(other));
        string IdOf(string email) => app.InScope(db => db.Users.Single(u => u.Email == email).Id);

        var promote = await PostAsync(admin, "/editor/admin/users", await HtmlAsync(admin, "/editor/admin/users"),
            new() { ["id"] = IdOf("editor@example.org"), ["role"] = Roles.Admin }, "Role");
        var demote = await PostAsync(admin, "/editor/admin/users", await HtmlAsync(admin, "/editor/admin/users"),
            new() { ["id"] = IdOf("other.admin@example.org"), ["role"] = Roles.Editor }, "Role");

        Assert.Equal(HttpStatusCode.Redirect, promote.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, demote.StatusCode);
        Assert.True(await AdminPageOpensAsync(editor));
        Assert.False(await AdminPageOpensAsync(other));
        Assert.True(await InsideAsync(other));
    }
}
