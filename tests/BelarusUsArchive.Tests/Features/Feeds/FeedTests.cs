using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Features.Feeds;

public class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Reads a feed with System.ServiceModel.Syndication and checks what RFC 4287 requires of it that a reader relies on.</summary>
    private static async Task<SyndicationFeed> Feed(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        var xml = XDocument.Load(new MemoryStream(bytes));
        Assert.Equal(Atom + "feed", xml.Root!.Name);
        foreach (var element in new[] { xml.Root }.Concat(xml.Root.Elements(Atom + "entry")))
        {
            Assert.Single(element.Elements(Atom + "id"));
            Assert.Single(element.Elements(Atom + "title"));
            Assert.Single(element.Elements(Atom + "updated"));
            Assert.True(Uri.IsWellFormedUriString(element.Element(Atom + "id")!.Value, UriKind.Absolute));
        }
        Assert.NotEmpty(xml.Root.Elements(Atom + "author"));
        Assert.Single(xml.Root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");

        using var reader = XmlReader.Create(new MemoryStream(bytes));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static async Task<List<string>> ApiTitles(HttpClient client, string query) =>
        [.. JsonDocument.Parse(await client.GetStringAsync("/api/articles?pageSize=100" + query, Ct)).RootElement
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)];

    [Fact]
    public async Task The_site_feed_has_an_entry_per_article_newest_first_with_id_link_author_and_summary()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var feed = await Feed(client, "/feed.atom");

        var items = feed.Items.ToList();
        Assert.Equal(await ApiTitles(client, ""), items.Select(i => i.Title.Text));
        Assert.All(items, i => Assert.Matches(@"^http://localhost/articles/[a-z0-9-]+$", i.Id));
        Assert.All(items, i => Assert.Equal(i.Id, i.Links.Single(l => l.RelationshipType is null or "alternate").Uri.ToString()));
        Assert.All(items, i => Assert.NotEqual(default, i.LastUpdatedTime));
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.Summary?.Text)));
        Assert.Equal(items.Max(i => i.LastUpdatedTime), feed.LastUpdatedTime);
        var dated = items.Single(i => i.Title.Text == "No strategic relations between Belarus and United States in near future");
        Assert.Equal(new DateTimeOffset(2016, 4, 7, 0, 0, 0, TimeSpan.Zero), dated.PublishDate);
        var inferred = items.Single(i => i.Title.Text == "Belarusian-American Relations: A viscious circle");
        Assert.Equal(default, inferred.PublishDate);
        Assert.Equal("Andrei Fyodorov", inferred.Authors.Single().Name);
    }

    [Fact]
    public async Task Year_person_and_search_feeds_hold_only_the_articles_they_select()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var year = await Feed(client, "/articles/feed.atom?year=2019");
        var person = await Feed(client, "/people/oleg-kravchenko/feed.atom");
        var search = await Feed(client, "/search/feed.atom?q=Carpenter");
        var nothing = await Feed(client, "/search/feed.atom?q=");

        Assert.Equal(await ApiTitles(client, "&year=2019"), year.Items.Select(i => i.Title.Text));
        Assert.Equal(2, year.Items.Count()); // 000 and 003: 002 reviews 2019 and is dated after it (issue 16)
        Assert.Equal(await ApiTitles(client, "&person=oleg-kravchenko"), person.Items.Select(i => i.Title.Text));
        Assert.Contains("Oleg Kravchenko", person.Title.Text, StringComparison.Ordinal);
        Assert.Contains("No strategic relations between Belarus and United States in near future", search.Items.Select(i => i.Title.Text));
        Assert.Empty(nothing.Items);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/people/nobody-at-all/feed.atom", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/articles/feed.atom?year=12", Ct)).StatusCode);
    }

    [Fact]
    public async Task Every_page_points_feed_readers_to_the_site_feed()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/", Ct));

        var link = page.QuerySelector("head link[rel=alternate][type='application/atom+xml']");
        Assert.Equal("/feed.atom", link?.GetAttribute("href"));
        Assert.Empty((await Feed(client, "/feed.atom")).Items);
    }
}
