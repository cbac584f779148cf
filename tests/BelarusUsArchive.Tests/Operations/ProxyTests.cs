using System.Net;
using BelarusUsArchive.Tests.Editor;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Operations;

/// <summary>Forwarded headers as a local process (not the proxy) or a client behind the proxy would forge them.</summary>
public class ProxyTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<List<HttpStatusCode>> RotatingSignInsAsync(Served served, Account account, Func<int, string> forwardedFor)
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var form = await served.SendAsync(HttpMethod.Get, "/editor/login", proto: null, forwardedFor: forwardedFor(i));
            var cookies = Ops.CookieHeader(Ops.SetCookies(form));
            var token = Editors.Token(await Editors.ParseAsync(form));
            var post = await served.SendAsync(HttpMethod.Post, "/editor/login", proto: null, forwardedFor: forwardedFor(i), cookies: cookies,
                content: new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Input.Email"] = account.Email, ["Input.Password"] = "wrong guess " + i, ["__RequestVerificationToken"] = token,
                }));
            answers.Add(post.StatusCode);
        }
        return answers;
    }

    [Fact]
    public async Task With_no_proxy_configured_a_local_client_rotating_x_forwarded_for_stays_under_one_sign_in_limit()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var served = await Served.StartAsync(folder, new() { ["Archive:KnownProxies"] = null, ["Archive:RateLimit:SignInPerMinute"] = "2" });
        var account = await Editors.CreateAsync(served.App, "limited@example.org");

        var answers = await RotatingSignInsAsync(served, account, i => $"198.51.100.{i + 1}");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
        var https = await served.SendAsync(HttpMethod.Get, "/", proto: "https");
        Assert.False(Ops.HasHsts(https), "a local process was believed to be a TLS proxy");
    }

    [Fact]
    public async Task Behind_the_configured_proxy_only_the_last_hop_counts_so_a_forged_chain_does_not_escape_the_limit()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var served = await Served.StartAsync(folder, new() { ["Archive:KnownNetworks"] = "127.0.0.0/8,198.51.100.0/24", ["Archive:RateLimit:SignInPerMinute"] = "2" });
        var account = await Editors.CreateAsync(served.App, "limited@example.org");

        // A client inside the proxies' own network (198.51.100.7) forges what comes before the address nginx appends.
        var answers = await RotatingSignInsAsync(served, account, i => $"198.51.100.{i + 10}, 198.51.100.7");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task A_forwarded_host_is_not_written_into_links_unless_allowed_hosts_name_it()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var served = await Served.StartAsync(folder);

        var forged = new HttpRequestMessage(HttpMethod.Get, "/feed.atom");
        forged.Headers.Add("X-Forwarded-Host", "evil.example.net");
        var feed = await (await served.Client.SendAsync(forged, Cancel)).Content.ReadAsStringAsync(Cancel);

        Assert.Contains("<feed", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example.net", feed, StringComparison.Ordinal);
    }
}
