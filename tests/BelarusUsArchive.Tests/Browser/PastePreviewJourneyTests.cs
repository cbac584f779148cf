using System.Text.Json;
using BelarusUsArchive.Tests.Editor;
using BelarusUsArchive.Tests.Quality;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Editor.Account;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Browser;

/// <summary>
/// An editor in Chromium pastes a real news page (shared/extraction-dev), fixes it line by line with the in-place
/// toggles, saves it, and the article has neither its menu nor its readers' comments; its file imports again the same.
/// The preview is checked by axe and the Nu HTML checker on the way.
/// </summary>
public class PastePreviewJourneyTests
{
    private const string Title = "Amazon liable for defective third-party products, California appeals court rules";

    [Fact]
    public async Task A_pasted_news_page_is_fixed_line_by_line_in_the_browser_and_saved_without_its_menu_and_comments()
    {
        var text = NewsPage.Read();
        var tools = Requires.NodeTools();
        var java = Requires.Java();
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TestFolder(withSeeds: false);
        await using var session = await BrowserSession.StartAsync(folder);
        Assert.Equal(0, await CreateUserCommand.RunAsync(session.App.Services, ["--email", "paste@example.org", "--role", "Editor"],
            new StringReader(EditorClient.Password), TextWriter.Null));
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
            BypassCSP = true, // for axe's injected script only; the page's own script is an external file
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        await BrowserSession.SignInAsync(page, "paste@example.org", EditorClient.Password);

        await page.GotoAsync("/editor/articles/new");
        await page.GetByLabel("Text").FillAsync(text);
        var first = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync(),
            r => r.Url.Contains("handler=Parse", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.WaitForLoadStateAsync();
        await AssertCleanAsync(page, await first.TextAsync(), tools, java, folder, ct);
        var lines = await LinesAsync(page);
        var title = lines.First(l => l.Text.StartsWith("Amazon Liable", StringComparison.Ordinal));
        var unwanted = PastePreviewTests.Menu(lines, title).Concat(PastePreviewTests.Comments(lines))
            .Append(lines.Single(l => l.Text.StartsWith("By Evan Symon", StringComparison.Ordinal))).ToList();

        foreach (var line in unwanted)
        {
            var item = page.Locator($"#line-{line.Number}");
            if (await item.GetAttributeAsync("class") is { } c && c.Contains("kept", StringComparison.Ordinal))
            {
                await item.GetByRole(AriaRole.Button, new() { Name = $"Drop line {line.Number}" }).ClickAsync();
                Assert.Contains("will-drop", await item.GetAttributeAsync("class"), StringComparison.Ordinal);
            }
            else
            {
                await item.Locator("select").SelectOptionAsync("drop");
            }
        }
        var ruling = page.Locator($"#line-{lines.Single(l => l.Text.StartsWith("California’s ruling may affect", StringComparison.Ordinal)).Number}");
        if ((await ruling.GetAttributeAsync("class"))!.Contains("dropped", StringComparison.Ordinal))
        {
            await ruling.GetByRole(AriaRole.Button).First.ClickAsync();
            Assert.Contains("will-keep", await ruling.GetAttributeAsync("class"), StringComparison.Ordinal);
        }
        Assert.Equal(page.Url, session.BaseUrl.TrimEnd('/') + "/editor/articles/new?handler=Parse");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(Title);
        await page.GetByLabel("Authors (comma-separated)").FillAsync("Evan Symon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update preview" }).First.ClickAsync();
        await page.WaitForLoadStateAsync();

        Assert.Equal(Title, await page.GetByLabel("Title", new() { Exact = true }).InputValueAsync());
        var after = await LinesAsync(page);
        Assert.All(unwanted, u => Assert.Equal("dropped by you", after.Single(l => l.Number == u.Number).Verdict));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "editor-paste-preview.png") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).First.ClickAsync();
        await page.WaitForPageAsync("**/articles/**");

        var body = await page.Locator("main").InnerTextAsync();
        Assert.Contains(Title, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Nail them to the wall", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Reply", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Hollywood", body, StringComparison.Ordinal);
        var slug = page.Url.Split('/')[^1];
        var saved = await PastePreviewTests.ArticleAsync(session.App.CreateClient(), slug);
        Assert.Equal(Title, saved.Title);
        Assert.Equal(new[] { "Evan Symon" }, saved.Authors);
        Assert.Contains(saved.Paragraphs, p => p.StartsWith("California’s ruling may affect", StringComparison.Ordinal));
        Assert.DoesNotContain(saved.Paragraphs, p => unwanted.Any(u => p.Contains(u.Text, StringComparison.Ordinal)));
        Assert.Equal(saved, await PastePreviewTests.ReimportedAsync(session.App, slug));
        Assert.Empty(errors);
    }

    private static async Task<List<PastePreviewTests.Line>> LinesAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("""
            () => JSON.stringify([...document.querySelectorAll('ol.lines > li')].map(li => ({
                number: li.value, text: li.querySelector('.line-text').textContent, verdict: li.querySelector('.line-verdict').textContent.trim() })))
            """);
        return [.. JsonSerializer.Deserialize<List<JsonElement>>(json)!.Select(e => new PastePreviewTests.Line(
            e.GetProperty("number").GetInt32(), e.GetProperty("text").GetString()!, e.GetProperty("verdict").GetString()!))];
    }

    /// <summary>axe finds no WCAG 2.2 AA or best-practice violation on the preview (light and dark), it fits a 360 px phone, and the Nu checker finds no error in its HTML.</summary>
    private static async Task AssertCleanAsync(IPage page, string html, NodeTools tools, string java, TestFolder folder, CancellationToken ct)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = await File.ReadAllTextAsync(tools.AxeScript, ct) });
        foreach (var scheme in (ColorScheme[])[ColorScheme.Light, ColorScheme.Dark])
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            var violations = await page.EvaluateAsync<string>(AccessibilityTests.RunAxe);
            Assert.True(violations == "[]", $"axe on the paste preview ({scheme}): " + violations);
        }
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        await page.SetViewportSizeAsync(360, 800);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "editor-paste-preview-phone.png") });
        await page.SetViewportSizeAsync(1200, 900);
        Assert.True(width <= 360, $"the paste preview is {width} px wide on a 360 px phone");
        var file = Path.Combine(folder.Path, "paste-preview.html");
        await File.WriteAllTextAsync(file, html, ct);
        var messages = await HtmlValidityTests.CheckAsync(java, tools.VnuJar, [file], ct);
        Assert.True(messages.Count == 0, "Nu checker on the paste preview: " + string.Join("\n", messages.Select(m => $"line {m.LastLine}: {m.Message} {m.Extract}")));
    }
}
