using System.Text.Json;
using BelarusUsArchive.Tests.Support;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Quality;

/// <summary>
/// Every kind of page as a browser with an empty cache loads it: what it transfers (HTML, CSS and
/// scripts, headers included), where from, and whether anything moves once it is drawn.
/// </summary>
public class WeightTests
{
    private const long Budget = 100 * 1024;

    // Layout shifts recorded from the start of the page (buffered), summed as Chromium's CLS does for one window.
    private const string LayoutShift = """
        () => new Promise(resolve => {
            let total = 0;
            new PerformanceObserver(list => {
                for (const entry of list.getEntries()) { if (!entry.hadRecentInput) total += entry.value; }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 300);
        })
        """;

    [Theory]
    [InlineData(1200, 900)]
    [InlineData(360, 740)]
    public async Task Every_kind_of_page_is_under_100_KB_from_its_own_host_only_and_does_not_shift_as_it_loads(int width, int height)
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var host = new Uri(session.BaseUrl).Authority;

        var problems = new List<string>();
        var report = new List<object>();
        foreach (var (url, i) in PageKinds.Of(session.App).Select((u, i) => (u, i)))
        {
            await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = session.BaseUrl,
                ViewportSize = new ViewportSize { Width = width, Height = height },
            });
            var page = await context.NewPageAsync();
            var (bytes, others, shift) = await MeasureAsync(page, url, host);
            problems.AddRange(others.Select(other => $"{url}: asks another host for {other}"));
            if (width > 1000)
            {
                await BrowserSession.ScreenshotAsync(page, $"desktop-{i:00}-{PhoneWidthTests.Name(url)}");
            }
            report.Add(new { url, bytes, shift });
            if (bytes > Budget)
            {
                problems.Add($"{url}: {bytes / 1024.0:0.0} KB of HTML, CSS and scripts (budget {Budget / 1024} KB)");
            }
            if (shift >= 0.01)
            {
                problems.Add($"{url}: layout shifts add up to {shift:0.000}");
            }
        }

        Directory.CreateDirectory(BrowserSession.Artifacts);
        await File.WriteAllTextAsync(Path.Combine(BrowserSession.Artifacts, $"weight-{width}.json"),
            JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }), TestContext.Current.CancellationToken);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Loads a page and gives the bytes of its HTML, CSS and scripts, the URLs it asked of other hosts, and its layout shift.</summary>
    private static async Task<(long Bytes, List<string> OtherHosts, double Shift)> MeasureAsync(IPage page, string url, string host)
    {
        var requests = new List<IRequest>();
        page.RequestFinished += (_, request) => requests.Add(request);
        page.RequestFailed += (_, request) => requests.Add(request);
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        var shift = await page.EvaluateAsync<double>(LayoutShift);
        long bytes = 0;
        var others = new List<string>();
        foreach (var request in requests.ToList())
        {
            if (new Uri(request.Url).Authority != host && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                others.Add(request.Url);
            }
            if (request.ResourceType is "document" or "stylesheet" or "script")
            {
                var sizes = await request.SizesAsync();
                bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            }
        }
        return (bytes, others, shift);
    }

    [Fact]
    public async Task The_layout_shift_measure_sees_content_pushed_down_after_the_first_paint()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync();
        await page.GotoAsync("/");

        // A banner inserted above the text once it is drawn, as a late image without a size would do.
        await page.EvaluateAsync("""
            () => new Promise(resolve => requestAnimationFrame(() => setTimeout(() => {
                const banner = document.createElement('div');
                banner.style.height = '300px';
                document.body.prepend(banner);
                resolve();
            }, 100)))
            """);

        Assert.True(await page.EvaluateAsync<double>(LayoutShift) >= 0.01, "the measure missed a shift of 300 px");
    }
}
