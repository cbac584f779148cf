using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Support;

/// <summary>
/// Waiting for the page a click or a form leads to. Playwright's WaitForURLAsync checks the page's URL and load states
/// and then subscribes to their changes, and a change that arrives in between is lost (microsoft/playwright-dotnet#3364):
/// in CI tests timed out after 60 s on pages that had long loaded, their logs saying only that the network was idle.
/// These waits poll the URL the client already knows instead, then wait (in the browser, where no event is missed) for
/// the page's footer, the last element of every page, so the document has been parsed.
/// </summary>
public static class PageWaits
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <param name="url">A glob as Playwright reads it: ** any characters, * any but a slash, everything else itself.</param>
    public static Task WaitForPageAsync(this IPage page, string url) => page.WaitForPageAsync(Glob(url));

    public static Task WaitForPageAsync(this IPage page, Regex url) => page.WaitForPageAsync(u => url.IsMatch(u));

    public static async Task WaitForPageAsync(this IPage page, Func<string, bool> url)
    {
        var clock = Stopwatch.StartNew();
        while (!url(page.Url))
        {
            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"the page stayed at {page.Url} for {Patience.TotalSeconds:0} s");
            }
            await Task.Delay(25);
        }
        await page.Locator("footer.site").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    private static Regex Glob(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] == '*')
            {
                var any = i + 1 < glob.Length && glob[i + 1] == '*';
                pattern.Append(any ? ".*" : "[^/]*");
                i += any ? 1 : 0;
            }
            else
            {
                pattern.Append(Regex.Escape(glob[i].ToString()));
            }
        }
        return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
