using System.Text.Json;
using System.Text.RegularExpressions;
using BelarusUsArchive.Tests.Support;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Browser;

/// <summary>The pictures in Chromium: year bars, a person's chart and the co-mention network lead where they say.</summary>
public class ChartJourneyTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<int> ApiTotal(BrowserSession session, string url) =>
        JsonDocument.Parse(await session.App.CreateClient().GetStringAsync(url, Cancel)).RootElement.GetProperty("total").GetInt32();

    [Fact]
    public async Task A_reader_clicks_a_year_bar_then_a_person_and_opens_one_of_the_articles_left()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync();

        await page.GotoAsync("/");
        var bar2019 = page.Locator(".year-chart svg").GetByRole(AriaRole.Link, new() { Name = "2019: 2 articles", Exact = true });
        await bar2019.ClickAsync();
        await page.WaitForPageAsync("**/articles?year=2019");
        Assert.Equal($"{await ApiTotal(session, "/api/articles?year=2019")} articles", await page.Locator(".results-head").InnerTextAsync());
        Assert.Equal("page", await bar2019.GetAttributeAsync("aria-current"));

        await page.Locator(".facets a", new() { HasText = "Oleg Kravchenko" }).ClickAsync();
        await page.WaitForPageAsync("**/articles?year=2019&person=oleg-kravchenko");
        await BrowserSession.ScreenshotAsync(page, "articles-2019-kravchenko");
        var total = await ApiTotal(session, "/api/articles?year=2019&person=oleg-kravchenko");
        Assert.Equal(total == 1 ? "1 article" : $"{total} articles", await page.Locator(".results-head").InnerTextAsync());
        // Another year's bar keeps the person.
        var other = page.Locator(".year-chart svg a.bar:not([aria-current])").First;
        Assert.Matches(@"^/articles\?year=\d{4}&person=oleg-kravchenko$", await other.GetAttributeAsync("href") ?? "");

        var first = page.Locator("ol.articles h3 a").First;
        var title = await first.InnerTextAsync();
        await first.ClickAsync();
        await page.WaitForPageAsync(new Regex("/articles/[a-z0-9-]+$"));
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Kravchenko", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_persons_bars_open_that_years_articles_and_a_keyboard_reader_reaches_their_event_marks()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync();
        const string person = "/people/alyaksandr-lukashenka";

        await page.GotoAsync(person);
        var chart = page.Locator("section[aria-labelledby=by-year] figure svg");
        await chart.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "person-chart.png") });
        // The accessible name Chromium computes for the 2019 bar: 7 mentions in 000 and 20 in 003 (002, dated 2020, has 4).
        await chart.GetByRole(AriaRole.Link, new() { Name = "2019: 27 mentions", Exact = true }).ClickAsync();
        await page.WaitForPageAsync("**/articles?year=2019&person=alyaksandr-lukashenka");
        Assert.Equal($"{await ApiTotal(session, "/api/articles?year=2019&person=alyaksandr-lukashenka")} articles", await page.Locator(".results-head").InnerTextAsync());

        await page.GotoAsync(person);
        await chart.Locator("a.bar").Last.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('svg a.mark')"), "Tab after the last bar does not reach an event mark");
        var label = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')");
        await BrowserSession.ScreenshotAsync(page, "person-mark-focused");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForPageAsync(new Regex("/events/[a-z0-9-]+$"));
        Assert.StartsWith(await page.Locator("h1").InnerTextAsync() + ", ", label, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator($"main a[href='{person}']").CountAsync());
    }

    [Fact]
    public async Task A_reader_follows_a_persons_mention_to_its_paragraph()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync();

        await page.GotoAsync("/people/vladimir-putin");
        var mention = page.Locator("section[aria-labelledby=mentions] ol.mentions li").First;
        var marked = await mention.Locator("mark").InnerTextAsync();
        await mention.Locator("a").ClickAsync();
        await page.WaitForPageAsync(new Regex(@"/articles/[a-z0-9-]+#p\d+$"));

        var fragment = new Uri(page.Url).Fragment[1..];
        Assert.Contains(marked, await page.Locator("#" + fragment).InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("id => document.getElementById(id).matches(':target')", fragment));
    }

    [Fact]
    public async Task From_the_network_a_reader_opens_a_person_and_comes_back_to_their_neighbourhood()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync();

        await page.GotoAsync("/people");
        await page.GetByRole(AriaRole.Link, new() { Name = "co-mention network", Exact = false }).ClickAsync();
        await page.WaitForPageAsync("**/people/network");
        await BrowserSession.ScreenshotAsync(page, "network");
        await page.Locator("svg a.node[href='/people/oleg-kravchenko']").ClickAsync();
        await page.WaitForPageAsync("**/people/oleg-kravchenko");
        Assert.Equal("Oleg Kravchenko", await page.Locator("h1").InnerTextAsync());

        await page.Locator("section[aria-labelledby=co] a[href='/people/network?person=oleg-kravchenko']").ClickAsync();
        await page.WaitForPageAsync("**/people/network?person=oleg-kravchenko");
        await BrowserSession.ScreenshotAsync(page, "network-kravchenko");
        Assert.Equal("/people/oleg-kravchenko", await page.Locator("svg a.node.focus").GetAttributeAsync("href"));
        Assert.Equal("oleg-kravchenko", await page.Locator("select#person").InputValueAsync());
        await page.Locator("input#min").FillAsync("2");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await page.WaitForPageAsync("**/people/network?person=oleg-kravchenko&min=2");
        Assert.All(await page.Locator("table.pairs tbody td.num").AllInnerTextsAsync(), n => Assert.True(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) >= 2));
    }
}
