using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Features;

public class HomePageTests
{
    [Fact]
    public async Task Home_gives_counts_latest_articles_recent_events_and_the_most_mentioned_people()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/", TestContext.Current.CancellationToken));

        Assert.Contains("5 articles", page.QuerySelector("ul.counts")!.TextContent.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(5, page.QuerySelectorAll("section[aria-labelledby=latest] ol.articles > li").Length);
        Assert.Equal(5, page.QuerySelectorAll("section[aria-labelledby=recent-events] ol.events > li").Length);
        var people = page.QuerySelectorAll("section[aria-labelledby=top-people] li a").Select(a => a.TextContent).ToList();
        Assert.Equal("Alyaksandr Lukashenka", people[0]);
        Assert.Contains("Oleg Kravchenko", people);
    }
}
