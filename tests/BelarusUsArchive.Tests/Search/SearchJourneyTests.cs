using BelarusUsArchive.Tests.Support;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Search;

public class SearchJourneyTests
{
    [Fact]
    public async Task A_reader_searches_from_the_header_follows_a_snippet_and_lands_on_its_paragraph()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync();

        await page.GotoAsync("/articles");
        await page.GetByRole(AriaRole.Search).GetByLabel("Search the archive").FillAsync("\"political prisoners\"");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForPageAsync("**/search?q=*");
        await BrowserSession.ScreenshotAsync(page, "search");
        Assert.StartsWith("2 articles", await page.Locator(".results-head").InnerTextAsync(), StringComparison.Ordinal);
        var result = page.Locator("p.snippet").First;
        Assert.Equal("political prisoners", (await result.Locator("mark").First.InnerTextAsync()).ToLowerInvariant());
        var snippet = result.Locator("a");
        var href = await snippet.GetAttributeAsync("href") ?? "";

        await snippet.ClickAsync();
        await page.WaitForPageAsync("**/articles/*#p*");

        var anchor = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];
        Assert.EndsWith("#" + anchor, page.Url, StringComparison.Ordinal);
        Assert.Contains("political prisoners", await page.Locator("#" + anchor).InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.True(await page.Locator("#" + anchor).IsVisibleAsync());
        await BrowserSession.ScreenshotAsync(page, "search-landing");
    }

    [Fact]
    public async Task The_search_page_fits_a_phone_screen_and_works_without_javascript()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync(width: 375, height: 740, javaScript: false);

        await page.GotoAsync("/search?q=sanction*");
        await page.GetByRole(AriaRole.Link, new() { Name = "2019", Exact = false }).First.ClickAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        await BrowserSession.ScreenshotAsync(page, "search-phone");

        Assert.Contains("year=2019", page.Url, StringComparison.Ordinal);
        Assert.Contains("q=sanction", page.Url, StringComparison.Ordinal);
        Assert.False(overflow, "the search page scrolls sideways on a phone");
    }
}
