using System.Net;
using System.Text.Json;
using BelarusUsArchive.Tests.Editor;
using BelarusUsArchive.Tests.Support;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Quality;

/// <summary>
/// The editor pages only a POST reaches, which PageKinds (URLs) cannot list: a split's confirmation and the conflict
/// page (an event saved over a newer save, a split and a merge confirmed over one), checked by axe in Chromium and by
/// the Nu checker on the bytes the server sent.
/// </summary>
public class EventCurationQualityTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_split_confirmation_and_the_conflict_pages_have_no_axe_violations()
    {
        var axe = await File.ReadAllTextAsync(Requires.NodeTools().AxeScript, Cancel);
        using var folder = new TestFolder(withSeeds: false);
        var (session, _) = await Browser.EventCurationJourneyTests.StartAsync(folder);
        await using var __ = session;
        // axe is injected as a script: this context bypasses the CSP that would refuse it, as AccessibilityTests does.
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, BypassCSP = true });
        var page = await context.NewPageAsync();
        await AccessibilityTests.SignInAsync(session, page);
        var (meeting, _) = EventEditing.EventSlugs(session.App);
        var failures = new List<string>();
        async Task CheckAsync(string name)
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = axe });
            var found = JsonSerializer.Deserialize<List<JsonElement>>(await page.EvaluateAsync<string>(AccessibilityTests.RunAxe))!;
            failures.AddRange(found.Select(v => $"{name}: {v}"));
        }

        await page.GotoAsync($"/editor/events/{meeting}/split");
        await BrowserSession.ScreenshotAsync(page, "event-split");
        await page.Locator(".split-sources input").Last.CheckAsync();
        await page.GetByLabel("Title").FillAsync("Another meeting");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show what the split moves…" }).ClickAsync();
        await page.Locator(".split-moves").WaitForAsync();
        await BrowserSession.ScreenshotAsync(page, "event-split-confirm");
        await CheckAsync("split confirmation");

        // A second tab saves the event first; the first tab's save then loses the race.
        await page.GotoAsync($"/editor/events/{meeting}");
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync($"/editor/events/{meeting}");
        await other.GetByLabel("Place").FillAsync("Brest");
        await other.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await other.WaitForPageAsync($"**/events/{meeting}");
        await page.GetByLabel("Place").FillAsync("Hrodna");
        var lost = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(409, lost.Status);
        await page.Locator(".conflict").WaitForAsync();
        await BrowserSession.ScreenshotAsync(page, "event-conflict");
        await CheckAsync("event conflict");

        Assert.True(failures.Count == 0, $"axe found {failures.Count} violations:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task The_split_confirmation_and_the_conflict_pages_are_valid_HTML_to_the_Nu_checker()
    {
        var (tools, java) = (Requires.NodeTools(), Requires.Java());
        using var folder = new TestFolder(withSeeds: false);
        var (app, _) = await EventEditing.StartAsync(folder);
        await using var __ = app;
        var (first, second) = (await Editors.SignInAsync(app, "first@example.org"), await Editors.SignInAsync(app, "second@example.org"));
        var (meeting, others) = EventEditing.EventSlugs(app);
        var source = EventEditing.Read(app, meeting)!.Sources[1].ToString(System.Globalization.CultureInfo.InvariantCulture);
        var split = await Editors.HtmlAsync(second, $"/editor/events/{meeting}/split");
        var curate = await Editors.HtmlAsync(second, $"/editor/events/{meeting}");
        var merge = await Editors.HtmlAsync(second, $"/editor/events/{meeting}/merge?other={others[0]}");
        var confirm = await EventEditing.PostPairsAsync(second, $"/editor/events/{meeting}/split", split,
            [.. EventParticipantsTests.FormFields(split, ("Input.Title", "Another meeting")), ("Input.Sources", source)]);
        var confirmPage = await Editors.ParseAsync(confirm);
        var pages = new Dictionary<string, HttpResponseMessage> { ["split confirmation"] = confirm };

        var mine = await Editors.HtmlAsync(first, $"/editor/events/{meeting}");
        await EventEditing.PostPairsAsync(first, $"/editor/events/{meeting}", mine, EventParticipantsTests.FormFields(mine, ("Input.Place", "Brest")));
        pages["event conflict"] = await EventEditing.PostPairsAsync(second, $"/editor/events/{meeting}", curate, EventParticipantsTests.FormFields(curate, ("Input.Place", "Hrodna")));
        pages["split conflict"] = await EventEditing.PostPairsAsync(second, $"/editor/events/{meeting}/split", confirmPage, EventEditing.ConfirmFields(confirmPage));
        pages["merge conflict"] = await EventEditing.PostPairsAsync(second, $"/editor/events/{meeting}/merge", merge, EventEditing.ConfirmFields(merge));

        var files = new Dictionary<string, string>();
        foreach (var (name, response) in pages)
        {
            Assert.True(response.StatusCode == (name == "split confirmation" ? HttpStatusCode.OK : HttpStatusCode.Conflict), $"{name}: {response.StatusCode}");
            var file = Path.Combine(folder.Path, name.Replace(' ', '-') + ".html");
            await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync(Cancel), Cancel);
            files[file] = name;
        }
        var errors = await HtmlValidityTests.CheckAsync(java, tools.VnuJar, files.Keys, Cancel);

        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"{e.Url} line {e.LastLine}: {e.Message}")));
    }
}
