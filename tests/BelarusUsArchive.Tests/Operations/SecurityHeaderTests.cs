using System.Net;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Operations;

public class SecurityHeaderTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_kind_of_response_carries_the_security_headers_and_plain_http_gets_no_hsts()
    {
        using var folder = new TestFolder();
        await using var served = await Served.StartAsync(folder, new() { ["Archive:RateLimit:SearchPerMinute"] = "3" });
        var slug = served.App.InScope(db => db.Articles.OrderBy(a => a.Slug).Select(a => a.Slug).First());
        var kinds = new (string Url, HttpStatusCode Status)[]
        {
            ("/", HttpStatusCode.OK),
            ("/articles/" + slug, HttpStatusCode.OK),
            ("/timeline", HttpStatusCode.OK),
            ("/api/articles", HttpStatusCode.OK),
            ("/api/articles/" + slug, HttpStatusCode.OK),
            ("/css/site.css", HttpStatusCode.OK),
            ("/feed.atom", HttpStatusCode.OK),
            ("/data/articles.csv", HttpStatusCode.OK),
            ("/health", HttpStatusCode.OK),
            ("/health/ready", HttpStatusCode.OK),
            ("/no-such-page", HttpStatusCode.NotFound),
            ("/api/articles/no-such-article", HttpStatusCode.NotFound),
            ("/api/articles?page=0", HttpStatusCode.BadRequest),
            ("/editor", HttpStatusCode.Redirect),
        };
        foreach (var (url, status) in kinds)
        {
            var response = await served.SendAsync(HttpMethod.Get, url, proto: null);
            Assert.True(status == response.StatusCode, $"{url} answered {(int)response.StatusCode}");
            Ops.AssertSecurityHeaders(response, url);
            Assert.False(Ops.HasHsts(response), $"{url} sent HSTS over plain HTTP");
        }

        var first = await served.SendAsync(HttpMethod.Get, "/api/articles/" + slug, proto: null);
        var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/articles/" + slug);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = await served.Client.SendAsync(conditional, Cancel);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Ops.AssertSecurityHeaders(notModified, "304");

        HttpResponseMessage limited;
        do
        {
            limited = await served.SendAsync(HttpMethod.Get, "/search?q=sanctions", proto: null);
        }
        while (limited.StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Ops.AssertSecurityHeaders(limited, "429");
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_saying_https_every_response_gets_hsts_and_an_untrusted_one_is_ignored()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using (var served = await Served.StartAsync(folder))
        {
            foreach (var url in new[] { "/", "/api/articles", "/css/site.css", "/no-such-page", "/editor" })
            {
                var response = await served.SendAsync(HttpMethod.Get, url, proto: "https");
                Ops.AssertSecurityHeaders(response, url);
                Assert.True(Ops.HasHsts(response), $"{url} via https proxy has no HSTS");
                Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
            }
            var redirect = await served.SendAsync(HttpMethod.Get, "/editor", proto: "https");
            Assert.StartsWith("https://", redirect.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var other = new TestFolder(withSeeds: false);
        await using var untrusted = await Served.StartAsync(other, new() { ["Archive:KnownProxies"] = "10.20.30.40" });
        var ignored = await untrusted.SendAsync(HttpMethod.Get, "/", proto: "https");
        Assert.False(Ops.HasHsts(ignored), "an address that is not a known proxy was believed");
        Ops.AssertSecurityHeaders(ignored, "/ from an untrusted proxy");
    }

    [Fact]
    public async Task A_trusted_proxy_forwards_the_public_host_when_allowed_hosts_name_it()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var served = await Served.StartAsync(folder, new() { ["AllowedHosts"] = "archive.example.org;127.0.0.1" });

        var named = new HttpRequestMessage(HttpMethod.Get, "/feed.atom");
        named.Headers.Add("X-Forwarded-Proto", "https");
        named.Headers.Add("X-Forwarded-Host", "archive.example.org");
        var feed = await (await served.Client.SendAsync(named, Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.Contains("https://archive.example.org/", feed, StringComparison.Ordinal);

        var other = new HttpRequestMessage(HttpMethod.Get, "/feed.atom");
        other.Headers.Add("X-Forwarded-Host", "evil.example.net");
        var unchanged = await (await served.Client.SendAsync(other, Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain("evil.example.net", unchanged, StringComparison.Ordinal);
    }
}
