using System.Net;
using System.Text.Json;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Curation;

/// <summary>
/// Rejecting is how a wrongly named or private person (or a wrongly read event) is taken down: afterwards no page,
/// API answer, feed, facet, participant list or export a reader or a program can reach carries it.
/// </summary>
public class RejectionTests
{
    private const string Article = """
        Minsk talks on potash transit

        By Jane Doe

        Published: 12 March 2021

        Deputy Minister Anna Kovalenko said on 10 March 2021 that the talks would go on.
        The Atlantic Council said the potash talks stalled. Anna Kovalenko met Oleg Kravchenko in Minsk on 11 March 2021.
        """;

    /// <summary>The person's slug as a whole key (a link, a JSON value, a CSV cell), not inside an event's slug; the article's own words keep the name.</summary>
    private static readonly System.Text.RegularExpressions.Regex PersonSlug = new(@"(?<![-\w])anna-kovalenko(?![-\w])");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<(ArchiveApp App, HttpClient Editor, HttpClient Reader)> StartAsync(TestFolder folder)
    {
        File.Copy(Path.Combine(Repo.Seeds, "people.json"), Path.Combine(folder.Seeds, "people.json"));
        folder.Write("potash.txt", Article);
        var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        return (app, await EditorClient.SignInAsync(app), reader);
    }

    private static async Task<string> MeetingSlugAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/events", Cancel)).RootElement.GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("participants").EnumerateArray().Any(p => p.GetProperty("slug").GetString() == "oleg-kravchenko"))
            .GetProperty("slug").GetString()!;

    /// <summary>Everything a reader or a program can fetch that lists people or events.</summary>
    private static async Task<string> EverythingListedAsync(HttpClient reader, string eventSlug)
    {
        string[] urls = ["/people", "/people?sort=name", "/api/people", "/events", "/api/events", "/timeline", $"/events/{eventSlug}", $"/api/events/{eventSlug}",
            "/articles", "/api/articles", "/people/network", "/search?q=Kovalenko", "/api/search?q=Kovalenko"];
        var tables = new[] { "people", "aliases", "mentions", "event_participants" }.SelectMany(t => new[] { $"/data/{t}.csv", $"/data/{t}.jsonl" });
        var texts = new List<string>();
        foreach (var url in urls.Concat(tables))
        {
            texts.Add(await reader.GetStringAsync(url, Cancel));
        }
        return string.Join('\n', texts);
    }

    [Fact]
    public async Task A_rejected_person_answers_404_and_is_left_out_of_every_listing_participant_list_and_export()
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, editor, reader) = await StartAsync(folder);
        await using var _ = app;
        var meeting = await MeetingSlugAsync(reader);
        Assert.Matches(PersonSlug, await EverythingListedAsync(reader, meeting));

        var reject = await EditorClient.PostFormAsync(editor, "/editor/people/anna-kovalenko", new() { ["Input.Name"] = "Anna Kovalenko", ["decision"] = "reject", ["confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, reject.StatusCode);
        foreach (var url in new[] { "/people/anna-kovalenko", "/api/people/anna-kovalenko", "/people/anna-kovalenko/feed.atom" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url, Cancel)).StatusCode);
        }
        var listed = await EverythingListedAsync(reader, meeting);
        Assert.DoesNotMatch(PersonSlug, listed);
        Assert.Contains("oleg-kravchenko", await reader.GetStringAsync($"/api/events/{meeting}", Cancel), StringComparison.Ordinal);
        Assert.Empty(JsonDocument.Parse(await reader.GetStringAsync("/api/events?person=anna-kovalenko", Cancel)).RootElement.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_rejected_event_answers_404_and_is_left_out_of_the_exports_and_a_persons_events()
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, editor, reader) = await StartAsync(folder);
        await using var _ = app;
        var meeting = await MeetingSlugAsync(reader);
        var found = JsonDocument.Parse(await reader.GetStringAsync($"/api/events/{meeting}", Cancel)).RootElement;

        var reject = await EditorClient.PostFormAsync(editor, $"/editor/events/{meeting}", new()
        {
            ["Input.Title"] = found.GetProperty("title").GetString()!,
            ["Input.Date"] = found.GetProperty("date").GetProperty("edtf").GetString()!,
            ["Input.Kind"] = "1",
            ["decision"] = "reject",
            ["confirmed"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, reject.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/events/{meeting}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/events/{meeting}", Cancel)).StatusCode);
        foreach (var url in new[] { "/data/events.csv", "/data/events.jsonl", "/data/event_participants.csv", "/data/event_sources.csv", "/api/people/oleg-kravchenko", "/people/oleg-kravchenko", "/timeline" })
        {
            Assert.DoesNotContain(meeting, await reader.GetStringAsync(url, Cancel), StringComparison.Ordinal);
        }
    }
}
