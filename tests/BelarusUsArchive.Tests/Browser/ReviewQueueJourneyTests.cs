using System.Text.RegularExpressions;
using BelarusUsArchive.Tests.Editor;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Editor.Account;
using BelarusUsArchive.Web.Model;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Browser;

/// <summary>An editor works through the review queue: confirms a candidate, rejects an event, with script and without.</summary>
public class ReviewQueueJourneyTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_review_queue_is_worked_through_confirming_one_and_rejecting_one(bool javaScript)
    {
        using var folder = ReviewQueueTests.Folder();
        await using var session = await BrowserSession.StartAsync(folder);
        Assert.Equal(0, await CreateUserCommand.RunAsync(session.App.Services, ["--email", "queue@example.org", "--role", "Editor", "--name", "Queue Editor"],
            new StringReader(EditorClient.Password), TextWriter.Null));
        var page = await session.PageAsync(javaScript: javaScript);
        await BrowserSession.SignInAsync(page, "queue@example.org", EditorClient.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Review queue" }).ClickAsync();
        await page.WaitForPageAsync("**/editor/review");
        if (javaScript)
        {
            await BrowserSession.ScreenshotAsync(page, "review-queue");
        }
        var people = page.Locator("section[aria-labelledby=people-head] li h3");
        var before = await people.AllInnerTextsAsync();
        var eventTitle = (await page.Locator("section[aria-labelledby=events-head] li h3").First.InnerTextAsync()).Trim();
        var events = await page.Locator("section[aria-labelledby=events-head] li").CountAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Confirm {before[0]}", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/editor/review#people-head$"));
        Assert.Equal(before.Skip(1), await people.AllInnerTextsAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = $"Reject event: {eventTitle}", Exact = true }).First.ClickAsync();
        await page.WaitForPageAsync(new Regex("/editor/review#events-head$"));
        Assert.Equal(events - 1, await page.Locator("section[aria-labelledby=events-head] li").CountAsync());

        Assert.Equal(PersonStatus.Confirmed, session.App.InScope(db => db.People.Single(p => p.Name == before[0]).Status));
        Assert.Equal(1, session.App.InScope(db => db.Events.Count(e => e.Status == EventStatus.Rejected)));
        var reader = await session.PageAsync();
        await reader.GotoAsync("/events");
        Assert.Equal(0, await reader.GetByRole(AriaRole.Link, new() { Name = eventTitle, Exact = true }).CountAsync());
    }
}
