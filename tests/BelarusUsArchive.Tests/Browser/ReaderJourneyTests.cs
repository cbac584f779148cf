using BelarusUsArchive.Tests.Support;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Browser;

public class ReaderJourneyTests
{
    [Fact]
    public async Task A_reader_filters_by_year_opens_an_article_and_lands_on_a_paragraph()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync();

        await page.GotoAsync("/articles");
        await BrowserSession.ScreenshotAsync(page, "articles");
        await page.GetByRole(AriaRole.Link, new() { Name = "2016 1", Exact = false }).First.ClickAsync();
        await page.WaitForPageAsync("**/articles?year=2016");
        Assert.Equal("1 article", await page.Locator(".results-head").InnerTextAsync());
        await page.Locator("ol.articles h3 a").First.ClickAsync();
        await page.WaitForPageAsync("**/articles/no-strategic-relations-*");
        await BrowserSession.ScreenshotAsync(page, "article");

        Assert.Equal("No strategic relations between Belarus and United States in near future", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("7 April 2016", await page.Locator(".meta time").InnerTextAsync());
        var url = page.Url + "#p3";
        await page.GotoAsync(url);
        Assert.StartsWith("During his visit to Minsk", await page.Locator("#p3").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator("ul > li[id^=p]").CountAsync());
    }

    [Fact]
    public async Task Pages_fit_a_phone_screen_and_work_without_javascript()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync(width: 375, height: 740, javaScript: false);

        foreach (var (url, name) in new[] { ("/", "home-phone"), ("/articles", "articles-phone"), ("/articles?author=andrei-fyodorov", "filtered-phone") })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
            await BrowserSession.ScreenshotAsync(page, name);
            Assert.False(overflow, $"{url} scrolls sideways on a phone");
        }
        await page.Locator("ol.articles h3 a").First.ClickAsync();
        var overflowArticle = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        await BrowserSession.ScreenshotAsync(page, "article-phone");
        Assert.False(overflowArticle, "the article page scrolls sideways on a phone");
        Assert.Equal("Belarusian-American Relations: A viscious circle", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_first_and_it_moves_focus_to_the_content()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }
}
