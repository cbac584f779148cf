using System.Text.RegularExpressions;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Events;

public class TimelineBrowserTests
{
    [Fact]
    public async Task A_keyboard_reader_goes_from_a_timeline_mark_to_the_event_and_on_to_the_reporting_paragraph()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync();

        await page.GotoAsync("/timeline");
        await BrowserSession.ScreenshotAsync(page, "timeline");
        var marks = await page.Locator("svg a.mark").CountAsync();
        Assert.True(marks > 10, $"only {marks} marks on the timeline");

        var tabs = 0;
        while (!await page.EvaluateAsync<bool>("() => document.activeElement?.matches('a.mark') ?? false"))
        {
            Assert.True(++tabs < 80, "Tab never reached a timeline mark");
            await page.Keyboard.PressAsync("Tab");
        }
        var label = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')");
        var href = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.Equal(await page.Locator("svg a.mark").First.GetAttributeAsync("href"), href);
        await BrowserSession.ScreenshotAsync(page, "timeline-mark-focused");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForPageAsync("**" + href);
        await BrowserSession.ScreenshotAsync(page, "event");
        var title = await page.Locator("h1").InnerTextAsync();
        Assert.StartsWith(title + ", ", label, StringComparison.Ordinal);
        var source = page.Locator("figure.source").First;
        var quote = (await source.Locator("blockquote").InnerTextAsync()).Trim();

        await source.Locator("figcaption a").ClickAsync();
        await page.WaitForPageAsync(new Regex(@"/articles/[a-z0-9-]+#p\d+$"));
        await BrowserSession.ScreenshotAsync(page, "event-source-paragraph");
        var fragment = new Uri(page.Url).Fragment[1..];
        var paragraph = await page.Locator("#" + fragment).InnerTextAsync();
        Assert.Contains(Collapse(quote), Collapse(paragraph), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("id => document.getElementById(id).matches(':target')", fragment), $"#{fragment} is not the target");
    }

    [Fact]
    public async Task The_timeline_filtered_by_a_person_keeps_only_their_marks_in_the_browser()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync();

        await page.GotoAsync("/timeline");
        var all = await page.Locator("svg a.mark").CountAsync();
        await page.Locator("select#person").SelectOptionAsync("david-hale");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await page.WaitForPageAsync(new Regex(@"/timeline\?person=david-hale(&|$)"));
        await BrowserSession.ScreenshotAsync(page, "timeline-david-hale");

        var hale = await page.Locator("svg a.mark").CountAsync();
        Assert.InRange(hale, 1, all - 1);
        Assert.Equal(hale, await page.Locator("section[aria-labelledby=as-text] ol.events > li").CountAsync());
        var api = await session.App.CreateClient().GetStringAsync("/api/events?person=david-hale", TestContext.Current.CancellationToken);
        Assert.Equal(hale, System.Text.Json.JsonDocument.Parse(api).RootElement.GetProperty("total").GetInt32());
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
