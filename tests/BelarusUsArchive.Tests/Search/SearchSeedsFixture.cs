using System.Text.Json;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Search;

/// <summary>The app with the seed articles imported, shared by read-only search tests, plus brute-force helpers.</summary>
public sealed class SearchSeedsFixture : IAsyncLifetime
{
    private TestFolder _folder = null!;

    public ArchiveApp App { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Every article's full JSON (title, subtitle, paragraphs, people…), read through the articles API.</summary>
    public IReadOnlyList<JsonElement> Articles { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        if (!TestStore.Available)
        {
            return;
        }
        _folder = new TestFolder();
        App = new ArchiveApp(_folder);
        Client = await App.StartAsync();
        var list = await SearchHttp.Json(Client, "/api/articles?pageSize=100");
        var articles = new List<JsonElement>();
        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            articles.Add(await SearchHttp.Json(Client, "/api/articles/" + item.GetProperty("slug").GetString()));
        }
        Articles = articles;
    }

    /// <summary>The article's title, subtitle and paragraphs: the texts search looks in.</summary>
    public static IEnumerable<string> Texts(JsonElement article) =>
        new[] { article.GetProperty("title").GetString()!, article.GetProperty("subtitle").GetString() ?? "" }
            .Concat(article.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()!));

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

public static class SearchHttp
{
    public static async Task<JsonElement> Json(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
    }

    public static string Url(string path, string q) => $"{path}?q={Uri.EscapeDataString(q)}";

    public static List<JsonElement> Items(JsonElement results) => [.. results.GetProperty("items").EnumerateArray()];

    public static HashSet<string> Slugs(JsonElement results) =>
        [.. Items(results).Select(i => i.GetProperty("article").GetProperty("slug").GetString()!)];
}
