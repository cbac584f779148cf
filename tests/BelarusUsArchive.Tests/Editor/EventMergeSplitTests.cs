using System.Globalization;
using System.Net;
using BelarusUsArchive.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static BelarusUsArchive.Tests.Editor.Editors;
using static BelarusUsArchive.Tests.Editor.EventEditing;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>Two events merged and one split, each asked once, kept as revisions and undone by restoring; bad input and lost races refused.</summary>
public class EventMergeSplitTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_merge_says_what_moves_moves_it_only_when_confirmed_and_restoring_the_duplicate_puts_passages_and_participants_back()
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, reader) = await StartAsync(folder);
        await using var __ = app;
        var editor = await SignInAsync(app, "curator@example.org");
        var (meeting, others) = EventSlugs(app);
        var (kept, gone) = (Read(app, meeting)!, Read(app, others[0])!);
        var joining = gone.People.Except(kept.People).Count();

        var confirm = await HtmlAsync(editor, $"/editor/events/{meeting}/merge?other={others[0]}");
        var moves = confirm.QuerySelectorAll(".merge-moves li").Select(li => li.TextContent.Trim()).ToList();
        Assert.StartsWith($"{gone.Sources.Count} source passage", moves[0], StringComparison.Ordinal);
        Assert.StartsWith($"{joining} participant", moves[1], StringComparison.Ordinal);
        Assert.Equal(gone, Read(app, others[0]), new EventParticipantsTests.ShapeComparer());

        var merged = await PostPairsAsync(editor, $"/editor/events/{meeting}/merge", confirm, ConfirmFields(confirm));

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal($"/events/{meeting}", Location(merged));
        Assert.Null(Read(app, others[0]));
        var after = Read(app, meeting)!;
        Assert.Equal([.. kept.Sources.Concat(gone.Sources).Order()], after.Sources);
        Assert.Equal([.. kept.People.Union(gone.People).Order(StringComparer.Ordinal)], after.People);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/events/{others[0]}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/events/{others[0]}", Cancel)).StatusCode);

        var history = await HtmlAsync(editor, $"/editor/history/event/{gone.Id}");
        Assert.Contains($"merged into {kept.Title}", history.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var undo = history.QuerySelectorAll("a.restore").Single().GetAttribute("href")!;
        var ask = await HtmlAsync(editor, undo);
        Assert.Contains($"{gone.Sources.Count} source passage", ask.QuerySelector(".moves")!.TextContent, StringComparison.Ordinal);
        var restored = await HistoryTests.RestoreAsync(editor, undo);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(gone, Read(app, others[0]), new EventParticipantsTests.ShapeComparer());
        Assert.Equal(kept, Read(app, meeting), new EventParticipantsTests.ShapeComparer());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/events/{others[0]}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_passage_both_events_report_is_not_doubled_by_a_merge_and_comes_back_with_the_undo()
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, _) = await StartAsync(folder);
        await using var __ = app;
        var editor = await SignInAsync(app, "curator@example.org");
        var (meeting, others) = EventSlugs(app);
        // The duplicate reports one passage the kept event reports too (same article and paragraph).
        var (twin, shared) = app.InScope(db =>
        {
            var source = db.EventSources.First(s => s.Event!.Slug == meeting);
            var copy = new BelarusUsArchive.Web.Model.EventSource { EventId = db.Events.Single(e => e.Slug == others[0]).Id, ArticleId = source.ArticleId, ParagraphNumber = source.ParagraphNumber, Quote = source.Quote };
            db.EventSources.Add(copy);
            db.SaveChanges();
            return (copy.Id, (source.ArticleId, source.ParagraphNumber));
        });
        var gone = Read(app, others[0])!;

        var confirm = await HtmlAsync(editor, $"/editor/events/{meeting}/merge?other={others[0]}");
        await PostPairsAsync(editor, $"/editor/events/{meeting}/merge", confirm, ConfirmFields(confirm));
        var count = app.InScope(db => db.EventSources.Count(s => s.Event!.Slug == meeting && s.ArticleId == shared.ArticleId && s.ParagraphNumber == shared.ParagraphNumber));
        var undo = (await HtmlAsync(editor, $"/editor/history/event/{gone.Id}")).QuerySelectorAll("a.restore").Single().GetAttribute("href")!;
        await HistoryTests.RestoreAsync(editor, undo);

        Assert.Contains("not doubled", confirm.QuerySelector(".merge-moves")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, count);
        Assert.Equal(gone.Sources.Count, Read(app, others[0])!.Sources.Count);
        Assert.Equal(1, app.InScope(db => db.EventSources.Count(s => s.Event!.Slug == others[0] && s.ArticleId == shared.ArticleId && s.ParagraphNumber == shared.ParagraphNumber)));
        Assert.True(twin > 0);
    }

    [Fact]
    public async Task A_merge_confirmed_after_someone_changed_the_duplicate_answers_with_both_versions_and_moves_nothing()
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, _) = await StartAsync(folder);
        await using var __ = app;
        var (first, second) = (await SignInAsync(app, "first@example.org"), await SignInAsync(app, "second@example.org"));
        var (meeting, others) = EventSlugs(app);
        var (kept, gone) = (Read(app, meeting)!, Read(app, others[0])!);
        var confirm = await HtmlAsync(second, $"/editor/events/{meeting}/merge?other={others[0]}");

        var page = await HtmlAsync(first, $"/editor/events/{others[0]}");
        await PostPairsAsync(first, $"/editor/events/{others[0]}", page, EventParticipantsTests.FormFields(page, ("Input.Title", "Retitled by the first editor")));
        var lost = await PostPairsAsync(second, $"/editor/events/{meeting}/merge", confirm, ConfirmFields(confirm));

        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        var versions = (await ParseAsync(lost)).QuerySelectorAll(".conflict .versions section").Select(s => s.TextContent).ToList();
        Assert.Contains("Retitled by the first editor", versions[0], StringComparison.Ordinal);
        Assert.Contains(gone.Title, versions[1], StringComparison.Ordinal);
        Assert.Equal(gone.Sources, Read(app, others[0])!.Sources);
        Assert.Equal(kept, Read(app, meeting), new EventParticipantsTests.ShapeComparer());
    }

    [Theory]
    [InlineData("no-such-event")]
    [InlineData("")]
    [InlineData("self")]
    public async Task A_merge_with_no_other_event_is_refused_with_a_message(string other)
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, _) = await StartAsync(folder);
        await using var __ = app;
        var editor = await SignInAsync(app, "curator@example.org");
        var (meeting, _) = EventSlugs(app);
        var target = other == "self" ? meeting : other;
        var form = await HtmlAsync(editor, $"/editor/events/{meeting}/merge");

        var get = await editor.GetAsync($"/editor/events/{meeting}/merge?other={target}x", Cancel);
        var post = await PostPairsAsync(editor, $"/editor/events/{meeting}/merge", form, [("other", target), ("version", Guid.NewGuid().ToString())]);

        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("choose one from the list", (await ParseAsync(post)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, app.InScope(db => db.Events.Count()));
    }

    [Fact]
    public async Task A_split_moves_the_ticked_passage_and_participant_to_a_new_event_and_restoring_the_version_before_it_undoes_it()
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, reader) = await StartAsync(folder);
        await using var __ = app;
        var editor = await SignInAsync(app, "curator@example.org");
        var (meeting, _) = EventSlugs(app);
        var before = Read(app, meeting)!;
        var oleg = app.InScope(db => db.People.Single(p => p.Slug == "oleg-kravchenko").Id);
        var url = $"/editor/events/{meeting}/split";
        var form = await HtmlAsync(editor, url);
        var fields = SplitFields(form, before.Sources[1], ("Input.Title", "Second talks on potash transit"), ("Input.Date", "2021-03-12"), ($"Input.People[{Id(oleg)}]", "move"));

        var confirm = await ParseAsync(await PostPairsAsync(editor, url, form, fields));
        var moves = confirm.QuerySelectorAll(".split-moves li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("takes 1 source passage", moves[0], StringComparison.Ordinal);
        Assert.Contains("Oleg Kravchenko", moves[1], StringComparison.Ordinal);
        Assert.Equal(before, Read(app, meeting), new EventParticipantsTests.ShapeComparer());
        var split = await PostPairsAsync(editor, url, confirm, ConfirmFields(confirm));

        Assert.Equal(HttpStatusCode.Redirect, split.StatusCode);
        var created = Read(app, Location(split)!["/events/".Length..])!;
        Assert.Equal("Second talks on potash transit", created.Title);
        Assert.Equal([before.Sources[1]], created.Sources);
        Assert.Equal(["oleg-kravchenko"], created.People);
        Assert.Equal([before.Sources[0]], Read(app, meeting)!.Sources);
        Assert.DoesNotContain("oleg-kravchenko", Read(app, meeting)!.People);
        Assert.Equal(["Oleg Kravchenko"], await ParticipantsShownAsync(reader, created.Slug));

        var history = await HtmlAsync(editor, $"/editor/history/event/{before.Id}");
        var undo = history.QuerySelectorAll("a.restore").Single(a => a.TextContent.Contains("before", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.Contains("Undoes the split", (await HtmlAsync(editor, undo)).QuerySelector(".moves")!.TextContent, StringComparison.Ordinal);
        var restored = await HistoryTests.RestoreAsync(editor, undo);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(before, Read(app, meeting), new EventParticipantsTests.ShapeComparer());
        Assert.Null(Read(app, created.Slug));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/events/{created.Slug}", Cancel)).StatusCode);
    }

    [Theory]
    [InlineData("none", "Tick the passages")]
    [InlineData("all", "Leave at least one passage")]
    [InlineData("title", "The new event needs a title")]
    [InlineData("date", "is not an EDTF date")]
    [InlineData("person", "not one of stays, moves or both")]
    [InlineData("stranger", "not one of stays, moves or both")]
    public async Task A_split_with_bad_input_is_refused_with_a_message_and_changes_nothing(string bad, string message)
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, _) = await StartAsync(folder);
        await using var __ = app;
        var editor = await SignInAsync(app, "curator@example.org");
        var (meeting, _) = EventSlugs(app);
        var before = Read(app, meeting)!;
        var form = await HtmlAsync(editor, $"/editor/events/{meeting}/split");
        var fields = SplitFields(form, before.Sources[1], ("Input.Title", bad == "title" ? "" : "Another meeting"), ("Input.Date", bad == "date" ? "the ides of March" : "2021-03"));
        fields.RemoveAll(f => f.Name == "Input.Sources" && bad == "none");
        var oleg = $"Input.People[{Id(app.InScope(db => db.People.First(p => p.Slug == "oleg-kravchenko").Id))}]";
        fields.RemoveAll(f => f.Name == oleg && bad == "person");
        fields.AddRange(bad == "all" ? [("Input.Sources", Id(before.Sources[0]))] : bad == "person" ? [(oleg, "everywhere")]
            : bad == "stranger" ? [($"Input.People[{Id(app.InScope(db => db.People.First(p => p.Slug == "vladimir-makei").Id))}]", "move")] : []);

        var response = await PostPairsAsync(editor, $"/editor/events/{meeting}/split", form, [.. fields, ("confirmed", "true")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, Read(app, meeting), new EventParticipantsTests.ShapeComparer());
        Assert.Equal(3, app.InScope(db => db.Events.Count()));
    }

    [Fact]
    public async Task A_split_confirmed_after_someone_changed_the_event_answers_with_both_versions_and_splits_nothing()
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, _) = await StartAsync(folder);
        await using var __ = app;
        var (first, second) = (await SignInAsync(app, "first@example.org"), await SignInAsync(app, "second@example.org"));
        var (meeting, _) = EventSlugs(app);
        var before = Read(app, meeting)!;
        var form = await HtmlAsync(second, $"/editor/events/{meeting}/split");
        var confirm = await ParseAsync(await PostPairsAsync(second, $"/editor/events/{meeting}/split", form, SplitFields(form, before.Sources[1], ("Input.Title", "Another meeting"))));

        var page = await HtmlAsync(first, $"/editor/events/{meeting}");
        await PostPairsAsync(first, $"/editor/events/{meeting}", page, EventParticipantsTests.FormFields(page, ("Input.Place", "Brest")));
        var lost = await PostPairsAsync(second, $"/editor/events/{meeting}/split", confirm, ConfirmFields(confirm));

        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        var versions = (await ParseAsync(lost)).QuerySelectorAll(".conflict .versions section").Select(s => s.TextContent).ToList();
        Assert.Contains("Brest", versions[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Brest", versions[1], StringComparison.Ordinal);
        Assert.Equal(before.Sources, Read(app, meeting)!.Sources);
        Assert.Equal(3, app.InScope(db => db.Events.Count()));
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The split form's fields with one passage ticked and the changes made.</summary>
    private static List<(string Name, string Value)> SplitFields(AngleSharp.Html.Dom.IHtmlDocument form, int source, params (string Name, string Value)[] changes)
    {
        var fields = EventParticipantsTests.FormFields(form, changes);
        fields.Add(("Input.Sources", Id(source)));
        return fields;
    }
}
