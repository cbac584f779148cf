using System.IO.Compression;
using System.Net;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Operations;

public class CompressionTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_styles_api_feeds_and_exports_come_in_brotli_or_gzip_as_asked_and_the_same_text_as_uncompressed()
    {
        using var folder = new TestFolder();
        await using var served = await Served.StartAsync(folder);
        var urls = new[] { "/", "/timeline", "/css/site.css", "/api/articles", "/feed.atom", "/data/articles.csv", "/data/articles.jsonl", "/openapi/v1.json" };
        foreach (var url in urls)
        {
            var plain = await GetAsync(served, url, null);
            Assert.Empty(plain.Content.Headers.ContentEncoding);
            var text = await plain.Content.ReadAsStringAsync(Cancel);
            foreach (var (encoding, decode) in new (string, Func<Stream, Stream>)[]
            {
                ("br", s => new BrotliStream(s, CompressionMode.Decompress)),
                ("gzip", s => new GZipStream(s, CompressionMode.Decompress)),
            })
            {
                var compressed = await GetAsync(served, url, encoding);
                Assert.True(compressed.Content.Headers.ContentEncoding.SequenceEqual([encoding]), $"{url} was not sent as {encoding}");
                Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
                using var reader = new StreamReader(decode(await compressed.Content.ReadAsStreamAsync(Cancel)));
                Assert.Equal(text, await reader.ReadToEndAsync(Cancel));
            }
        }
    }

    [Fact]
    public async Task Brotli_is_preferred_and_used_over_https_but_editor_pages_are_never_compressed()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var served = await Served.StartAsync(folder);

        var https = await GetAsync(served, "/articles", "gzip, br", proto: "https");
        var editor = await GetAsync(served, "/editor/login", "br, gzip");
        var editorHttps = await GetAsync(served, "/editor/login", "br, gzip", proto: "https");

        Assert.Equal(["br"], https.Content.Headers.ContentEncoding);
        Assert.Empty(editor.Content.Headers.ContentEncoding);
        Assert.Empty(editorHttps.Content.Headers.ContentEncoding);
    }

    private static async Task<HttpResponseMessage> GetAsync(Served served, string url, string? acceptEncoding, string? proto = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.Add("Accept-Encoding", acceptEncoding);
        }
        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
        }
        var response = await served.Client.SendAsync(request, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return response;
    }
}
