using BelarusUsArchive.Tests.Quality;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Editor.Account;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Operations;

/// <summary>
/// The strict Content-Security-Policy (no 'unsafe-inline') blocks nothing the archive itself uses: every kind of
/// page a reader sees and every editor page load in Chromium without a violation or a console error.
/// </summary>
public class ContentSecurityPolicyBrowserTests
{
    private const string Listen = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} ${e.sample || ''}`));
        """;

    private const string Seed003 = "how-russia-s-interference-in-ukraine-has-altered-u-s-policy-toward-belarus";

    [Fact]
    public async Task No_page_of_readers_or_editors_reports_a_csp_violation_or_a_console_error()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        Assert.Equal(0, await CreateUserCommand.RunAsync(session.App.Services, ["--email", "csp@example.org", "--role", "Admin"],
            new StringReader(EditorClient.Password), TextWriter.Null));
        var (person, happening) = session.App.InScope(db => (
            db.People.OrderByDescending(p => p.Mentions.Count).Select(p => p.Slug).First(),
            db.Events.OrderByDescending(e => e.Sources.Count).Select(e => e.Slug).First()));
        var problems = new List<string>();

        var reader = await PageAsync(session, problems);
        foreach (var url in PageKinds.Of(session.App))
        {
            await VisitAsync(reader, url, problems);
        }

        var editor = await PageAsync(session, problems);
        await VisitAsync(editor, "/editor/login", problems);
        await BrowserSession.SignInAsync(editor, "csp@example.org", EditorClient.Password, open: false);
        string[] editorPages =
        [
            "/editor", $"/editor/articles/{Seed003}/edit", $"/editor/articles/{Seed003}/commentary", "/editor/articles/new",
            "/editor/history", "/editor/imports", $"/editor/people/{person}", $"/editor/events/{happening}",
            "/editor/admin/users", $"/articles/{Seed003}", "/timeline", "/editor/review", $"/editor/articles/{Seed003}",
        ];
        foreach (var url in editorPages)
        {
            await VisitAsync(editor, url, problems);
        }
        // Commentary as editors write it, tables with aligned columns included, in the preview and on the article.
        await VisitAsync(editor, $"/editor/articles/{Seed003}/commentary", problems);
        await editor.GetByLabel("Commentary (Markdown: tables, footnotes, links)").FillAsync(
            "A note.[^1]\n\n| year | step |\n|:---|---:|\n| 2019 | ambassadors |\n\n[^1]: See the timeline.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await editor.Locator(".preview td").First.WaitForAsync();
        problems.AddRange(await ViolationsAsync(editor, "commentary preview"));
        // Last: its first visit makes an authenticator key, which changes the security stamp and ends the session.
        await VisitAsync(editor, "/editor/account/authenticator", problems);
        Assert.EndsWith("/editor/account/authenticator", editor.Url, StringComparison.Ordinal);

        Assert.True(problems.Count == 0, "blocked or failing:\n" + string.Join('\n', problems));

        // The listener does hear a violation when one happens, so the empty list above means something.
        await reader.EvaluateAsync("() => document.head.insertAdjacentHTML('beforeend', '<style>body { color: red }</style>')");
        await reader.WaitForFunctionAsync("() => window.__violations.length > 0");
    }

    private static async Task<IPage> PageAsync(BrowserSession session, List<string> problems)
    {
        var page = await session.PageAsync();
        await page.Context.AddInitScriptAsync(Listen);
        page.PageError += (_, error) => problems.Add($"{page.Url}: script error {error}");
        // A failed load is judged by its URL below (the 404 page itself and the browser's favicon probe are expected).
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add($"{page.Url}: console error {message.Text}");
            }
        };
        page.Response += (_, response) =>
        {
            var path = new Uri(response.Url).AbsolutePath;
            if (response.Status >= 400 && path != PageKinds.Missing && path != "/favicon.ico")
            {
                problems.Add($"{page.Url}: {response.Status} for {response.Url}");
            }
        };
        return page;
    }

    private static async Task VisitAsync(IPage page, string url, List<string> problems)
    {
        await page.GotoAsync(url);
        problems.AddRange(await ViolationsAsync(page, url));
    }

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string what) =>
        (await page.EvaluateAsync<string[]>("() => window.__violations")).Select(v => $"{what}: {v}");
}
