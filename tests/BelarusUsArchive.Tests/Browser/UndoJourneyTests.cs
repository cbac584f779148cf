using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Editor.Account;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Browser;

/// <summary>An editor repairs mistakes in Chromium: a wrong merge of two people undone, a wrong date correction restored.</summary>
public class UndoJourneyTests
{
    private const string Seed003 = "how-russia-s-interference-in-ukraine-has-altered-u-s-policy-toward-belarus";

    private static async Task<IPage> SignInAsync(BrowserSession session, bool javaScript = true)
    {
        Assert.Equal(0, await CreateUserCommand.RunAsync(session.App.Services, ["--email", "ed@example.org", "--role", "Editor"],
            new StringReader(EditorClient.Password), TextWriter.Null));
        var page = await session.PageAsync(javaScript: javaScript);
        await BrowserSession.SignInAsync(page, "ed@example.org", EditorClient.Password);
        return page;
    }

    [Fact]
    public async Task A_wrong_merge_is_undone_and_the_mentions_are_back_on_the_right_person()
    {
        using var folder = new TestFolder(withSeeds: false);
        File.Copy(Path.Combine(Repo.Seeds, "people.json"), Path.Combine(folder.Seeds, "people.json"));
        folder.Write("potash.txt", Editor.UndoTests.Potash);
        await using var session = await BrowserSession.StartAsync(folder);
        // Without JavaScript: the confirmation steps are plain pages and forms.
        var page = await SignInAsync(session, javaScript: false);
        var mentions = session.App.InScope(db => db.Mentions.Count(m => m.Person!.Slug == "anna-kovalenko"));

        await page.GotoAsync("/editor/people/anna-kovalenko");
        await page.GetByLabel("The same human as").SelectOptionAsync(new SelectOptionValue { Label = "Oleg Kravchenko" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show what the merge moves…" }).ClickAsync();
        Assert.StartsWith($"{mentions} mentions in 1 article move to Oleg Kravchenko", await page.Locator(".merge-moves li").First.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "merge-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge into Oleg Kravchenko" }).ClickAsync();
        await page.WaitForPageAsync("**/people/oleg-kravchenko");
        Assert.Equal(0, session.App.InScope(db => db.Mentions.Count(m => m.Person!.Slug == "anna-kovalenko")));

        await page.GotoAsync("/editor/history");
        await BrowserSession.ScreenshotAsync(page, "history-after-merge");
        await page.Locator("a", new() { HasText = "Merged Anna Kovalenko into Oleg Kravchenko" }).Last.ClickAsync();
        var heading = await page.Locator("h1").InnerTextAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Restore the version before it…" }).ClickAsync();
        Assert.Contains($"{mentions} mentions", await page.Locator(".moves").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "restore-merge-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore this version" }).ClickAsync();
        await page.WaitForPageAsync("**/editor/history/person/*");

        await page.GotoAsync("/people/anna-kovalenko");
        Assert.Equal("Anna Kovalenko", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(mentions, session.App.InScope(db => db.Mentions.Count(m => m.Person!.Slug == "anna-kovalenko")));
        Assert.DoesNotContain("Anna Kovalenko", session.App.InScope(db => db.People.Where(p => p.Slug == "oleg-kravchenko").SelectMany(p => p.Aliases).Select(a => a.Text).ToList()));
        Assert.Contains("merged into Oleg Kravchenko", heading, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_date_correction_is_restored_from_the_articles_history()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await SignInAsync(session);
        await page.GotoAsync($"/articles/{Seed003}");
        var shown = await page.Locator(".meta time").First.InnerTextAsync();

        await page.GotoAsync($"/editor/articles/{Seed003}/edit");
        await page.GetByLabel("Publication date (EDTF: 2019, 2019-11, 2019-11-21, 2015-06?)").FillAsync("1999-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForPageAsync($"**/articles/{Seed003}");
        Assert.Contains("1999", await page.Locator(".meta time").First.InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync($"/editor/articles/{Seed003}/edit");
        await page.GetByRole(AriaRole.Link, new() { Name = "its history" }).ClickAsync();
        Assert.Equal("+ published: 1999-01-01", (await page.Locator(".diff ins").InnerTextAsync()).Trim());
        await page.GetByRole(AriaRole.Link, new() { Name = "Restore the version before it…" }).ClickAsync();
        Assert.Contains("1999-01-01", await page.Locator(".restore-changes").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "restore-date-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore this version" }).ClickAsync();
        await page.WaitForPageAsync("**/editor/history/article/*");
        await BrowserSession.ScreenshotAsync(page, "history-article");
        await page.Locator("h1 a").ClickAsync();

        await page.WaitForPageAsync($"**/articles/{Seed003}");
        Assert.Equal(shown, await page.Locator(".meta time").First.InnerTextAsync());
    }
}
