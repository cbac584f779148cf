using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>The review queue worked through with its forms alone, as without script: each decision made by the record's curation page.</summary>
public class ReviewQueueTests
{
    /// <summary>Two texts of the kind the import finds new names in: a candidate person each, and dated happenings.</summary>
    internal static TestFolder Folder()
    {
        var folder = new TestFolder(withSeeds: false);
        File.Copy(Path.Combine(Repo.Seeds, "people.json"), Path.Combine(folder.Seeds, "people.json"));
        folder.Write("a-potash.txt", """
            Minsk talks on potash transit

            By Jane Doe

            Published: 12 March 2021

            Deputy Minister Anna Kovalenko said on 10 March 2021 that the talks would go on.
            Anna Kovalenko met the Lithuanian delegation in Vilnius on 11 March 2021.
            """);
        folder.Write("b-grain.txt", """
            Grain corridor talks resume

            By John Roe

            Published: 20 April 2021

            Deputy Minister Piotr Zhuk said on 18 April 2021 that the corridor would reopen.
            Piotr Zhuk met the Polish delegation in Warsaw on 19 April 2021.
            """);
        return folder;
    }

    private static IHtmlFormElement FormFor(IHtmlDocument queue, string action) =>
        (IHtmlFormElement)queue.QuerySelector($"form.decide[action='{action}']")!;

    /// <summary>Submits a queue row's form as a browser does: its fields and the button pressed.</summary>
    internal static Task<HttpResponseMessage> DecideAsync(HttpClient client, IHtmlDocument queue, string action, string decision, string? returnTo = null)
    {
        var form = FormFor(queue, action);
        var fields = form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>()
            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.First().Value);
        fields["decision"] = decision;
        if (returnTo is not null)
        {
            fields["returnTo"] = returnTo;
        }
        return client.PostAsync(action, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Candidates_and_unreviewed_events_are_listed_newest_first_and_a_decision_returns_to_the_queue()
    {
        using var folder = Folder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "reviewer@example.org");

        var queue = await HtmlAsync(editor, "/editor/review");
        var people = queue.QuerySelectorAll("section[aria-labelledby=people-head] li h3").Select(h => h.TextContent).ToList();
        Assert.Equal(app.InScope(db => db.People.Where(p => p.Status == PersonStatus.Candidate).OrderByDescending(p => p.Id).Select(p => p.Name).ToList()), people);
        Assert.Contains("Piotr Zhuk", people);
        Assert.Contains("Anna Kovalenko", people);
        var events = app.InScope(db => db.Events.Where(e => e.Status == EventStatus.Extracted).OrderByDescending(e => e.Id).Select(e => e.Slug).ToList());
        Assert.NotEmpty(events);
        Assert.Equal(events, queue.QuerySelectorAll("section[aria-labelledby=events-head] form.decide").Select(f => f.GetAttribute("action")!["/editor/events/".Length..]));
        var spellings = app.InScope(db => db.PersonAliases.Count(a => a.Person!.Slug == "piotr-zhuk"));

        var confirmed = await DecideAsync(editor, queue, "/editor/people/piotr-zhuk", "confirm");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/editor/review#people-head", Location(confirmed));
        Assert.Equal((PersonStatus.Confirmed, spellings), app.InScope(db => db.People.Where(p => p.Slug == "piotr-zhuk").Select(p => new ValueTuple<PersonStatus, int>(p.Status, p.Aliases.Count)).Single()));

        queue = await HtmlAsync(editor, "/editor/review");
        var rejected = await DecideAsync(editor, queue, $"/editor/events/{events[0]}", "reject");
        Assert.Equal("/editor/review#events-head", Location(rejected));
        Assert.Equal(EventStatus.Rejected, app.InScope(db => db.Events.Single(e => e.Slug == events[0]).Status));

        queue = await HtmlAsync(editor, "/editor/review");
        Assert.Equal(people.Where(p => p != "Piotr Zhuk"), queue.QuerySelectorAll("section[aria-labelledby=people-head] li h3").Select(h => h.TextContent));
        Assert.Null(queue.QuerySelector($"form[action='/editor/events/{events[0]}']"));
        Assert.Contains($"({events.Count - 1})", queue.GetElementById("events-head")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_returns_only_to_an_editor_page_of_this_site()
    {
        using var folder = Folder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "wary@example.org");

        foreach (var elsewhere in new[] { "https://evil.example/editor/review", "//evil.example/editor/", "/\\evil.example", "/editor//evil.example", "/articles" })
        {
            var queue = await HtmlAsync(editor, "/editor/review");
            var slug = queue.QuerySelector("section[aria-labelledby=people-head] form.decide")!.GetAttribute("action")!;
            var response = await DecideAsync(editor, queue, slug, "confirm", elsewhere);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/people/" + slug["/editor/people/".Length..], Location(response));
            app.InScope(db => db.People.Where(p => p.Slug == slug.Substring("/editor/people/".Length))
                .ExecuteUpdate(u => u.SetProperty(p => p.Status, PersonStatus.Candidate)));
        }
    }

    [Fact]
    public async Task A_decision_on_a_record_changed_since_the_queue_was_opened_is_refused_on_the_records_page()
    {
        using var folder = Folder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "late@example.org");
        var queue = await HtmlAsync(editor, "/editor/review");
        await SubmitAsync(editor, "/editor/people/anna-kovalenko", new() { ["Input.Name"] = "Anna Kovalenko", ["Input.Description"] = "Deputy minister." });

        var late = await DecideAsync(editor, queue, "/editor/people/anna-kovalenko", "reject");

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(PersonStatus.Candidate, app.InScope(db => db.People.Single(p => p.Slug == "anna-kovalenko").Status));
    }
}
