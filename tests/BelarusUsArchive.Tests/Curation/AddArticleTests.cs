using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Curation;

public class AddArticleTests
{
    private const string Pasted = """
        Accessibility links

        Washington and Minsk resume talks on embassy staff

        By Mary Major | Example Review

        Posted on 14 October 2024

        US and Belarusian officials met in Vilnius on 12 October 2024 to discuss the staff of both embassies.
        Aleh Krauchenka, a Belarusian diplomat, said the talks were useful.

        Share this article
        """;

    [Fact]
    public async Task An_editor_sees_the_parse_of_pasted_text_before_saving()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var client = await EditorClient.SignInAsync(app);

        var response = await EditorClient.PostFormAsync(client, "/editor/articles/new", new() { ["Input.Text"] = Pasted }, "Parse");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string Field(string name) => page.QuerySelector($"input[name='Input.{name}']")!.GetAttribute("value") ?? "";
        Assert.Equal("Washington and Minsk resume talks on embassy staff", Field("Title"));
        var parse = BelarusUsArchive.Text.Parsing.ArticleExtractor.Extract(Pasted);
        Assert.Equal(string.Join(", ", parse.Authors.Select(a => a.Name)), Field("Authors"));
        Assert.Equal(parse.Outlet ?? "", Field("Outlet"));
        Assert.Equal("2024-10-14", Field("Published"));
        Assert.Contains(page.QuerySelectorAll("ol.lines li.dropped"), li => li.TextContent.Contains("Share this article", StringComparison.Ordinal));
        Assert.Equal(0, app.InScope(db => db.Articles.Count()));
    }

    [Fact]
    public async Task A_saved_article_goes_through_the_import_with_the_editors_corrections()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var client = await EditorClient.SignInAsync(app);

        var response = await EditorClient.PostFormAsync(client, "/editor/articles/new", new()
        {
            ["Input.Text"] = Pasted,
            ["Input.Outlet"] = "The Example Review",
            ["Input.SourceUrl"] = "https://example.org/review/embassy-talks",
        }, "Save");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var slug = response.Headers.Location!.ToString().Split('/')[^1];
        var article = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{slug}", TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("Washington and Minsk resume talks on embassy staff", article.GetProperty("title").GetString());
        Assert.Equal("The Example Review", article.GetProperty("outlet").GetProperty("name").GetString());
        Assert.Equal("https://example.org/review/embassy-talks", article.GetProperty("sourceUrl").GetString());
        Assert.Equal("2024-10-14", article.GetProperty("published").GetProperty("edtf").GetString());
        Assert.Contains(article.GetProperty("people").EnumerateArray(), p => p.GetProperty("slug").GetString() == "aleh-krauchenka" || p.GetProperty("name").GetString()!.Contains("Krauchenka", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "Paste the article")]
    [InlineData("Accessibility links\n\nShare", "could not be imported")]
    public async Task Empty_or_boilerplate_only_text_gets_a_clear_message(string text, string message)
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var client = await EditorClient.SignInAsync(app);

        var response = await EditorClient.PostFormAsync(client, "/editor/articles/new", new() { ["Input.Text"] = text }, "Save");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
