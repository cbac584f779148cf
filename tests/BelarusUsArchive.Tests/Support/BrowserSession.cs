using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Support;

/// <summary>The app on a real Kestrel port and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(ArchiveApp app, IPlaywright playwright, IBrowser browser, string baseUrl)
    {
        App = app;
        _playwright = playwright;
        Browser = browser;
        BaseUrl = baseUrl;
    }

    public ArchiveApp App { get; }
    public IBrowser Browser { get; }
    public string BaseUrl { get; }

    public static string Artifacts { get; } = Path.Combine(Repo.Root, "artifacts", "screenshots");

    public static async Task<BrowserSession> StartAsync(TestFolder folder)
    {
        Requires.Chromium();
        var app = new ArchiveApp(folder);
        app.UseKestrel(0);
        app.StartServer();
        await app.StartAsync();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Requires.ChromiumPath,
            Headless = true,
            Timeout = 60_000,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(Artifacts);
        return new BrowserSession(app, playwright, browser, baseUrl);
    }

    public async Task<IPage> PageAsync(int width = 1200, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            BaseURL = BaseUrl,
        });
        // Two suites share two cores under CI, each with its own browsers and password hashing: a step may take longer
        // than Playwright's 30 s default there without anything being wrong. A hang still fails, after a minute.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in on the page's login form (opening it first unless <paramref name="open"/> is false) and waits for the editor's start page.</summary>
    /// <remarks>It waits as <see cref="PageWaits"/> does, then for what only a signed-in editor sees: the Sign out button.</remarks>
    public static async Task SignInAsync(IPage page, string email, string password, bool open = true)
    {
        if (open)
        {
            await page.GotoAsync("/editor/login");
        }
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForPageAsync("**/editor");
        await page.Locator("#main").GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
    }
}
