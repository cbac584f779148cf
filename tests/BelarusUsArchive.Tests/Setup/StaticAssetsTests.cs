using System.Net;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Setup;

/// <summary>Cache headers of wwwroot files over real HTTP: a year for the versioned URL the pages use, revalidation otherwise.</summary>
public class StaticAssetsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_stylesheet_the_pages_link_to_is_cached_for_a_year_and_any_other_url_of_it_is_revalidated()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder, importOnStartup: false);
        var client = app.CreateClient();

        var home = new HtmlParser().ParseDocument(await client.GetStringAsync("/", Cancel));
        var href = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.css\?v=[A-Za-z0-9_-]{20,}$", href);

        using var versioned = await client.GetAsync(href, Cancel);
        using var plain = await client.GetAsync("/css/site.css", Cancel);
        using var stale = await client.GetAsync("/css/site.css?v=an-old-version", Cancel);

        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());
        Assert.Equal("text/css", versioned.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", plain.Headers.CacheControl?.ToString());
        Assert.Equal("no-cache", stale.Headers.CacheControl?.ToString());
        Assert.NotNull(plain.Headers.ETag);
    }

    [Fact]
    public async Task A_revalidated_stylesheet_answers_304_when_it_has_not_changed()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder, importOnStartup: false);
        var client = app.CreateClient();
        using var first = await client.GetAsync("/css/site.css", Cancel);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }
}
