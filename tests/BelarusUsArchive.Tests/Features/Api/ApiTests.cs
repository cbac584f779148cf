using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Features.Api;

public class ApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> Json(HttpClient client, string url) =>
        JsonDocument.Parse(await client.GetStringAsync(url, Ct)).RootElement;

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_with_its_parameters_and_response_schemas()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var contract = await OpenApiContract.LoadAsync(client);
        var document = await Json(client, "/openapi/v1.json");

        Assert.Contains("/api/articles", contract.Paths.Select(p => p.Key));
        Assert.Contains("/api/articles/{slug}", contract.Paths.Select(p => p.Key));
        Assert.Contains("/api/people", contract.Paths.Select(p => p.Key));
        Assert.Contains("/api/people/{slug}", contract.Paths.Select(p => p.Key));
        Assert.All(contract.Paths.Select(p => p.Key), p => Assert.StartsWith("/api/", p, StringComparison.Ordinal));
        var articles = document.GetProperty("paths").GetProperty("/api/articles").GetProperty("get");
        var parameters = articles.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["year", "person", "author", "outlet", "sort", "page", "pageSize", "from", "to"], parameters);
        Assert.Equal("#/components/schemas/ArticleList", articles.GetProperty("responses").GetProperty("200").GetProperty("content")
            .GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(articles.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(articles.GetProperty("responses").TryGetProperty("304", out _));
        var item = document.GetProperty("components").GetProperty("schemas").GetProperty("ArticleItem");
        Assert.Equal(["authors", "outlet", "published", "slug", "subtitle", "title", "url"],
            item.GetProperty("required").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal));
        Assert.False(item.GetProperty("additionalProperties").GetBoolean());
        var total = document.GetProperty("components").GetProperty("schemas").GetProperty("ArticleList").GetProperty("properties").GetProperty("total");
        Assert.Equal("integer", total.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Every_api_response_validates_against_the_openapi_document()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var contract = await OpenApiContract.LoadAsync(client);
        var urls = new List<string>();
        foreach (var template in contract.Paths.Select(p => p.Key))
        {
            if (!template.Contains('{', StringComparison.Ordinal))
            {
                urls.AddRange([template, template + "?page=1&pageSize=2", template + "?page=0", template + "?year=abc", template + "?q=lukashenka"]);
                continue;
            }
            // A details path: a real slug from its listing, and an unknown one.
            var list = template[..template.IndexOf("/{", StringComparison.Ordinal)];
            var listing = await client.GetAsync(list, Ct);
            if (listing.IsSuccessStatusCode && JsonDocument.Parse(await listing.Content.ReadAsStringAsync(Ct)).RootElement
                    .GetProperty("items").EnumerateArray().Take(3).Select(i => i.GetProperty("slug").GetString()).ToList() is var slugs)
            {
                urls.AddRange(slugs.Select(s => $"{list}/{s}"));
            }
            urls.Add($"{list}/no-such-record");
        }

        var problems = new List<string>();
        var statuses = new HashSet<HttpStatusCode>();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url, Ct);
            statuses.Add(response.StatusCode);
            problems.AddRange(await contract.ProblemsAsync(url, response));
            if (response.Headers.ETag is { } etag)
            {
                using var again = new HttpRequestMessage(HttpMethod.Get, url);
                again.Headers.IfNoneMatch.Add(etag);
                problems.AddRange(await contract.ProblemsAsync(url, await client.SendAsync(again, Ct)));
            }
        }

        Assert.Empty(problems);
        // The check itself can fail: a listing item without its url, or with an extra field, does not validate.
        var tampered = JsonNode.Parse(await client.GetStringAsync("/api/articles", Ct))!;
        tampered["items"]![0]!.AsObject().Remove("url");
        tampered["items"]![1]!["extra"] = 1;
        Assert.Equal(2, (await contract.ProblemsAsync("/api/articles", "/api/articles", "200", "application/json", tampered.ToJsonString())).Count);
        Assert.Superset(new HashSet<HttpStatusCode> { HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound }, statuses);
    }

    [Fact]
    public async Task A_current_etag_gets_a_bodiless_304_and_a_change_in_the_archive_a_fresh_200()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var first = await client.GetAsync("/api/articles?year=2019", Ct);
        var etag = first.Headers.ETag!;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/articles?year=2019");
        conditional.Headers.IfNoneMatch.Add(etag);
        var unchanged = await client.SendAsync(conditional, Ct);
        await app.ImportAsync(folder.Write("new.txt", "Washington Names a New Envoy to Minsk\n\n7 May 2019\n\n" +
            "The State Department said on Tuesday that a new envoy would travel to Minsk to prepare the return of an ambassador.\n\n" +
            "Officials in Minsk welcomed the decision and said they hoped for progress on trade and visas before the end of the year.\n"));
        using var later = new HttpRequestMessage(HttpMethod.Get, "/api/articles?year=2019");
        later.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(later, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(etag, unchanged.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Equal(3, JsonDocument.Parse(await changed.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Any_origin_may_read_the_api_but_the_pages_grant_no_cross_origin_access()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/people");
        api.Headers.Add("Origin", "https://notebook.example");
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/articles");
        preflight.Headers.Add("Origin", "https://notebook.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        using var page = new HttpRequestMessage(HttpMethod.Get, "/articles");
        page.Headers.Add("Origin", "https://notebook.example");

        var apiResponse = await client.SendAsync(api, Ct);
        var preflightResponse = await client.SendAsync(preflight, Ct);
        var pageResponse = await client.SendAsync(page, Ct);

        Assert.Equal("*", apiResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", apiResponse.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NoContent, preflightResponse.StatusCode);
        Assert.Contains("GET", preflightResponse.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("POST", preflightResponse.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.False(pageResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/api/people?pageSize=2", 2)]
    [InlineData("/api/articles?pageSize=2", 2)]
    public async Task Page_size_is_honoured_up_to_100_and_refused_beyond(string url, int size)
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var page = await Json(client, url);
        var tooBig = await client.GetAsync(url.Replace("pageSize=2", "pageSize=101", StringComparison.Ordinal), Ct);

        Assert.Equal(size, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(size, page.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal("application/problem+json", tooBig.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(await tooBig.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors").TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task The_api_page_explains_every_documented_endpoint_with_working_examples()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var contract = await OpenApiContract.LoadAsync(client);

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/api", Ct));

        var headings = page.QuerySelectorAll("section.endpoint h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.All(contract.Paths.Select(p => p.Key), path => Assert.Contains("GET " + path, headings));
        Assert.NotNull(page.QuerySelector("a[href='/openapi/v1.json']"));
        var examples = page.QuerySelectorAll("section.endpoint a").Select(a => a.GetAttribute("href")!)
            .Where(href => contract.TemplateFor(href.Split('?')[0]) is not null).ToList();
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(example, Ct)).StatusCode);
        }
    }
}
