using AngleSharp.Html.Dom;
using BelarusUsArchive.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>
/// A store of three reports for the event tests: the potash article (a statement on 10 March and a meeting on 11
/// March 2021), a second article that reports the same meeting (so that event has two passages), and a third that
/// reports a statement of Oleg Kravchenko on 10 March as an event of its own.
/// </summary>
internal static class EventEditing
{
    internal const string SecondReport = """
        Kovalenko and Kravchenko meet again

        By John Roe

        Published: 13 March 2021

        Anna Kovalenko met Oleg Kravchenko in Minsk on 11 March 2021 to talk about potash transit through Lithuania.
        The talks were described as frank.
        """;

    internal const string ThirdReport = """
        Kravchenko on the potash deal

        By Mary Major

        Published: 14 March 2021

        Oleg Kravchenko said on 10 March 2021 that the potash deal would hold.
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    internal static async Task<(ArchiveApp App, HttpClient Reader)> StartAsync(TestFolder folder)
    {
        File.Copy(Path.Combine(Repo.Seeds, "people.json"), Path.Combine(folder.Seeds, "people.json"));
        folder.Write("potash.txt", UndoTests.Potash);
        folder.Write("potash-second.txt", SecondReport);
        folder.Write("potash-third.txt", ThirdReport);
        var app = new ArchiveApp(folder);
        return (app, await app.StartAsync());
    }

    /// <summary>An event as the tests compare it: its passages (ids) and participants (slugs), read from the store.</summary>
    internal sealed record Shape(int Id, string Slug, string Title, List<int> Sources, List<string> People);

    internal static Shape? Read(ArchiveApp app, string slug) => app.InScope(db => db.Events.AsNoTracking().Where(e => e.Slug == slug)
        .Select(e => new Shape(e.Id, e.Slug, e.Title, e.Sources.Select(s => s.Id).OrderBy(i => i).ToList(),
            e.Participants.Select(p => p.Person!.Slug).OrderBy(s => s).ToList())).SingleOrDefault());

    /// <summary>The event reported by the most passages (the meeting) and the other events, by slug.</summary>
    internal static (string Meeting, List<string> Others) EventSlugs(ArchiveApp app) => app.InScope(db =>
    {
        var all = db.Events.AsNoTracking().OrderByDescending(e => e.Sources.Count).ThenBy(e => e.Slug).Select(e => e.Slug).ToList();
        return (all[0], all.Skip(1).ToList());
    });

    /// <summary>Posts fields (names may repeat, as ticked boxes do) with the antiforgery token of the page the form came from.</summary>
    internal static Task<HttpResponseMessage> PostPairsAsync(HttpClient client, string url, IHtmlDocument form, IEnumerable<(string Name, string Value)> fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Append(("__RequestVerificationToken", Token(form)))
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))), Cancel);

    /// <summary>The hidden and filled fields of the page's confirmation form, as a browser would post them.</summary>
    internal static List<(string Name, string Value)> ConfirmFields(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".confirm form input[name]").Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .Select(i => (i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))];

    /// <summary>The participants a reader sees on the event's page.</summary>
    internal static async Task<List<string>> ParticipantsShownAsync(HttpClient reader, string slug) =>
        [.. (await HtmlAsync(reader, $"/events/{slug}")).QuerySelectorAll("section[aria-labelledby=who] li").Select(li => li.TextContent.Trim()).Order(StringComparer.Ordinal)];
}
