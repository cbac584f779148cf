using BelarusUsArchive.Tests.Support;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Browser;

/// <summary>Attention over time walked on a phone, by keyboard: from a person's page to a comparison with a search, as shares.</summary>
public class AttentionJourneyTests
{
    [Fact]
    public async Task A_researcher_compares_a_person_with_a_search_as_shares_on_a_phone()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync(width: 360, height: 740);
        await page.GotoAsync("/people/alyaksandr-lukashenka");

        await page.GetByRole(AriaRole.Link, new() { Name = "Attention over time" }).ClickAsync();
        await page.WaitForPageAsync("**/attention?person=alyaksandr-lukashenka");
        await page.GetByLabel("Search 1").FillAsync("sanction*");
        await page.GetByLabel("share of all the archive's articles").CheckAsync();
        await page.GetByLabel("Search 1").PressAsync("Enter");
        await page.WaitForPageAsync("**/attention?*q=sanction*");

        var headings = await page.Locator(".attention h2").AllInnerTextsAsync();
        Assert.Equal(["Alyaksandr Lukashenka", "“sanction*”"], headings);
        var bars = await page.Locator(".attention svg a.bar title").AllTextContentsAsync();
        Assert.NotEmpty(bars);
        Assert.All(bars, b => Assert.EndsWith("%", b, StringComparison.Ordinal));
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"));
        await BrowserSession.ScreenshotAsync(page, "attention-phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "Show articles instead of shares" }).ClickAsync();
        await page.WaitForPageAsync(url => !url.Contains("measure=share", StringComparison.Ordinal));
        Assert.DoesNotContain(await page.Locator(".attention svg a.bar title").AllTextContentsAsync(), b => b.EndsWith('%'));
    }
}
