using System.Net;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BelarusUsArchive.Tests.Curation;

public class EditorWorkTests
{
    private const string Seed003 = "how-russia-s-interference-in-ukraine-has-altered-u-s-policy-toward-belarus";

    public static TheoryData<string> XssPayloads => new()
    {
        "<script>window.__xss=1</script>",
        "<img src=x onerror=\"window.__xss=1\">",
        "<svg onload=window.__xss=1>",
        "<iframe src=\"javascript:window.__xss=1\"></iframe>",
        "<style>body{display:none}</style>",
        "<a href=\"javascript:window.__xss=1\">x</a>",
        "[click](javascript:window.__xss=1)",
        "[click](JaVaScRiPt:window.__xss=1)",
        "[click](jav&#x09;ascript:window.__xss=1)",
        "[click](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)",
        "[click](vbscript:msgbox(1))",
        "![img](javascript:window.__xss=1)",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1\">x</a>",
        "<form action=\"https://evil.example\"><input name=p></form>",
        "<input autofocus onfocus=window.__xss=1>",
        "<div style=\"background:url(javascript:window.__xss=1)\">x</div>",
        "<body onload=window.__xss=1>",
        "<details open ontoggle=window.__xss=1>",
        "<object data=\"javascript:window.__xss=1\"></object>",
        "<embed src=\"javascript:window.__xss=1\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
        "<a href=\"https://example.org\" onclick=\"window.__xss=1\">link</a>",
        "<<script>script>window.__xss=1<</script>/script>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=1\">",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "| a | b |\n|---|---|\n| <img src=x onerror=window.__xss=1> | [x](javascript:1) |",
        "Footnote[^1]\n\n[^1]: <script>window.__xss=1</script>",
        "<https://example.org/\" onmouseover=\"window.__xss=1>",
    };

