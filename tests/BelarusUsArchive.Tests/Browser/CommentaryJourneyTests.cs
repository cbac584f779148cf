using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Editor.Account;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Browser;

public class CommentaryJourneyTests
{
    [Fact]
    public async Task An_editor_signs_in_writes_commentary_on_a_passage_previews_it_and_readers_see_it_and_no_script_runs()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        Assert.Equal(0, await CreateUserCommand.RunAsync(session.App.Services, ["--email", "ed@example.org", "--role", "Editor"],
            new StringReader(EditorClient.Password), TextWriter.Null));
        var page = await session.PageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await BrowserSession.SignInAsync(page, "ed@example.org", EditorClient.Password);

        await page.GotoAsync("/articles/how-russia-s-interference-in-ukraine-has-altered-u-s-policy-toward-belarus");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add commentary" }).ClickAsync();
        await page.GetByLabel("Paragraph (empty for the whole article)").FillAsync("2");
        await page.GetByLabel("Passage of that paragraph (optional, exact words)").FillAsync("quickly thawing");
        await page.GetByLabel("Commentary (Markdown: tables, footnotes, links)").FillAsync(
            "The thaw had a price.[^1] <img src=x onerror=\"window.__xss=1;alert(1)\"> [x](javascript:alert(1))\n\n| year | step |\n|---|---|\n| 2019 | ambassadors |\n\n[^1]: See the timeline.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        Assert.Equal("ambassadors", await page.Locator(".preview td").Nth(1).InnerTextAsync());
        await BrowserSession.ScreenshotAsync(page, "commentary-preview");
        await page.GetByLabel("Publish (readers see it beside the paragraph)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForPageAsync(url => url.Contains("/articles/how-russia-", StringComparison.Ordinal) && url.EndsWith("#p2", StringComparison.Ordinal));

        var reader = await session.PageAsync();
        reader.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await reader.GotoAsync("/articles/how-russia-s-interference-in-ukraine-has-altered-u-s-policy-toward-belarus");
        var aside = reader.Locator("#p2 + aside.commentary");
        Assert.Contains("The thaw had a price.", await aside.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("quickly thawing", await aside.Locator(".on-quote").InnerTextAsync(), StringComparison.Ordinal);
        await aside.Locator("a", new() { HasText = "x" }).Last.ClickAsync(new() { Force = true });
        await BrowserSession.ScreenshotAsync(reader, "commentary-reader");
        Assert.Equal(0, dialogs);
        Assert.True(await reader.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"));
    }
}
