using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Editor.Account;
using BelarusUsArchive.Web.Model;
using Microsoft.Playwright;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Editor;

public class CommentaryBrowserTests
{
    private const string Passage = "quickly thawing";

    private const string Markdown =
        "The thaw had a price.[^1]\n\n| year | step |\n|---|---|\n| 2015 | sanctions eased |\n| 2019 | ambassadors |\n\n[^1]: Political prisoners were freed first.";

    private const string Payloads =
        "<img src=x onerror=\"window.__xss=1;alert(1)\"> <svg onload=\"window.__xss=1;alert(1)\">\n\n" +
        "[click me](javascript:window.__xss=1;alert(1)) [tab](jav&#x09;ascript:window.__xss=1;alert(1)) <javascript:window.__xss=1;alert(1)>\n\n" +
        "<a href=\"javascript:window.__xss=1\" onmouseover=\"window.__xss=1;alert(1)\">hover</a> <style>body{display:none}</style>\n\n" +
        "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [cell](javascript:window.__xss=1;alert(1)) |\n\n" +
        "Noted.[^x]\n\n[^x]: [foot](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)";

    [Fact]
    public async Task An_editor_signs_in_writes_commentary_in_the_browser_and_readers_see_it_with_no_script_running()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var password = "lamps along the Svislach " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(0, await CreateUserCommand.RunAsync(session.App.Services, ["--email", "curator@example.org", "--role", "Editor"],
            new StringReader(password), TextWriter.Null));
        var n = ParagraphWith(session.App, Seed003, Passage);
        var dialogs = new List<string>();
        var page = await session.PageAsync();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync("/editor");
        await page.WaitForPageAsync("**/editor/login**");
        await BrowserSession.SignInAsync(page, "curator@example.org", password, open: false);

        await page.GotoAsync($"/articles/{Seed003}");
        await WriteAsync(page, n, Passage, Markdown, preview: true);
        Assert.Equal(["year", "step"], await page.Locator(".preview th").AllInnerTextsAsync());
        Assert.Contains("Political prisoners were freed first.", await page.Locator(".preview .footnotes").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "editor-commentary-preview");
        Assert.Equal(0, session.App.InScope(db => db.Commentary.Count()));
        await page.GetByLabel("Publish (readers see it beside the paragraph)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForPageAsync($"**/articles/{Seed003}#p{n}");

        var aside = page.Locator($"#p{n} + aside.commentary");
        Assert.Equal(Passage, await aside.Locator(".on-quote q").InnerTextAsync());
        Assert.Equal("ambassadors", await aside.Locator("td").Nth(3).InnerTextAsync());
        Assert.Contains(BelarusUsArchive.Web.Model.EditorUser.Unnamed, await aside.Locator(".meta").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "editor-commentary-published");

        await WriteAsync(page, n, null, Payloads, preview: true);
        await page.GetByLabel("Publish (readers see it beside the paragraph)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForPageAsync($"**/articles/{Seed003}#p{n}");
        Assert.Equal(2, session.App.InScope(db => db.Commentary.Count(c => c.Status == CommentaryStatus.Published)));

        var reader = await session.PageAsync();
        reader.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        await reader.GotoAsync($"/articles/{Seed003}");
        var bodies = reader.Locator("aside.commentary .commentary-body");
        Assert.Equal(2, await bodies.CountAsync());
        await PokeEveryLinkAsync(reader, bodies.Nth(1));
        await BrowserSession.ScreenshotAsync(reader, "editor-commentary-xss-reader");

        Assert.Empty(dialogs);
        Assert.True(await reader.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"));
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"));
        Assert.True(await reader.Locator("body").IsVisibleAsync());
        Assert.EndsWith($"/articles/{Seed003}", reader.Url.Split('#')[0], StringComparison.Ordinal);
    }

    private static async Task WriteAsync(IPage page, int paragraph, string? quote, string markdown, bool preview)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add commentary" }).ClickAsync();
        await page.WaitForPageAsync("**/commentary");
        await page.GetByLabel("Paragraph (empty for the whole article)").FillAsync(Number(paragraph));
        if (quote is not null)
        {
            await page.GetByLabel("Passage of that paragraph (optional, exact words)").FillAsync(quote);
        }
        await page.GetByLabel("Commentary (Markdown: tables, footnotes, links)").FillAsync(markdown);
        if (preview)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
            await page.Locator(".preview").WaitForAsync();
        }
    }

    /// <summary>Hovers and clicks every link a reader could, as a curious reader would.</summary>
    private static async Task PokeEveryLinkAsync(IPage reader, ILocator body)
    {
        var links = body.Locator("a");
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            var href = await links.Nth(i).GetAttributeAsync("href");
            Assert.True(href is null || href.StartsWith('#'), $"an unexpected link {href} in the payload commentary");
            await links.Nth(i).HoverAsync(new() { Force = true });
            await links.Nth(i).ClickAsync(new() { Force = true });
        }
        await reader.WaitForTimeoutAsync(300);
    }
}
