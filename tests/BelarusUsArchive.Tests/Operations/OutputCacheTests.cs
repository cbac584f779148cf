using System.Net;
using BelarusUsArchive.Tests.Support;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Operations;

/// <summary>A response served from the output cache carries an Age header; one made afresh does not.</summary>
public class OutputCacheTests
{
    private const string Article = """
        Minsk and Washington agree on embassy staff

        By Jane Doe

        On 12 March 2021 the two governments agreed to restore the staff of their embassies.
        Officials said the agreement would take effect within a month.
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<(bool Cached, string Body)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Cancel);
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        return (response.Headers.Age is not null, await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task A_cached_page_does_not_answer_for_its_slug_in_another_case()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var upper = Seed003.ToUpperInvariant();

        // Article pages themselves are left to kept pages (Features/KeptPagesTests); a listing filtered by the slug's
        // case would not show the difference, so the article's API answer stands for the cache's key.
        foreach (var path in new[] { $"/api/articles/{Seed003}" })
        {
            var first = await GetAsync(reader, path);
            var second = await GetAsync(reader, path);
            var other = await reader.GetAsync(path.Replace(Seed003, upper, StringComparison.Ordinal), Cancel);

            Assert.True(second.Cached, $"{path} was not served from the cache");
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }
    }

    [Fact]
    public async Task A_page_and_an_api_answer_are_served_from_the_cache_until_an_import_changes_the_store()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();

        foreach (var url in new[] { "/articles", "/api/articles?pageSize=50" })
        {
            var first = await GetAsync(reader, url);
            var second = await GetAsync(reader, url);
            Assert.False(first.Cached, url);
            Assert.True(second.Cached, $"{url} was not served from the cache");
            Assert.Equal(first.Body, second.Body);
            Assert.DoesNotContain("embassy staff", second.Body, StringComparison.Ordinal);
        }

        var file = folder.Write("embassy.txt", Article);
        Assert.Equal(1, (await app.ImportAsync(file)).New);

        foreach (var url in new[] { "/articles", "/api/articles?pageSize=50" })
        {
            var after = await GetAsync(reader, url);
            Assert.False(after.Cached, $"{url} was served stale after the import");
            Assert.Contains("embassy staff", after.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_editor_save_evicts_the_cached_api_answer_at_once_and_the_article_page_is_never_served_from_this_cache()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var page = $"/articles/{Seed003}";
        var api = $"/api/articles/{Seed003}";
        await GetAsync(reader, page);
        await GetAsync(reader, api);
        // An article page is answered by its kept page (rendered ahead, exact across processes) or rendered, never
        // from this cache, which would keep another process's change out for its lifetime.
        Assert.False((await GetAsync(reader, page)).Cached);
        Assert.True((await GetAsync(reader, api)).Cached);

        var editor = await SignInAsync(app, "cache@example.org");
        await GetAsync(reader, api);
        Assert.True((await GetAsync(reader, api)).Cached);
        var url = $"/editor/articles/{Seed003}/edit";
        var form = await HtmlAsync(editor, url);
        var fields = form.QuerySelectorAll("form[method=post] input[name^='Input.']").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["Input.Title"] = "A title corrected while the page was cached";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, url, form, fields)).StatusCode);

        var pageAfter = await GetAsync(reader, page);
        var apiAfter = await GetAsync(reader, api);
        Assert.False(apiAfter.Cached);
        Assert.Contains("A title corrected while the page was cached", pageAfter.Body, StringComparison.Ordinal);
        Assert.Contains("A title corrected while the page was cached", apiAfter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_editors_errors_the_editor_and_health_are_never_cached_and_the_query_string_is_part_of_the_key()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var editor = await SignInAsync(app, "never-cached@example.org");

        foreach (var url in new[] { "/articles?year=2019", "/editor", $"/editor/articles/{Seed003}/edit" })
        {
            await GetAsync(editor, url);
            Assert.False((await GetAsync(editor, url)).Cached, $"{url} was cached for a signed-in editor");
        }
        // The editor's own response of /articles?year=2019 was not stored for readers either.
        Assert.False((await GetAsync(reader, "/articles?year=2019")).Cached);
        foreach (var url in new[] { "/no-such-page", "/api/articles/no-such-article", "/editor/login", "/health", "/health/ready" })
        {
            await GetAsync(reader, url);
            Assert.False((await GetAsync(reader, url)).Cached, $"{url} was cached");
        }

        var year2019 = await GetAsync(reader, "/articles?year=2019");
        var year2016 = await GetAsync(reader, "/articles?year=2016");
        var reordered = await GetAsync(reader, "/articles?year=2019&sort=oldest");
        Assert.True(year2019.Cached);
        Assert.False(year2016.Cached);
        Assert.False(reordered.Cached);
        Assert.NotEqual(year2019.Body, year2016.Body);
    }

    [Fact]
    public async Task A_cached_answer_lives_only_as_long_as_the_setting_says_so_other_nodes_edits_show_within_it()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder) { Settings = { ["Archive:CacheSeconds"] = "1" } };
        var reader = await app.StartAsync();
        await GetAsync(reader, "/articles");
        Assert.True((await GetAsync(reader, "/articles")).Cached);

        await Task.Delay(TimeSpan.FromSeconds(1.5), Cancel);

        Assert.False((await GetAsync(reader, "/articles")).Cached);
    }

    [Fact]
    public async Task A_cached_api_answer_keeps_its_etag_and_answers_if_none_match_with_304()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var first = await reader.GetAsync($"/api/articles/{Seed003}", Cancel);
        var cached = await reader.GetAsync($"/api/articles/{Seed003}", Cancel);
        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(first.Headers.ETag, cached.Headers.ETag);

        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{Seed003}");
        conditional.Headers.IfNoneMatch.Add(cached.Headers.ETag!);
        conditional.Headers.Add("Origin", "https://elsewhere.example");
        var notModified = await reader.SendAsync(conditional, Cancel);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal("*", notModified.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
