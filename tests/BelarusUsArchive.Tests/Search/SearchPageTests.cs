using BelarusUsArchive.Tests.Support;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Search;

/// <summary>The search page as a researcher on a phone meets it: box across the page, the named person first, results before facets.</summary>
public class SearchPageTests
{
    [Fact]
    public async Task On_a_360_px_phone_a_name_query_shows_the_person_then_results_before_the_facets_with_the_widened_names_folded_away()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var person = session.App.InScope(db => db.People.Where(p => p.Aliases.Count > 2)
            .OrderByDescending(p => p.Mentions.Count).Select(p => new { p.Slug, p.Name }).First());
        var page = await session.PageAsync(width: 360, height: 740, javaScript: false);

        await page.GotoAsync("/search?q=" + Uri.EscapeDataString(person.Name));
        await BrowserSession.ScreenshotAsync(page, "search-person-phone");

        var card = page.Locator(".person-card");
        Assert.Equal(person.Name, await card.Locator("h2").InnerTextAsync());
        Assert.Equal($"/people/{person.Slug}", await card.Locator("h2 a").GetAttributeAsync("href"));
        var cardBox = (await card.BoundingBoxAsync())!;
        var firstResult = (await page.Locator("ol.results > li").First.BoundingBoxAsync())!;
        var facets = (await page.Locator("aside.facets").BoundingBoxAsync())!;
        Assert.True(cardBox.Y < firstResult.Y, "the person card comes before the results");
        Assert.True(firstResult.Y < facets.Y, $"the first result (y={firstResult.Y}) comes before the facets (y={facets.Y}) on a phone");
        var box = (await page.Locator("#search-q").BoundingBoxAsync())!;
        var main = (await page.Locator("main").BoundingBoxAsync())!;
        Assert.True(box.Width > main.Width * 0.6, $"the search box is {box.Width}px of {main.Width}px");
        Assert.StartsWith("Names in the query", await page.Locator(".expanded-query summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await page.Locator(".expanded-query code").IsVisibleAsync(), "the widened query is folded away until asked for");
        Assert.Equal(1, await page.Locator(".results-head").CountAsync());
        Assert.DoesNotContain(" OR ", await page.Locator(".results-head").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"));

        await page.SetViewportSizeAsync(1200, 800);
        var wideFacets = (await page.Locator("aside.facets").BoundingBoxAsync())!;
        var wideResult = (await page.Locator("ol.results > li").First.BoundingBoxAsync())!;
        Assert.True(wideFacets.X < wideResult.X, "on a wide screen the facets sit to the left of the results");
    }
}

/// <summary>A person's full name in one spelling finds the articles that write it in another.</summary>
public class FullNameSearchTests
{
    [Fact]
    public async Task A_full_name_finds_every_article_naming_that_person_in_any_spelling_of_the_full_name()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var people = app.InScope(db => db.People
            .Where(p => p.Aliases.Count(a => a.Text.Contains(" ")) > 1 && p.Mentions.Select(m => m.ArticleId).Distinct().Count() > 1)
            .Select(p => new { p.Slug, Names = p.Aliases.Where(a => a.Text.Contains(" ")).Select(a => a.Text).ToList() }).ToList());
        Assert.NotEmpty(people);

        foreach (var person in people)
        {
            var mentioning = await Slugs(client, $"/api/articles?person={person.Slug}&pageSize=100");
            foreach (var name in person.Names)
            {
                var found = await Slugs(client, "/api/search?q=" + Uri.EscapeDataString(name));
                Assert.True(mentioning.IsSubsetOf(found), $"“{name}” misses {string.Join(", ", mentioning.Except(found))}");
            }
        }
    }

    private static async Task<HashSet<string>> Slugs(HttpClient client, string url)
    {
        var root = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(url, TestContext.Current.CancellationToken)).RootElement;
        return [.. root.GetProperty("items").EnumerateArray().Select(i => (i.TryGetProperty("article", out var a) ? a : i).GetProperty("slug").GetString()!)];
    }
}
