using System.Text.Json;
using BelarusUsArchive.Tests.Support;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Quality;

/// <summary>axe-core, injected into each kind of page in Chromium, in both colour schemes.</summary>
public class AccessibilityTests
{
    internal const string RunAxe = """
        async () => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
                resultTypes: ['violations'],
            });
            return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: n.failureSummary })),
            })));
        }
        """;

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Every_kind_of_page_has_no_WCAG_2_2_AA_violations_found_by_axe(ColorScheme scheme)
    {
        var tools = Requires.NodeTools();
        var axe = await File.ReadAllTextAsync(tools.AxeScript, TestContext.Current.CancellationToken);
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
            ColorScheme = scheme,
            BypassCSP = true,
        });
        var page = await context.NewPageAsync();

        var failures = new List<string>();
        foreach (var url in PageKinds.Of(session.App))
        {
            await page.GotoAsync(url);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = axe });
            var violations = JsonSerializer.Deserialize<List<Violation>>(await page.EvaluateAsync<string>(RunAxe), Json)!;
            failures.AddRange(violations.SelectMany(v => v.Nodes.Select(n =>
                $"{url}: {v.Id} ({v.Impact}) at {n.Target}: {v.Help}\n    {n.Summary?.ReplaceLineEndings("\n    ")}")));
        }

        await SignInAsync(session, page);
        foreach (var url in PageKinds.ForEditors(session.App))
        {
            await page.GotoAsync(url);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = axe });
            var violations = JsonSerializer.Deserialize<List<Violation>>(await page.EvaluateAsync<string>(RunAxe), Json)!;
            failures.AddRange(violations.SelectMany(v => v.Nodes.Select(n =>
                $"{url} (editor): {v.Id} ({v.Impact}) at {n.Target}: {v.Help}\n    {n.Summary?.ReplaceLineEndings("\n    ")}")));
        }

        // The pages of undo and curation, once a correction has given them a history.
        await page.GotoAsync(PageKinds.CorrectionForm(session.App));
        await page.GetByLabel("Publication date (EDTF: 2019, 2019-11, 2019-11-21, 2015-06?)").FillAsync("2019-09");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForPageAsync("**/articles/*");
        foreach (var url in PageKinds.Editor(session.App))
        {
            await page.GotoAsync(url);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = axe });
            var violations = JsonSerializer.Deserialize<List<Violation>>(await page.EvaluateAsync<string>(RunAxe), Json)!;
            failures.AddRange(violations.SelectMany(v => v.Nodes.Select(n =>
                $"{url} (editor): {v.Id} ({v.Impact}) at {n.Target}: {v.Help}\n    {n.Summary?.ReplaceLineEndings("\n    ")}")));
        }

        Assert.True(failures.Count == 0, $"axe found {failures.Count} violations ({scheme}):\n" + string.Join('\n', failures));
    }

    /// <summary>Signs the page's browser context in as an editor through the login form.</summary>
    internal static async Task SignInAsync(BrowserSession session, IPage page)
    {
        Assert.Equal(0, await BelarusUsArchive.Web.Features.Editor.Account.CreateUserCommand.RunAsync(session.App.Services,
            ["--email", "quality@example.org", "--role", "Editor", "--name", "Quality Editor"], new StringReader(EditorClient.Password), TextWriter.Null));
        await BrowserSession.SignInAsync(page, "quality@example.org", EditorClient.Password);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Violation(string Id, string? Impact, string Help, List<ViolationNode> Nodes);

    private sealed record ViolationNode(string Target, string? Summary);
}
