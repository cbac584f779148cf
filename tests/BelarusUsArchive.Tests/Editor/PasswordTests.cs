using System.Net;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Editor.Account;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Editor;

public class PasswordTests : StoreTest, IClassFixture<PasswordTests.App>
{
    private readonly App _app;

    public PasswordTests(App app) => _app = app;

    /// <summary>One app for the password rules: each test uses its own e-mail address.</summary>
    public sealed class App : IAsyncLifetime
    {
        private TestFolder _folder = null!;

        public ArchiveApp Archive { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            if (!TestStore.Available)
            {
                return;
            }
            _folder = new TestFolder(withSeeds: false);
            Archive = new ArchiveApp(_folder);
            await Archive.StartAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (_folder is null)
            {
                return;
            }
            await Archive.DisposeAsync();
            _folder.Dispose();
        }
    }

    private async Task<(int Code, string Output)> CreateUserAsync(string email, string role, string stdin)
    {
        var output = new StringWriter();
        var code = await CreateUserCommand.RunAsync(_app.Archive.Services, ["--email", email, "--role", role], new StringReader(stdin), output);
        return (code, output.ToString());
    }

    private static string NewEmail() => $"ed{Guid.NewGuid():N}"[..12] + "@example.org";

    [Fact]
    public async Task Eleven_characters_are_refused_and_twelve_are_enough()
    {
        var (shortCode, shortOutput) = await CreateUserAsync(NewEmail(), Roles.Editor, "violet moss");
        var (longCode, _) = await CreateUserAsync(NewEmail(), Roles.Editor, "violet mosses");
        var (phraseCode, _) = await CreateUserAsync(NewEmail(), Roles.Editor, "the river freezes late in Polesie");

        Assert.Equal(11, "violet moss".Length);
        Assert.NotEqual(0, shortCode);
        Assert.Contains("12", shortOutput, StringComparison.Ordinal);
        Assert.Equal(0, longCode);
        Assert.Equal(0, phraseCode);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234!")]
    [InlineData("passwordpassword")]
    [InlineData("qwerty123456")]
    [InlineData("iloveyou2024")]
    [InlineData("letmein12345")]
    [InlineData("123456789012")]
    [InlineData("correct horse battery staple")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    public async Task Common_passwords_are_refused(string password)
    {
        var email = NewEmail();

        var (code, output) = await CreateUserAsync(email, Roles.Editor, password);

        Assert.NotEqual(0, code);
        Assert.StartsWith("refused:", output, StringComparison.Ordinal);
        await using var scope = _app.Archive.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>().FindByEmailAsync(email));
    }

    [Fact]
    public async Task A_password_made_of_the_accounts_own_name_is_refused()
    {
        var (code, output) = await CreateUserAsync("kravchenko@example.org", Roles.Editor, "kravchenko kravchenko");

        Assert.NotEqual(0, code);
        Assert.Contains("name", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_page_refuses_a_common_password_with_a_message()
    {
        var admin = await SignInAsync(_app.Archive, NewEmail(), Roles.Admin);
        var email = NewEmail();

        var refused = await PostAsync(admin, "/editor/admin/users", await HtmlAsync(admin, "/editor/admin/users"), new()
        {
            ["Input.Email"] = email,
            ["Input.Role"] = Roles.Editor,
            ["Input.Password"] = "password1234",
        }, "Create");
        var accepted = await PostAsync(admin, "/editor/admin/users", await HtmlAsync(admin, "/editor/admin/users"), new()
        {
            ["Input.Email"] = email,
            ["Input.Role"] = Roles.Editor,
            ["Input.Password"] = "storks return to Belavezha",
        }, "Create");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("common", (await ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(NewClient(_app.Archive), email, "storks return to Belavezha")).StatusCode);
    }

    [Fact]
    public async Task Create_user_without_a_password_fails_and_makes_no_account()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ARCHIVE_PASSWORD")))
        {
            Assert.Skip("ARCHIVE_PASSWORD is set in this environment, so create-user has a password to read");
        }
        var email = NewEmail();

        var (code, output) = await CreateUserAsync(email, Roles.Admin, "");

        Assert.NotEqual(0, code);
        Assert.Contains("no password", output, StringComparison.Ordinal);
        Assert.False(_app.Archive.InScope(db => db.Users.Any(u => u.Email == email)));
    }

    [Fact]
    public async Task Create_user_updates_an_existing_accounts_role_and_password()
    {
        var email = NewEmail();
        var (first, _) = await CreateUserAsync(email, Roles.Editor, "first phrase of the day");
        var editor = NewClient(_app.Archive);
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(editor, email, "first phrase of the day")).StatusCode);

        var (second, output) = await CreateUserAsync(email, Roles.Admin, "second phrase of the day");

        Assert.Equal(0, first);
        Assert.Equal(0, second);
        Assert.Contains("updated", output, StringComparison.Ordinal);
        await using var scope = _app.Archive.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        Assert.Equal([Roles.Admin], await users.GetRolesAsync((await users.FindByEmailAsync(email))!));
        Assert.Equal(1, _app.Archive.InScope(db => db.Users.Count(u => u.Email == email)));
        Assert.Equal(HttpStatusCode.OK, (await LogInAsync(NewClient(_app.Archive), email, "first phrase of the day")).StatusCode);
        var admin = NewClient(_app.Archive);
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(admin, email, "second phrase of the day")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/editor/admin/users", TestContext.Current.CancellationToken)).StatusCode);
    }
}
