using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using BelarusUsArchive.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>
/// Sends fuzzed requests to an ArchiveApp (whatever its database provider) and keeps what went wrong:
/// a 5xx, an /api 4xx without an RFC 7807 problem body, an answer slower than the budget, and, at the end,
/// any error or exception the app logged. Counts and the slowest answer go to the test output.
/// </summary>
public sealed class FuzzRunner : IAsyncDisposable
{
    /// <summary>A robustness bound (no answer may hang), not a performance target: those are the benchmark's.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    private const int MaxFailuresKept = 50;

    private readonly LogCapture _log;
    private readonly WebApplicationFactory<Program> _host;
    private readonly List<string> _failures = [];
    private readonly SortedDictionary<int, int> _statuses = [];
    private int _failureCount;

    private FuzzRunner(LogCapture log, WebApplicationFactory<Program> host, HttpClient client)
    {
        _log = log;
        _host = host;
        Client = client;
    }

    /// <summary>ARCHIVE_LONG=1 runs the long campaigns (100,000 requests) instead of the CI ones.</summary>
    public static bool Long => Environment.GetEnvironmentVariable("ARCHIVE_LONG") == "1";

    public HttpClient Client { get; }
    public int Requests { get; private set; }
    public TimeSpan Slowest { get; private set; }
    public string SlowestUrl { get; private set; } = "";

    public static async Task<FuzzRunner> StartAsync(ArchiveApp app)
    {
        var log = new LogCapture();
        var (host, client) = await log.WatchAsync(app);
        var runner = new FuzzRunner(log, host, client);
        // The first requests compile queries and views; the budget is for a warm app.
        foreach (var url in new[] { "/search?q=belarus", "/api/search?q=belarus", "/api/articles", "/openapi/v1.json" })
        {
            await client.GetAsync(url, TestContext.Current.CancellationToken);
        }
        return runner;
    }

    /// <summary>The JSON of a GET that must succeed (the OpenAPI document, listings for real slugs).</summary>
    public async Task<JsonElement> JsonAsync(string url) =>
        JsonDocument.Parse(await Client.GetStringAsync(url, TestContext.Current.CancellationToken)).RootElement;

    /// <summary>One request, checked; the URL is sent as it stands, percent-escapes and all.</summary>
    public async Task SendAsync(string pathAndQuery, string? ifNoneMatch = null, HttpMethod? method = null)
    {
        var elapsed = await SendOnceAsync(pathAndQuery, ifNoneMatch, method ?? HttpMethod.Get, retried: false);
        // Two cores are shared with other builds: an answer over the budget is asked again, and only an
        // answer slow twice (a hang, a runaway query) is a failure.
        if (elapsed > Budget)
        {
            Retried++;
            await SendOnceAsync(pathAndQuery, ifNoneMatch, method ?? HttpMethod.Get, retried: true);
        }
    }

    /// <summary>Answers that took longer than the budget and were asked again.</summary>
    public int Retried { get; private set; }

    private async Task<TimeSpan> SendOnceAsync(string pathAndQuery, string? ifNoneMatch, HttpMethod method, bool retried)
    {
        using var request = new HttpRequestMessage(method, new Uri(pathAndQuery, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }
        var clock = Stopwatch.StartNew();
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        clock.Stop();
        Requests++;
        var status = (int)response.StatusCode;
        _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
        if (clock.Elapsed > Slowest)
        {
            (Slowest, SlowestUrl) = (clock.Elapsed, pathAndQuery);
        }
        // The path as sent (the client resolves ../ itself); a HEAD answer has no body to be a problem body.
        var sent = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : pathAndQuery;
        var url = method == HttpMethod.Head ? "HEAD " + sent : sent;
        foreach (var problem in Problems(url, status, response.Content.Headers.ContentType, body, retried ? clock.Elapsed : TimeSpan.Zero))
        {
            Fail($"{problem}: {method} {Shorten(pathAndQuery)}" + (ifNoneMatch is null ? "" : $" (If-None-Match: {ifNoneMatch})"));
        }
        return clock.Elapsed;
    }

    private static IEnumerable<string> Problems(string url, int status, MediaTypeHeaderValue? type, string body, TimeSpan elapsed)
    {
        if (status >= 500)
        {
            yield return $"{status}";
        }
        if (elapsed > Budget)
        {
            yield return $"answered in {elapsed.TotalMilliseconds:0} ms";
        }
        if (status is >= 400 and < 500 && url.StartsWith("/api", StringComparison.Ordinal) && !IsProblem(status, type, body))
        {
            yield return $"{status} without a problem body ({type?.MediaType ?? "no content type"}: {Shorten(body)})";
        }
    }

    private static bool IsProblem(int status, MediaTypeHeaderValue? type, string body)
    {
        if (type?.MediaType != "application/problem+json")
        {
            return false;
        }
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("status", out var s) && s.TryGetInt32(out var n) && n == status
                && json.RootElement.TryGetProperty("title", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void Fail(string failure)
    {
        _failureCount++;
        if (_failures.Count < MaxFailuresKept)
        {
            _failures.Add(failure);
        }
    }

    /// <summary>Writes the figures, then fails with every problem found, the app's logged errors included.</summary>
    public void Report(ITestOutputHelper output, string campaign)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{campaign}: {Requests} requests, statuses {string.Join(", ", _statuses.Select(s => $"{s.Key}×{s.Value}"))}; "
            + $"slowest {Slowest.TotalMilliseconds:0} ms ({Shorten(SlowestUrl)}), {Retried} over {Budget.TotalSeconds:0} s asked again; {_failureCount} failures; "
            + $"{_log.Errors.Count} errors and {_log.Warnings.Count} warnings logged"));
        foreach (var warning in _log.Warnings.Distinct().Take(10))
        {
            output.WriteLine("  warning logged: " + Shorten(warning));
        }
        var all = _failures.Concat(_log.Errors.Take(10).Select(e => "logged " + e)).ToList();
        Assert.True(all.Count == 0, $"{_failureCount} failed requests, {_log.Errors.Count} logged errors:\n" + string.Join("\n", all));
    }

    /// <summary>Warnings the app logged whose message contains this text (such as FTS5 refusing a query).</summary>
    public int WarningsAbout(string text) => _log.Warnings.Count(w => w.Contains(text, StringComparison.Ordinal));

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + $"… ({text.Length} chars)" : text;

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();
}
