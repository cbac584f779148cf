using System.Net;
using System.Text.Json;
using BelarusUsArchive.Tests.Editor;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Operations;

public class RateLimitTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string?> Tight = new()
    {
        ["Archive:RateLimit:SearchPerMinute"] = "2",
        ["Archive:RateLimit:SignInPerMinute"] = "2",
    };

    [Fact]
    public async Task The_api_search_over_its_limit_gets_429_with_retry_after_and_a_problem_body()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var served = await Served.StartAsync(folder, Tight);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await served.SendAsync(HttpMethod.Get, $"/api/search?q=sanctions{i}", proto: null));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        var limited = answers[2];
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal("Too many requests", problem.GetProperty("title").GetString());
        Assert.Contains("try again", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Other endpoints and health probes are not limited.
        Assert.Equal(HttpStatusCode.OK, (await served.SendAsync(HttpMethod.Get, "/api/articles", proto: null)).StatusCode);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await served.SendAsync(HttpMethod.Get, "/health", proto: null)).StatusCode);
        }
    }

    [Fact]
    public async Task The_search_page_over_its_limit_gets_a_friendly_429_page_and_each_client_behind_the_proxy_has_its_own_budget()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var served = await Served.StartAsync(folder, Tight);

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await served.SendAsync(HttpMethod.Get, "/search?q=a" + i, proto: null, forwardedFor: "203.0.113.5")).StatusCode);
        }
        var limited = await served.SendAsync(HttpMethod.Get, "/search?q=more", proto: null, forwardedFor: "203.0.113.5");
        var neighbour = await served.SendAsync(HttpMethod.Get, "/search?q=more", proto: null, forwardedFor: "203.0.113.6");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.Contains("Retry-After"));
        Assert.Equal("text/html", limited.Content.Headers.ContentType?.MediaType);
        var page = await Editors.ParseAsync(limited);
        Assert.Equal("Too many requests", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, neighbour.StatusCode);
    }

    [Fact]
    public async Task Posting_the_sign_in_form_and_its_two_factor_step_is_limited_but_opening_it_is_not()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var served = await Served.StartAsync(folder, Tight);
        var account = await Editors.CreateAsync(served.App, "limited@example.org");

        var tries = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            tries.Add((await CookieTests.SignInAsync(served, account with { Password = "wrong guess number " + i }, proto: null)).SignIn);
        }
        var code = await served.SendAsync(HttpMethod.Post, "/editor/login/code", proto: null,
            content: new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = "123456" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], tries.Select(t => t.StatusCode));
        Assert.Equal("Too many requests", (await Editors.ParseAsync(tries[2])).QuerySelector("h1")?.TextContent);
        Assert.True(tries[2].Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.TooManyRequests, code.StatusCode);
        Assert.Equal("Too many requests", (await Editors.ParseAsync(code)).QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await served.SendAsync(HttpMethod.Get, "/editor/login", proto: null)).StatusCode);
    }
}
