using System.Net;
using BelarusUsArchive.Tests.Support;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>Where an editor is and how to get about: the header's session, the footer's sign-in, the editor home's links.</summary>
public class OrientationTests
{
    [Fact]
    public async Task Every_page_offers_sign_in_in_its_footer_and_a_signed_in_editor_sees_their_name_and_signs_out_from_the_header()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var visitor = NewClient(app);
        foreach (var url in new[] { "/", "/articles", $"/articles/{Seed003}", "/people", "/timeline" })
        {
            var page = await HtmlAsync(visitor, url);
            Assert.NotNull(page.QuerySelector("footer.site a[href='/editor/login']"));
            Assert.Null(page.QuerySelector("header.site form.signed-in"));
        }

        var editor = await SignInAsync(app, "oriented@example.org");
        await SubmitAsync(editor, "/editor", new() { ["name"] = "Ales Archivist" }, handler: "Name");
        var home = await HtmlAsync(editor, $"/articles/{Seed003}");
        var session = home.QuerySelector("header.site form.signed-in")!;
        Assert.Equal("Ales Archivist", session.QuerySelector("a[href='/editor']")!.TextContent);
        Assert.Equal("/editor/logout", session.GetAttribute("action"));
        Assert.Equal("post", session.GetAttribute("method"));
        Assert.NotNull(home.QuerySelector("footer.site a[href='/editor']"));

        var signedOut = await editor.PostAsync("/editor/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = session.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var after = await HtmlAsync(editor, "/");
        Assert.Null(after.QuerySelector("header.site form.signed-in"));
        Assert.NotNull(after.QuerySelector("footer.site a[href='/editor/login']"));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/editor", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_from_the_header_without_its_token_is_refused()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "forged@example.org");

        var forged = await editor.PostAsync("/editor/logout", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.NotNull((await HtmlAsync(editor, "/")).QuerySelector("header.site form.signed-in"));
    }

    [Fact]
    public async Task Every_link_of_the_editor_home_and_of_an_articles_editing_page_answers()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "wayfinder@example.org", BelarusUsArchive.Web.Model.Roles.Admin);
        await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", new() { ["Input.Paragraph"] = "2", ["Input.Markdown"] = "A draft." });

        var pages = new[] { "/editor", $"/editor/articles/{Seed003}" };
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in pages)
        {
            links.UnionWith((await HtmlAsync(editor, url)).QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!.Split('#')[0]));
        }

        Assert.Contains(links, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^/editor/articles/[a-z0-9-]+$") && l != "/editor/articles/new");
        Assert.Contains("/editor/review", links);
        var broken = new List<string>();
        foreach (var link in links.Where(l => !l.StartsWith("/editor/account/authenticator", StringComparison.Ordinal)))
        {
            var response = await editor.GetAsync(link, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{link}: {(int)response.StatusCode}");
            }
        }
        Assert.True(broken.Count == 0, "links that do not answer:\n" + string.Join('\n', broken));
        await HtmlAsync(editor, "/editor/articles/no-such-article", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_correction_form_sets_the_source_address_and_refuses_one_that_is_not_a_web_address()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var editor = await SignInAsync(app, "corrector@example.org");
        var edit = $"/editor/articles/{Seed003}/edit";
        var current = await HtmlAsync(editor, edit);
        string Field(string name) => current.QuerySelector($"input[name='Input.{name}']")?.GetAttribute("value") ?? "";
        Dictionary<string, string> Fields(string url) => new()
        {
            ["Input.Title"] = Field("Title"), ["Input.Subtitle"] = Field("Subtitle"), ["Input.Authors"] = Field("Authors"),
            ["Input.Outlet"] = Field("Outlet"), ["Input.Published"] = Field("Published"), ["Input.SourceUrl"] = url,
        };

        var refused = await SubmitAsync(editor, edit, Fields("javascript:alert(1)"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("not a web address", (await ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        var saved = await SubmitAsync(editor, edit, Fields("https://www.rferl.org/a/belarus-us-policy/29000000.html"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await HtmlAsync(reader, $"/articles/{Seed003}");
        Assert.NotNull(page.QuerySelector("a[href='https://www.rferl.org/a/belarus-us-policy/29000000.html']"));
        Assert.True(app.InScope(db => db.Articles.Single(a => a.Slug == Seed003).IsCorrected("sourceUrl")));
        Assert.Equal("https://www.rferl.org/a/belarus-us-policy/29000000.html",
            (await HtmlAsync(editor, edit)).QuerySelector("input[name='Input.SourceUrl']")!.GetAttribute("value"));
    }
}
