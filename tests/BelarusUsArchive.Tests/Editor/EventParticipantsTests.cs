using System.Net;
using BelarusUsArchive.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static BelarusUsArchive.Tests.Editor.Editors;
using static BelarusUsArchive.Tests.Editor.EventEditing;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>An event's participants and place edited on its curation page, kept as a revision, undone by a restore; bad input refused.</summary>
public class EventParticipantsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The curation form's fields as a browser posts them (ticked boxes only), with the changes.</summary>
    internal static List<(string Name, string Value)> FormFields(AngleSharp.Html.Dom.IHtmlDocument page, params (string Name, string Value)[] changes)
    {
        var form = page.QuerySelectorAll("main form[method=post]").First();
        var fields = form.QuerySelectorAll("input[name], select[name]")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken" && (e.GetAttribute("type") != "checkbox" || e.HasAttribute("checked")))
            .Select(e => (e.GetAttribute("name")!, e is AngleSharp.Html.Dom.IHtmlSelectElement s ? s.Value ?? "" : e.GetAttribute("value") ?? "")).ToList();
        foreach (var (name, value) in changes)
        {
            fields.RemoveAll(f => f.Item1 == name && name != "Input.Remove");
            fields.Add((name, value));
        }
        return fields;
    }

    [Fact]
    public async Task A_participant_added_and_one_removed_with_the_place_show_to_readers_and_restoring_the_version_before_puts_them_back()
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, reader) = await StartAsync(folder);
        await using var __ = app;
        var editor = await SignInAsync(app, "curator@example.org");
        var (meeting, _) = EventSlugs(app);
        var before = Read(app, meeting)!;
        var place = app.InScope(db => db.Events.Single(e => e.Slug == meeting).Place);
        var anna = app.InScope(db => db.People.Single(p => p.Slug == "anna-kovalenko").Id);
        var url = $"/editor/events/{meeting}";
        var page = await HtmlAsync(editor, url);

        var saved = await PostPairsAsync(editor, url, page,
            FormFields(page, ("Input.Remove", anna.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.Add", "Vladimir Makei"), ("Input.Place", "Vilnius")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["Oleg Kravchenko", "Vladimir Makei"], await ParticipantsShownAsync(reader, meeting));
        Assert.Contains("Vilnius", (await HtmlAsync(reader, $"/events/{meeting}")).QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        var history = await HtmlAsync(editor, $"/editor/history/event/{before.Id}");
        var diff = history.QuerySelectorAll(".diff ins, .diff del").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains(diff, l => l.StartsWith("- participants:", StringComparison.Ordinal) && l.Contains("Anna Kovalenko", StringComparison.Ordinal));
        Assert.Contains(diff, l => l.StartsWith("+ participants:", StringComparison.Ordinal) && l.Contains("Vladimir Makei", StringComparison.Ordinal));

        var undo = history.QuerySelectorAll("a.restore").Single(a => a.TextContent.Contains("before", StringComparison.Ordinal)).GetAttribute("href")!;
        var confirm = await HtmlAsync(editor, undo);
        var restored = await HistoryTests.RestoreAsync(editor, undo);

        var rows = confirm.QuerySelectorAll(".restore-changes tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["place", "participants"], rows);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(before.People, Read(app, meeting)!.People);
        Assert.Equal(place, app.InScope(db => db.Events.Single(e => e.Slug == meeting).Place));
        Assert.Equal(["Anna Kovalenko", "Oleg Kravchenko"], await ParticipantsShownAsync(reader, meeting));
    }

    [Theory]
    [InlineData("Input.Add", "Nobody Atall", "No person of the archive is called “Nobody Atall”")]
    [InlineData("Input.Title", "", "The Title field is required")]
    [InlineData("Input.Date", "last spring", "is not an EDTF date")]
    public async Task Bad_input_is_refused_with_a_message_and_changes_nothing(string field, string value, string message)
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, _) = await StartAsync(folder);
        await using var __ = app;
        var editor = await SignInAsync(app, "curator@example.org");
        var (meeting, _) = EventSlugs(app);
        var before = Read(app, meeting);
        var anna = app.InScope(db => db.People.Single(p => p.Slug == "anna-kovalenko").Id);
        var page = await HtmlAsync(editor, $"/editor/events/{meeting}");

        var response = await PostPairsAsync(editor, $"/editor/events/{meeting}", page,
            FormFields(page, (Name: field, Value: value), ("Input.Remove", anna.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, Read(app, meeting), new ShapeComparer());
        Assert.Equal(0, app.InScope(db => db.Revisions.Count(r => r.EntityType == "event")));
    }

    [Fact]
    public async Task A_participant_change_over_a_newer_save_answers_with_the_conflict_page_showing_both_participant_lists()
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, _) = await StartAsync(folder);
        await using var __ = app;
        var first = await SignInAsync(app, "first@example.org");
        var second = await SignInAsync(app, "second@example.org");
        var (meeting, _) = EventSlugs(app);
        var url = $"/editor/events/{meeting}";
        var (a, b) = (await HtmlAsync(first, url), await HtmlAsync(second, url));

        var won = await PostPairsAsync(first, url, a, FormFields(a, ("Input.Add", "Vladimir Makei")));
        var lost = await PostPairsAsync(second, url, b, FormFields(b, ("Input.Add", "Sergey Lavrov")));

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        var versions = (await ParseAsync(lost)).QuerySelectorAll(".conflict .versions section").Select(s => s.TextContent).ToList();
        Assert.Contains("Vladimir Makei", versions[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Sergey Lavrov", versions[0], StringComparison.Ordinal);
        Assert.Contains("Sergey Lavrov", versions[1], StringComparison.Ordinal);
        Assert.DoesNotContain("sergey-lavrov", Read(app, meeting)!.People);
    }

    internal sealed class ShapeComparer : IEqualityComparer<Shape?>
    {
        public bool Equals(Shape? x, Shape? y) => x is null ? y is null
            : y is not null && x.Id == y.Id && x.Slug == y.Slug && x.Title == y.Title && x.Sources.SequenceEqual(y.Sources) && x.People.SequenceEqual(y.People);

        public int GetHashCode(Shape? obj) => obj?.Id ?? 0;
    }
}
