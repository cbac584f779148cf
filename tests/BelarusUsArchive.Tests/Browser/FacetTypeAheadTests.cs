using BelarusUsArchive.Tests.Support;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Browser;

/// <summary>A long facet's "Show all" offers a box that keeps only the values containing what is typed; without script the full list stays.</summary>
public class FacetTypeAheadTests
{
    [Fact]
    public async Task A_reader_types_part_of_a_name_into_the_person_facet_and_follows_the_one_value_left()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync();
        await page.GotoAsync("/articles");
        var facet = page.Locator("section.facet").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Person", Exact = true }) });
        var all = await facet.Locator("li").CountAsync();

        await facet.Locator("summary").ClickAsync();
        await page.GetByLabel("Find a person").FillAsync("shraib");

        var shown = facet.Locator("li:visible");
        Assert.True(all > 15);
        Assert.Equal(1, await shown.CountAsync());
        Assert.Equal($"1 of {all} match", await facet.GetByRole(AriaRole.Status).InnerTextAsync());
        await BrowserSession.ScreenshotAsync(page, "facet-type-ahead");
        await shown.GetByRole(AriaRole.Link).PressAsync("Enter");
        await page.WaitForPageAsync("**/articles?person=*");
        Assert.Contains("person=artyom-shraibman", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accents_and_case_are_ignored_and_clearing_the_box_brings_the_list_back()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync();
        await page.GotoAsync("/search?q=Belarus");
        var facet = page.Locator("section.facet").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Person", Exact = true }) });
        await facet.Locator("summary").ClickAsync();
        var allShown = await facet.Locator("li:visible").CountAsync();
        var box = page.GetByLabel("Find a person");

        await box.FillAsync("LUKASHÉNKA");
        var matches = await facet.Locator("li:visible").AllInnerTextsAsync();
        await box.FillAsync("");

        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.Contains("lukashenka", m.ToLowerInvariant(), StringComparison.Ordinal));
        Assert.Equal(allShown, await facet.Locator("li:visible").CountAsync());
        Assert.Equal("", await facet.GetByRole(AriaRole.Status).InnerTextAsync());
    }

    [Fact]
    public async Task Without_javascript_there_is_no_box_and_every_value_is_under_show_all()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync(javaScript: false);
        await page.GotoAsync("/articles");

        var facet = page.Locator("section.facet").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Person", Exact = true }) });

        Assert.Equal(0, await page.GetByLabel("Find a person").CountAsync());
        await facet.Locator("summary").ClickAsync();
        Assert.Equal(await facet.Locator("li").CountAsync(), await facet.Locator("li:visible").CountAsync());
        Assert.True(await facet.GetByRole(AriaRole.Link, new() { Name = "Artyom Shraibman", Exact = false }).IsVisibleAsync());
    }
}
