using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>The XSS test is only as good as its trap: a script that runs must be noticed, however it runs.</summary>
public class BrowserTrapTests
{
    [Theory]
    [InlineData("<script>xss()</script>", "ran xss()")]
    [InlineData("<img src=x onerror=xss()>", "ran xss()")]
    [InlineData("<input autofocus onfocus=alert(1)>", "ran alert(1)")]
    [InlineData("<iframe srcdoc=\"<script>xss()</script>\"></iframe>", "ran xss()")]
    [InlineData("<script>throw new Error('boom')</script>", "uncaught: ")]
    [InlineData("<script>console.error('bad')</script>", "console error: bad")]
    public async Task The_trap_notices_a_payload_that_runs(string html, string expected)
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var session = await BrowserSession.StartAsync(folder);
        var trap = await BrowserTrap.OpenAsync(await session.PageAsync());

        var (_, ran) = await trap.VisitAsync("data:text/html," + Uri.EscapeDataString("<!doctype html><title>t</title>" + html));
        var (_, clean) = await trap.VisitAsync("/");

        Assert.Contains(ran, r => r.StartsWith(expected, StringComparison.Ordinal));
        Assert.True(clean.Count == 0, string.Join(" | ", clean));
    }
}
