using BelarusUsArchive.Tests.Support;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Quality;

/// <summary>
/// The first screen of the home, article, person, timeline, listing, network, attention and search pages (and the person's chart), in both colour schemes, kept as
/// test artifacts; with ARCHIVE_README_SCREENSHOTS=1 the light ones (and the dark article) also
/// replace docs/screenshots/, which the README shows.
/// </summary>
public class ScreenshotTests
{
    private static string Docs { get; } = Path.Combine(Repo.Root, "docs", "screenshots");

    private static bool UpdateDocs => Environment.GetEnvironmentVariable("ARCHIVE_README_SCREENSHOTS") == "1";

    [Fact]
    public async Task The_main_page_kinds_are_photographed_in_light_and_dark_without_sideways_scrolling()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var pages = new[]
        {
            ("home", "/"),
            ("article", "/articles/belarus-and-the-united-states-stepping-stones-to-nowhere"),
            ("person", "/people/alyaksandr-lukashenka"),
            ("timeline", "/timeline"),
            ("articles-2019", "/articles?year=2019"),
            ("network", "/people/network?person=oleg-kravchenko"),
            ("attention", "/attention?person=alyaksandr-lukashenka&q=sanction*&measure=share"),
            ("search", "/search?q=sanction*"),
        };

        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = session.BaseUrl,
                ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
                ColorScheme = scheme,
            });
            var page = await context.NewPageAsync();
            foreach (var (name, url) in pages)
            {
                var response = await page.GotoAsync(url);
                Assert.Equal(200, response?.Status);
                Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"),
                    $"{url} scrolls sideways");
                var file = $"{name}{(scheme == ColorScheme.Dark ? "-dark" : "")}.png";
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "readme-" + file) });
                if (UpdateDocs && (scheme == ColorScheme.Light || name == "article"))
                {
                    Directory.CreateDirectory(Docs);
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Docs, file) });
                }
                // The person's chart sits below the first screen, so it is photographed on its own.
                if (name == "person" && scheme == ColorScheme.Light)
                {
                    var chart = page.Locator("section[aria-labelledby=by-year]");
                    await chart.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "readme-person-chart.png") });
                    if (UpdateDocs)
                    {
                        await chart.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Docs, "person-chart.png") });
                    }
                }
            }
        }
    }

    [Fact]
    public async Task An_article_prints_as_its_text_without_the_site_navigation_search_or_related_reading()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync();
        await page.GotoAsync("/articles/belarus-and-the-united-states-stepping-stones-to-nowhere");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await BrowserSession.ScreenshotAsync(page, "article-print");

        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator("#p1").IsVisibleAsync());
        foreach (var hidden in new[] { "header.site", "footer.site", "form", ".related" })
        {
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} is printed");
        }
    }
}
