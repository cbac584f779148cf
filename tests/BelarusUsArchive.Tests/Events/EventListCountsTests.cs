using System.Text.RegularExpressions;
using BelarusUsArchive.Tests.Support;
using static BelarusUsArchive.Tests.Events.EventsHttp;

namespace BelarusUsArchive.Tests.Events;

/// <summary>
/// Lists of events show how many passages report each one without loading them: the number a reader sees on /events,
/// the timeline and an article's page is the number of passages the event's own page (here, the API) quotes.
/// </summary>
public sealed partial class EventListCountsTests(EventSeedsFixture seeds) : StoreTest, IClassFixture<EventSeedsFixture>
{
    [GeneratedRegex(@"(\d+) sources?\b")]
    private static partial Regex SourceCount();

    [Theory]
    [InlineData("/events")]
    [InlineData("/timeline")]
    [InlineData("/articles/belarus-and-the-united-states-stepping-stones-to-nowhere")]
    public async Task Each_listed_event_shows_as_many_sources_as_passages_report_it(string url)
    {
        var passages = seeds.Events.ToDictionary(e => "/events/" + e.Str("slug"), e => e.Sources().Count);
        var html = await Html(seeds.Client, url);
        var items = html.QuerySelectorAll("ol.events > li").ToList();

        Assert.NotEmpty(items);
        // The seeds report some events in several passages, so a list printing "1 source" everywhere fails.
        Assert.Contains(passages.Values, n => n > 1);
        Assert.All(items, li =>
        {
            var href = li.QuerySelector("h3 a")!.GetAttribute("href")!;
            var shown = SourceCount().Match(li.QuerySelector("p.meta")!.TextContent);
            Assert.True(shown.Success, $"{href} shows no count of sources");
            Assert.Equal(passages[href], int.Parse(shown.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        });
    }
}
