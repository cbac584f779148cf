using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Editor.Account;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Browser;

/// <summary>An editor repairs events in Chromium: a wrong participant corrected and the edit undone; two events merged and the merge undone.</summary>
public class EventCurationJourneyTests
{
    internal static async Task<(BrowserSession Session, IPage Page)> StartAsync(TestFolder folder, bool javaScript = true)
    {
        File.Copy(Path.Combine(Repo.Seeds, "people.json"), Path.Combine(folder.Seeds, "people.json"));
        folder.Write("potash.txt", Editor.UndoTests.Potash);
        folder.Write("potash-second.txt", Editor.EventEditing.SecondReport);
        folder.Write("potash-third.txt", Editor.EventEditing.ThirdReport);
        var session = await BrowserSession.StartAsync(folder);
        Assert.Equal(0, await CreateUserCommand.RunAsync(session.App.Services, ["--email", "ed@example.org", "--role", "Editor", "--name", "Hanna Editor"],
            new StringReader(EditorClient.Password), TextWriter.Null));
        var page = await session.PageAsync(javaScript: javaScript);
        await BrowserSession.SignInAsync(page, "ed@example.org", EditorClient.Password);
        return (session, page);
    }

    private static async Task<List<string>> ParticipantsAsync(IPage page) =>
        [.. (await page.Locator("section[aria-labelledby=who] li").AllInnerTextsAsync()).Select(t => t.Trim()).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_wrong_participant_is_corrected_and_the_edit_undone(bool javaScript)
    {
        using var folder = new TestFolder(withSeeds: false);
        var (session, page) = await StartAsync(folder, javaScript);
        await using var _ = session;
        var (meeting, _) = Editor.EventEditing.EventSlugs(session.App);

        await page.GotoAsync($"/events/{meeting}");
        Assert.Equal(["Anna Kovalenko", "Oleg Kravchenko"], await ParticipantsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Curate" }).ClickAsync();
        await page.GetByLabel("Remove Anna Kovalenko").CheckAsync();
        await page.GetByLabel("Add a participant").FillAsync("Vladimir Makei");
        await BrowserSession.ScreenshotAsync(page, "event-participants");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.WaitForPageAsync($"**/events/{meeting}");
        Assert.Equal(["Oleg Kravchenko", "Vladimir Makei"], await ParticipantsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Curate" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "History of this event" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Restore the version before it…" }).ClickAsync();
        Assert.Contains("Anna Kovalenko", await page.Locator(".restore-changes").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore this version" }).ClickAsync();
        await page.WaitForPageAsync("**/editor/history/event/*");
        await page.Locator("h1 a").ClickAsync();

        await page.WaitForPageAsync($"**/events/{meeting}");
        Assert.Equal(["Anna Kovalenko", "Oleg Kravchenko"], await ParticipantsAsync(page));
    }

    [Fact]
    public async Task Two_events_are_merged_and_the_merge_undone_with_passages_and_participants_back()
    {
        using var folder = new TestFolder(withSeeds: false);
        var (session, page) = await StartAsync(folder);
        await using var _ = session;
        var (meeting, others) = Editor.EventEditing.EventSlugs(session.App);
        var (kept, gone) = (Editor.EventEditing.Read(session.App, meeting)!, Editor.EventEditing.Read(session.App, others[0])!);
        await page.GotoAsync($"/events/{meeting}");
        var passages = await page.Locator("figure.source").CountAsync();
        await page.GotoAsync($"/events/{others[0]}");
        var theirs = await page.Locator("figure.source").CountAsync();

        await page.GotoAsync($"/editor/events/{meeting}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Merge another event into this one…" }).ClickAsync();
        await BrowserSession.ScreenshotAsync(page, "event-merge-choose");
        await page.GetByLabel("The duplicate (events nearest in date first)").SelectOptionAsync(others[0]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show what the merge moves…" }).First.ClickAsync();
        Assert.StartsWith($"{theirs} source passage", await page.Locator(".merge-moves li").First.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "event-merge-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Merge “{gone.Title}” into this event" }).ClickAsync();
        await page.WaitForPageAsync($"**/events/{meeting}");
        Assert.Equal(passages + theirs, await page.Locator("figure.source").CountAsync());
        Assert.Equal(404, (await page.GotoAsync($"/events/{others[0]}"))!.Status);

        await page.GotoAsync("/editor/history");
        await page.Locator("a", new() { HasText = $"Merged “{gone.Title}” into “{kept.Title}”" }).Last.ClickAsync();
        Assert.Contains($"merged into {kept.Title}", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Restore the version before it…" }).ClickAsync();
        Assert.Contains("Undoes the merge", await page.Locator(".moves").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "event-merge-undo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore this version" }).ClickAsync();
        await page.WaitForPageAsync("**/editor/history/event/*");

        Assert.Equal(200, (await page.GotoAsync($"/events/{others[0]}"))!.Status);
        Assert.Equal(theirs, await page.Locator("figure.source").CountAsync());
        await page.GotoAsync($"/events/{meeting}");
        Assert.Equal(passages, await page.Locator("figure.source").CountAsync());
        Assert.Equal(kept.People, Editor.EventEditing.Read(session.App, meeting)!.People);
        Assert.Equal(gone.People, Editor.EventEditing.Read(session.App, others[0])!.People);
    }
}