    [Fact]
    public async Task Signing_in_fails_without_an_account_and_with_a_wrong_password()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var nobody = await SignInAsync(client, "nobody@example.org", EditorClient.Password);
        await EditorClient.SignInAsync(app, "ed@example.org");
        var wrong = await SignInAsync(client, "ed@example.org", "not the password at all");
        var editorPage = await client.GetAsync("/editor", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, nobody.StatusCode);
        Assert.Contains("do not match an account", await nobody.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, editorPage.StatusCode);
        Assert.Contains("/editor/login", editorPage.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(XssPayloads))]
    public async Task Commentary_is_rendered_without_anything_that_could_run_in_a_readers_browser(string payload)
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await EditorClient.SignInAsync(app);

        var saved = await EditorClient.PostFormAsync(editor, $"/editor/articles/{Seed003}/commentary", new()
        {
            ["Input.Paragraph"] = "2",
            ["Input.Markdown"] = payload,
            ["Input.Publish"] = "true",
        });
        var reader = app.CreateClient();
        var page = new HtmlParser().ParseDocument(await reader.GetStringAsync($"/articles/{Seed003}", TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var body = page.QuerySelector("aside.commentary .commentary-body")!;
        Assert.Empty(body.QuerySelectorAll("script, iframe, style, form, input, object, embed, svg, math, img, meta, link, body, details"));
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style");
            foreach (var url in new[] { element.GetAttribute("href"), element.GetAttribute("src") }.OfType<string>())
            {
                Assert.True(url.StartsWith('#') || url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal),
                    $"unsafe URL {url}");
            }
        }
    }

    [Fact]
    public async Task History_shows_what_changed_and_an_old_revision_can_be_restored()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await EditorClient.SignInAsync(app);
        await EditorClient.PostFormAsync(editor, $"/editor/articles/{Seed003}/commentary", new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = "First thought.", ["Input.Publish"] = "true" });
        var id = app.InScope(db => db.Commentary.Single().Id);
        await EditorClient.PostFormAsync(editor, $"/editor/articles/{Seed003}/commentary/{id}", new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = "Second thought.", ["Input.Publish"] = "true" });

        var history = new HtmlParser().ParseDocument(await editor.GetStringAsync($"/editor/history/commentary/{id}", TestContext.Current.CancellationToken));
        var oldest = app.InScope(db => db.Revisions.Where(r => r.EntityType == "commentary").OrderBy(r => r.Id).First().Id);
        var restoreUrl = $"/editor/history/commentary/{id}/restore/{oldest.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var confirm = new HtmlParser().ParseDocument(await editor.GetStringAsync(restoreUrl, TestContext.Current.CancellationToken));
        var restore = await EditorClient.PostFormAsync(editor, restoreUrl, new() { ["version"] = confirm.QuerySelector("input[name=version]")!.GetAttribute("value")!, ["keepPublished"] = "true" });
        var article = await app.CreateClient().GetStringAsync($"/articles/{Seed003}", TestContext.Current.CancellationToken);

        Assert.Contains("Second thought.", history.QuerySelector(".diff ins")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("First thought.", history.QuerySelector(".diff del")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Contains("First thought.", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Second thought.", article, StringComparison.Ordinal);
        Assert.Equal(3, app.InScope(db => db.Revisions.Count(r => r.EntityType == "commentary" && r.EntityId == id)));
    }

    [Fact]
    public async Task Two_editors_saving_the_same_commentary_never_lose_an_update()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var first = await EditorClient.SignInAsync(app, "first@example.org");
        var second = await EditorClient.SignInAsync(app, "second@example.org");
        await EditorClient.PostFormAsync(first, $"/editor/articles/{Seed003}/commentary", new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = "Original.", ["Input.Publish"] = "true" });
        var id = app.InScope(db => db.Commentary.Single().Id);
        var url = $"/editor/articles/{Seed003}/commentary/{id}";
        var secondForm = await second.GetStringAsync(url, TestContext.Current.CancellationToken);
        var secondVersion = new HtmlParser().ParseDocument(secondForm).QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;

        await EditorClient.PostFormAsync(first, url, new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = "First editor's text.", ["Input.Publish"] = "true" });
        var conflict = await second.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Paragraph"] = "3",
            ["Input.Markdown"] = "Second editor's text.",
            ["Input.Publish"] = "true",
            ["Input.Version"] = secondVersion,
            ["__RequestVerificationToken"] = EditorClient.Token(secondForm),
        }), TestContext.Current.CancellationToken);
        var conflictPage = new HtmlParser().ParseDocument(await conflict.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("First editor's text.", app.InScope(db => db.Commentary.Single().Markdown));
        Assert.Contains("first@example.org", conflictPage.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("First editor's text.", conflictPage.QuerySelector(".versions")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Second editor's text.", conflictPage.QuerySelector(".versions")!.TextContent, StringComparison.Ordinal);

        var merged = await second.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Paragraph"] = "3",
            ["Input.Markdown"] = "Both editors' text.",
            ["Input.Publish"] = "true",
            ["Input.Version"] = conflictPage.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = EditorClient.Token(conflictPage.DocumentElement.OuterHtml),
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal("Both editors' text.", app.InScope(db => db.Commentary.Single().Markdown));
    }

    [Fact]
    public async Task A_corrected_seed_title_and_date_survive_a_reimport_of_its_changed_file()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await EditorClient.SignInAsync(app);
        var url = $"/editor/articles/{Seed003}/edit";
        var form = new HtmlParser().ParseDocument(await editor.GetStringAsync(url, TestContext.Current.CancellationToken));
        string Value(string name) => form.QuerySelector($"input[name='{name}']")!.GetAttribute("value") ?? "";

        var saved = await EditorClient.PostFormAsync(editor, url, new()
        {
            ["Input.Title"] = "How Russia's Interference in Ukraine Altered U.S. Policy Toward Belarus",
            ["Input.Subtitle"] = Value("Input.Subtitle"),
            ["Input.Authors"] = Value("Input.Authors"),
            ["Input.Outlet"] = "Radio Free Europe/Radio Liberty",
            ["Input.Published"] = "2019-09",
        });
        File.AppendAllText(Directory.GetFiles(folder.Seeds, "003_*.txt")[0], "\n\nA line added to the source later.\n");
        var run = await app.ImportAsync(folder.Seeds);
        var bad = await EditorClient.PostFormAsync(editor, url, new() { ["Input.Title"] = "X", ["Input.Published"] = "last spring" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, run.Updated);
        var article = app.InScope(db => db.Articles.Where(a => a.Slug == Seed003).Select(a => new { a.Title, a.Published!.Edtf, Outlet = a.Outlet!.Name }).Single());
        Assert.Equal("How Russia's Interference in Ukraine Altered U.S. Policy Toward Belarus", article.Title);
        Assert.Equal("2019-09", article.Edtf);
        Assert.Equal("Radio Free Europe/Radio Liberty", article.Outlet);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("last spring", await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/editor/login", TestContext.Current.CancellationToken);
        return await client.PostAsync("/editor/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = EditorClient.Token(form),
        }), TestContext.Current.CancellationToken);
    }
}
