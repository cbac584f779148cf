using System.Net;
using System.Text.Json;
using BelarusUsArchive.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BelarusUsArchive.Tests.Curation;

public class CurationTests
{
    private const string Article = """
        Minsk talks on potash transit

        By Jane Doe

        Published: 12 March 2021

        Deputy Minister Anna Kovalenko said on 10 March 2021 that the talks would go on.
        The Atlantic Council said the potash talks stalled. Anna Kovalenko met Oleg Kravchenko in Minsk on 11 March 2021.
        """;

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url) =>
        JsonDocument.Parse(await client.GetStringAsync(url, TestContext.Current.CancellationToken)).RootElement;

    [Fact]
    public async Task A_rejected_candidate_stays_rejected_and_unlinked_after_a_reimport()
    {
        using var folder = new TestFolder(withSeeds: false);
        File.Copy(Path.Combine(Repo.Seeds, "people.json"), Path.Combine(folder.Seeds, "people.json"));
        var file = folder.Write("potash.txt", Article);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var client = await EditorClient.SignInAsync(app);
        Assert.Equal("candidate", (await JsonAsync(client, "/api/people/anna-kovalenko")).GetProperty("status").GetString());

        var reject = await EditorClient.PostFormAsync(client, "/editor/people/anna-kovalenko", new() { ["Input.Name"] = "Anna Kovalenko", ["decision"] = "reject", ["confirmed"] = "true" });
        File.AppendAllText(file, "\nAnna Kovalenko, a deputy minister, repeated it on 13 March 2021.\n");
        await app.ImportAsync(folder.Seeds);

        Assert.Equal(HttpStatusCode.Redirect, reject.StatusCode);
        var people = await client.GetStringAsync("/people", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Anna Kovalenko", people, StringComparison.Ordinal);
        Assert.Equal(0, app.InScope(db => db.Mentions.Count(m => m.Person!.Slug == "anna-kovalenko")));
        Assert.Equal(1, app.InScope(db => db.People.Count(p => p.Name == "Anna Kovalenko")));
    }

    [Fact]
    public async Task Merging_a_duplicate_moves_its_mentions_and_spellings_to_the_other_person()
    {
        using var folder = new TestFolder(withSeeds: false);
        File.Copy(Path.Combine(Repo.Seeds, "people.json"), Path.Combine(folder.Seeds, "people.json"));
        folder.Write("potash.txt", Article);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var client = await EditorClient.SignInAsync(app);
        var before = (await JsonAsync(client, "/api/people/oleg-kravchenko")).GetProperty("articles").EnumerateArray().Sum(a => a.GetProperty("mentions").GetArrayLength());

        var merge = await EditorClient.PostFormAsync(client, "/editor/people/anna-kovalenko", new() { ["into"] = "oleg-kravchenko", ["confirmed"] = "true" }, "Merge");

        Assert.Equal(HttpStatusCode.Redirect, merge.StatusCode);
        var after = await JsonAsync(client, "/api/people/oleg-kravchenko");
        Assert.Contains("Anna Kovalenko", after.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(before + 2, after.GetProperty("articles").EnumerateArray().Sum(a => a.GetProperty("mentions").GetArrayLength()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/people/anna-kovalenko", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_rejected_event_disappears_from_the_timeline_and_stays_rejected_after_a_reimport()
    {
        using var folder = new TestFolder(withSeeds: false);
        File.Copy(Path.Combine(Repo.Seeds, "people.json"), Path.Combine(folder.Seeds, "people.json"));
        var file = folder.Write("potash.txt", Article);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var client = await EditorClient.SignInAsync(app);
        var events = (await JsonAsync(client, "/api/events")).GetProperty("items").EnumerateArray().ToList();
        var meeting = events.Single(e => e.GetProperty("participants").EnumerateArray().Any(p => p.GetProperty("slug").GetString() == "oleg-kravchenko"));
        var slug = meeting.GetProperty("slug").GetString()!;

        var reject = await EditorClient.PostFormAsync(client, $"/editor/events/{slug}", new()
        {
            ["Input.Title"] = meeting.GetProperty("title").GetString()!,
            ["Input.Date"] = meeting.GetProperty("date").GetProperty("edtf").GetString()!,
            ["Input.Kind"] = "1",
            ["decision"] = "reject",
            ["confirmed"] = "true",
        });
        File.AppendAllText(file, "\nOne more line for the record.\n");
        await app.ImportAsync(folder.Seeds);

        Assert.Equal(HttpStatusCode.Redirect, reject.StatusCode);
        var remaining = (await JsonAsync(client, "/api/events")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("slug").GetString());
        Assert.DoesNotContain(slug, remaining);
        var timeline = await client.GetStringAsync("/timeline", TestContext.Current.CancellationToken);
        Assert.DoesNotContain($"/events/{slug}\"", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_event_date_is_refused_with_a_message_and_changes_nothing()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("potash.txt", Article);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var client = await EditorClient.SignInAsync(app);
        var slug = (await JsonAsync(client, "/api/events")).GetProperty("items")[0].GetProperty("slug").GetString()!;

        var response = await EditorClient.PostFormAsync(client, $"/editor/events/{slug}", new() { ["Input.Title"] = "Changed", ["Input.Date"] = "last spring", ["Input.Kind"] = "1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("last spring", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.NotEqual("Changed", (await JsonAsync(client, $"/api/events/{slug}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Readers_cannot_open_the_curation_pages()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await app.StartAsync();

        var person = await client.GetAsync("/editor/people/oleg-kravchenko", TestContext.Current.CancellationToken);
        var post = await client.PostAsync("/editor/people/oleg-kravchenko", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "X", ["decision"] = "reject" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, person.StatusCode);
        Assert.Contains("/editor/login", person.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("Oleg Kravchenko", (await JsonAsync(client, "/api/people/oleg-kravchenko")).GetProperty("name").GetString());
    }
}
