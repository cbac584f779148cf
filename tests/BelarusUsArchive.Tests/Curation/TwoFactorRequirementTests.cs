using System.Net;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Curation;

public class TwoFactorRequirementTests
{
    [Fact]
    public async Task When_an_admin_requires_two_factor_an_editor_without_it_is_sent_to_set_it_up()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var admin = await EditorClient.SignInAsync(app, "admin@example.org", "Admin");
        var editor = await EditorClient.SignInAsync(app, "editor@example.org", "Editor");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/editor/history", TestContext.Current.CancellationToken)).StatusCode);

        var set = await EditorClient.PostFormAsync(admin, "/editor/admin/users", new() { ["required"] = "true" }, "TwoFactor");
        var blocked = await editor.GetAsync("/editor/history", TestContext.Current.CancellationToken);
        var setup = await editor.GetAsync("/editor/account/authenticator?required=1", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.StartsWith("/editor/account/authenticator", blocked.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        Assert.Contains("requires two-factor", await setup.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
