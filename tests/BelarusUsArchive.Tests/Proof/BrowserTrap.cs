using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>
/// A Chromium page that notices any script a payload manages to run: an init script (in every frame, before
/// the page's own scripts) defines xss() and traps alert, confirm, prompt and print; dialogs, uncaught errors
/// and console errors are recorded too. After each visit, <see cref="VisitAsync"/> says what ran, if anything.
/// </summary>
public sealed class BrowserTrap
{
    private const string Traps = """
        (() => {
          const hit = (what) => { try { window.__xssHits.push(what); } catch (e) { } console.log('__xss__ ' + what); };
          window.__xssHits = [];
          window.xss = (...args) => hit('xss(' + args.join(',') + ')');
          for (const name of ['alert', 'confirm', 'prompt', 'print']) {
            window[name] = (...args) => hit(name + '(' + args.join(',') + ')');
          }
        })();
        """;

    private readonly List<string> _events = [];

    private BrowserTrap(IPage page) => Page = page;

    public IPage Page { get; }

    public int Visits { get; private set; }

    public static async Task<BrowserTrap> OpenAsync(IPage page)
    {
        var trap = new BrowserTrap(page);
        await page.AddInitScriptAsync(Traps);
        page.Dialog += (_, dialog) =>
        {
            trap._events.Add($"dialog {dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => trap._events.Add("uncaught: " + error);
        page.Console += (_, message) =>
        {
            if (message.Text.StartsWith("__xss__", StringComparison.Ordinal))
            {
                trap._events.Add("ran " + message.Text[8..]);
            }
            // A page answering 400 (a refused search) logs its own status; that is the page, not a payload.
            else if (message.Type == "error" && !(message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal) && message.Location == page.Url))
            {
                trap._events.Add($"console error: {message.Text} at {message.Location}");
            }
        };
        return trap;
    }

    /// <summary>Opens the URL, lets the page settle, and returns its status and everything that ran there.</summary>
    public async Task<(int Status, IReadOnlyList<string> Ran)> VisitAsync(string url)
    {
        _events.Clear();
        var response = await Page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        Visits++;
        // Focus handlers (autofocus) and animation events fire just after load.
        await Page.WaitForTimeoutAsync(30);
        var hits = await Page.EvaluateAsync<string[]>("() => window.__xssHits || []");
        return (response?.Status ?? 0, [.. _events.Concat(hits.Select(h => "ran " + h)).Distinct()]);
    }
}
