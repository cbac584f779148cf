using BelarusUsArchive.Tests.Support;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Quality;

/// <summary>Every kind of page on a 360 px phone, with and without JavaScript, photographed as artifacts.</summary>
public class PhoneWidthTests
{
    [Fact]
    public async Task Every_kind_of_page_fits_a_360_px_phone_without_sideways_scrolling()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var page = await session.PageAsync(width: 360, height: 740, javaScript: false);

        var wide = new List<string>();
        foreach (var (url, i) in PageKinds.Of(session.App).Select((u, i) => (u, i)))
        {
            await page.GotoAsync(url);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            var (scroll, client) = (widths[0], widths[1]);
            await BrowserSession.ScreenshotAsync(page, $"phone-{i:00}-{Name(url)}");
            if (scroll > client)
            {
                wide.Add($"{url}: {scroll} px wide in a {client} px screen");
            }
        }

        await AccessibilityTests.SignInAsync(session, page);
        foreach (var (url, i) in PageKinds.ForEditors(session.App).Select((u, i) => (u, i)))
        {
            await page.GotoAsync(url);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            await BrowserSession.ScreenshotAsync(page, $"phone-editor-{i:00}-{Name(url)}");
            if (widths[0] > widths[1])
            {
                wide.Add($"{url} (editor): {widths[0]} px wide in a {widths[1]} px screen");
            }
        }

        Assert.True(wide.Count == 0, "pages scroll sideways on a phone:\n" + string.Join('\n', wide));
    }

    /// <summary>A file name for a page's screenshot: "/people/network?person=x" becomes "people-network-person-x".</summary>
    internal static string Name(string url)
    {
        var name = url == "/" ? "home" : new string([.. url.Trim('/').Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        return name.Length > 60 ? name[..60] : name;
    }
}
