using System.Net;
using BelarusUsArchive.Tests.Editor;
using BelarusUsArchive.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>
/// Every payload of xss-payloads.txt saved everywhere a user's or a source's text goes in (commentary, an imported
/// title and paragraph, a person's spelling and description, a search query) and every page that shows it opened
/// in Chromium with traps for any script: nothing may run, no dialog open, no console error appear.
/// </summary>
public class XssBrowserTests(ITestOutputHelper output)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private sealed record Carrier(int Index, string Article, int Commentary, string Person);

    [Fact]
    public async Task No_payload_runs_a_script_on_any_page_that_shows_it()
    {
        var payloads = XssSeeds.Payloads;
        Assert.True(payloads.Count >= 60, $"only {payloads.Count} payloads");
        Requires.Chromium();
        using var folder = new TestFolder();
        XssSeeds.Write(folder);
        await using var session = await BrowserSession.StartAsync(folder);
        var account = await CreateAsync(session.App, "xss-editor@example.org");
        // A plain client on the real port: the factory's own clients follow redirects once the app runs on Kestrel.
        HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = new Uri(session.BaseUrl) };
        var carriers = await ArrangeAsync(session.App, Client(), account);
        var reader = await BrowserTrap.OpenAsync(await session.PageAsync());
        var editor = await BrowserTrap.OpenAsync(await SignedInPageAsync(session, account));
        var failures = new List<string>();

        await CheckEveryPayloadAsync(reader, editor, carriers, failures);
        var perPayload = reader.Visits + editor.Visits;
        foreach (var url in new[] { "/", "/people", "/search?q=XSS", "/search?q=Xss+Test+Person", "/events", "/timeline", "/feed.atom", "/search/feed.atom?q=XSS" })
        {
            await CheckAsync(reader, url, failures);
        }
        for (var page = 1; page <= 10; page++)
        {
            await CheckAsync(reader, $"/articles?page={page}", failures);
        }
        foreach (var url in new[] { "/editor", "/editor/history", "/editor/imports", $"/editor/history/commentary/{carriers[0].Commentary}" })
        {
            await CheckAsync(editor, url, failures);
        }
        var api = await CheckApiAsync(Client(), carriers, failures);

        File.WriteAllLines(Path.Combine(BrowserSession.Artifacts, "..", "xss-failures.txt"), failures);
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join('\n', failures.Take(40)));
        output.WriteLine($"{payloads.Count} payloads × {perPayload / carriers.Count} pages each (article, person, search, three editor pages, the article's JSON) " +
            $"+ {reader.Visits + editor.Visits - perPayload} listing pages = {reader.Visits + editor.Visits} page loads in Chromium, " +
            $"{api} JSON responses checked; no script ran, no dialog opened, no console error");
    }

    /// <summary>Each payload's own pages; the reader's and the editor's load side by side, each in its own browser context.</summary>
    private static async Task CheckEveryPayloadAsync(BrowserTrap reader, BrowserTrap editor, IReadOnlyList<Carrier> carriers, List<string> failures)
    {
        var editorFailures = new List<string>();
        await Task.WhenAll(Task.Run(async () =>
        {
            foreach (var c in carriers)
            {
                await CheckAsync(reader, $"/articles/{c.Article}", failures, $"XSS {XssSeeds.Number(c.Index)}", $"xss-commentary-{XssSeeds.Number(c.Index)}");
                await CheckAsync(reader, $"/people/{c.Person}", failures, XssSeeds.PersonName(c.Index));
                await CheckAsync(reader, "/search?q=" + Uri.EscapeDataString(XssSeeds.Payloads[c.Index]), failures);
            }
        }, Cancel), Task.Run(async () =>
        {
            foreach (var c in carriers)
            {
                await CheckAsync(editor, $"/editor/articles/{c.Article}/commentary/{c.Commentary}", editorFailures, $"xss-commentary-{XssSeeds.Number(c.Index)}");
                await CheckAsync(editor, $"/editor/articles/{c.Article}/edit", editorFailures, $"XSS {XssSeeds.Number(c.Index)}");
                await CheckAsync(editor, $"/editor/people/{c.Person}", editorFailures, XssSeeds.PersonName(c.Index));
                await CheckAsync(editor, $"/api/articles/{c.Article}", editorFailures, $"xss-body-{XssSeeds.Number(c.Index)}");
            }
        }, Cancel));
        failures.AddRange(editorFailures);
    }

    private static async Task CheckAsync(BrowserTrap trap, string url, List<string> failures, params string[] mustShow)
    {
        var (status, ran) = await trap.VisitAsync(url);
        failures.AddRange(ran.Select(r => $"{url}: {r}"));
        if (status >= 500 || status == 0)
        {
            failures.Add($"{url}: answered {status}");
        }
        // What the page shows, form fields included: an editor page holds the payload in its inputs.
        var text = mustShow.Length == 0 ? "" : await trap.Page.EvaluateAsync<string>(
            "() => document.body.innerText + [...document.querySelectorAll('textarea, input')].map(e => e.value).join('\\n')");
        failures.AddRange(mustShow.Where(m => !text.Contains(m, StringComparison.Ordinal)).Select(m => $"{url}: does not show “{m}”, so the payload never reached it"));
    }

    /// <summary>The API is JSON: served as such, with every angle bracket escaped, so no browser can take it for HTML.</summary>
    private static async Task<int> CheckApiAsync(HttpClient client, IReadOnlyList<Carrier> carriers, List<string> failures)
    {
        var urls = carriers.SelectMany(c => new[] { $"/api/articles/{c.Article}", $"/api/people/{c.Person}", "/api/search?q=" + Uri.EscapeDataString(XssSeeds.Payloads[c.Index]) }).ToList();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url, Cancel);
            var body = await response.Content.ReadAsStringAsync(Cancel);
            var type = response.Content.Headers.ContentType?.MediaType;
            if (response.StatusCode >= HttpStatusCode.InternalServerError || type is not ("application/json" or "application/problem+json") || body.Contains('<', StringComparison.Ordinal))
            {
                failures.Add($"{url}: {(int)response.StatusCode} {type}, {(body.Contains('<', StringComparison.Ordinal) ? "an unescaped <" : "escaped")}");
            }
        }
        return urls.Count;
    }

    /// <summary>Finds each payload's article and person, and writes the payload as published commentary on the article.</summary>
    private static async Task<IReadOnlyList<Carrier>> ArrangeAsync(ArchiveApp app, HttpClient client, Account account)
    {
        var login = await LogInAsync(client, account.Email, account.Password);
        Assert.True(login.StatusCode == HttpStatusCode.Redirect, $"sign-in: {(int)login.StatusCode} {(await ParseAsync(login)).QuerySelector("[role=alert]")?.TextContent}");
        var carriers = new List<Carrier>();
        for (var i = 0; i < XssSeeds.Payloads.Count; i++)
        {
            var file = XssSeeds.FileName(i);
            var name = XssSeeds.PersonName(i);
            var article = app.InScope(db => db.Articles.AsNoTracking().Where(a => a.SourceFile == file).Select(a => a.Slug).SingleOrDefault());
            var person = app.InScope(db => db.People.AsNoTracking().Where(p => p.Name == name).Select(p => p.Slug).SingleOrDefault());
            Assert.True(article is not null, $"{file} was not imported");
            Assert.True(person is not null, $"{name} was not loaded from people.json");
            var saved = await SubmitAsync(client, $"/editor/articles/{article}/commentary", new()
            {
                ["Input.Markdown"] = XssSeeds.Payloads[i] + $"\n\nxss-commentary-{XssSeeds.Number(i)}",
                ["Input.Publish"] = "true",
            });
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect,
                $"commentary {i} on {article}: {(int)saved.StatusCode} {(await ParseAsync(saved)).QuerySelector("[role=alert], h1")?.TextContent}");
            var id = app.InScope(db => db.Commentary.Where(c => c.Article!.Slug == article).Select(c => c.Id).Single());
            carriers.Add(new Carrier(i, article, id, person));
        }
        return carriers;
    }

    private static async Task<IPage> SignedInPageAsync(BrowserSession session, Account account)
    {
        var page = await session.PageAsync();
        await BrowserSession.SignInAsync(page, account.Email, account.Password);
        return page;
    }
}
