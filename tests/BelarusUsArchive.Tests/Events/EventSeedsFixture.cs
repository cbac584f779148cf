using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Events;

/// <summary>
/// The app with the real seeds imported, shared by read-only event tests: every event of /api/events and
/// every article's JSON, keyed by the seed file it came from ("003" → the RFE/RL article).
/// </summary>
public sealed class EventSeedsFixture : IAsyncLifetime
{
    private TestFolder _folder = null!;

    public ArchiveApp App { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public IReadOnlyList<JsonElement> Events { get; private set; } = [];
    public IReadOnlyDictionary<string, JsonElement> ArticlesBySlug { get; private set; } = new Dictionary<string, JsonElement>();
    public IReadOnlyDictionary<string, string> SlugBySeed { get; private set; } = new Dictionary<string, string>();

    public async ValueTask InitializeAsync()
    {
        if (!TestStore.Available)
        {
            return;
        }
        _folder = new TestFolder();
        App = new ArchiveApp(_folder);
        Client = await App.StartAsync();
        Events = await EventsHttp.AllEventsAsync(Client, "/api/events");
        var articles = new Dictionary<string, JsonElement>();
        var seeds = new Dictionary<string, string>();
        foreach (var item in (await EventsHttp.Json(Client, "/api/articles?pageSize=100")).GetProperty("items").EnumerateArray())
        {
            var slug = item.GetProperty("slug").GetString()!;
            var article = await EventsHttp.Json(Client, "/api/articles/" + slug);
            articles[slug] = article;
            seeds[article.GetProperty("sourceFile").GetString()![..3]] = slug;
        }
        ArticlesBySlug = articles;
        SlugBySeed = seeds;
    }

    /// <summary>The slug of a seed article by its file number ("000" … "004").</summary>
    public string Seed(string number) => SlugBySeed[number];

    public async ValueTask DisposeAsync()
    {
        if (_folder is null)
        {
            return;
        }
        await App.DisposeAsync();
        _folder.Dispose();
    }
}

/// <summary>Reading the events API and pages the way a client does.</summary>
public static class EventsHttp
{
    public static async Task<JsonElement> Json(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
    }

    public static async Task<IHtmlDocument> Html(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Every item of a paged events listing, following the pages.</summary>
    public static async Task<List<JsonElement>> AllEventsAsync(HttpClient client, string url)
    {
        var items = new List<JsonElement>();
        var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        for (var page = 1; page < 100; page++)
        {
            var list = await Json(client, $"{url}{separator}page={page}");
            var pageItems = list.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(pageItems);
            if (pageItems.Count == 0 || items.Count >= list.GetProperty("total").GetInt32())
            {
                break;
            }
        }
        return items;
    }

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static string Edtf(this JsonElement e) => e.GetProperty("date").GetProperty("edtf").GetString()!;

    public static DateOnly Start(this JsonElement e) => DateOnly.Parse(e.GetProperty("date").GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly End(this JsonElement e) => DateOnly.Parse(e.GetProperty("date").GetProperty("end").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    public static List<string> Participants(this JsonElement e) => [.. e.GetProperty("participants").EnumerateArray().Select(p => p.Str("slug"))];

    public static List<JsonElement> Sources(this JsonElement e) => [.. e.GetProperty("sources").EnumerateArray()];

    public static bool QuotedFrom(this JsonElement e, string articleSlug) => e.Sources().Any(s => s.Str("article") == articleSlug);
}
