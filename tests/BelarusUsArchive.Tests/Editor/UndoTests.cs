using System.Net;
using System.Text.Json;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;
using static BelarusUsArchive.Tests.Editor.Editors;
using static BelarusUsArchive.Tests.Editor.HistoryTests;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>Undo for every record: a revision keeps the state before each save, and any kept version restores after a confirmation.</summary>
public class UndoTests
{
    internal const string Potash = """
        Minsk talks on potash transit

        By Jane Doe

        Published: 12 March 2021

        Deputy Minister Anna Kovalenko said on 10 March 2021 that the talks would go on.
        The Atlantic Council said the potash talks stalled. Anna Kovalenko met Oleg Kravchenko in Minsk on 11 March 2021.
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    internal static async Task<(ArchiveApp App, HttpClient Reader)> PotashAsync(TestFolder folder)
    {
        File.Copy(Path.Combine(Repo.Seeds, "people.json"), Path.Combine(folder.Seeds, "people.json"));
        folder.Write("potash.txt", Potash);
        var app = new ArchiveApp(folder);
        return (app, await app.StartAsync());
    }

    [Fact]
    public async Task A_first_correction_keeps_the_state_before_it_so_its_difference_shows_only_the_changed_field()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "curator@example.org");
        var original = app.InScope(db => db.Articles.Single(a => a.Slug == Seed003).Published?.Edtf);

        await SubmitAsync(editor, $"/editor/articles/{Seed003}/edit", CurrentFields(await HtmlAsync(editor, $"/editor/articles/{Seed003}/edit"), ("Input.Published", "2019-09")));
        var id = app.InScope(db => db.Articles.Single(a => a.Slug == Seed003).Id);
        var history = await HtmlAsync(editor, $"/editor/history/article/{id}");

        Assert.Equal(["+ published: 2019-09"], history.QuerySelectorAll(".diff ins").Select(e => e.TextContent.Trim()));
        Assert.Equal([$"- published: {original}"], history.QuerySelectorAll(".diff del").Select(e => e.TextContent.Trim()));
        var title = app.InScope(db => db.Articles.Single(a => a.Id == id).Title);
        Assert.Contains(title, history.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/articles/{Seed003}", history.QuerySelector("h1 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_wrong_date_correction_is_restored_after_a_confirmation_that_names_the_change()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var editor = await SignInAsync(app, "curator@example.org");
        var original = app.InScope(db => db.Articles.Single(a => a.Slug == Seed003).Published?.Edtf);
        await SubmitAsync(editor, $"/editor/articles/{Seed003}/edit", CurrentFields(await HtmlAsync(editor, $"/editor/articles/{Seed003}/edit"), ("Input.Published", "1999")));
        var id = app.InScope(db => db.Articles.Single(a => a.Slug == Seed003).Id);
        var link = (await HtmlAsync(editor, $"/editor/history/article/{id}")).QuerySelectorAll("a.restore").Single(a => a.TextContent.Contains("before", StringComparison.Ordinal));

        var confirm = await HtmlAsync(editor, link.GetAttribute("href")!);
        var restore = await RestoreAsync(editor, link.GetAttribute("href")!);

        var rows = confirm.QuerySelectorAll(".restore-changes tbody tr").Select(tr => string.Join(" | ", tr.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal([$"published | 1999 | {original}"], rows);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal(original, app.InScope(db => db.Articles.Single(a => a.Id == id).Published?.Edtf));
        var api = JsonDocument.Parse(await reader.GetStringAsync($"/api/articles/{Seed003}", Cancel)).RootElement;
        Assert.Equal(original, api.GetProperty("published").GetProperty("edtf").GetString());
        Assert.Equal(2, app.InScope(db => db.Revisions.Count(r => r.EntityType == "article" && r.EntityId == id)));
    }

    [Fact]
    public async Task A_merge_shows_what_it_moves_and_is_done_only_on_the_confirmation()
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, _) = await PotashAsync(folder);
        await using var __ = app;
        var editor = await SignInAsync(app, "curator@example.org");
        var (mentions, articles, events) = app.InScope(db => (db.Mentions.Count(m => m.Person!.Slug == "anna-kovalenko"),
            db.Mentions.Where(m => m.Person!.Slug == "anna-kovalenko").Select(m => m.ArticleId).Distinct().Count(),
            db.EventParticipants.Count(p => p.Person!.Slug == "anna-kovalenko")));

        var confirm = await HtmlAsync(editor, "/editor/people/anna-kovalenko?into=oleg-kravchenko");
        var unconfirmed = await PostAsync(editor, "/editor/people/anna-kovalenko", confirm, new() { ["into"] = "oleg-kravchenko", ["Input.Version"] = Version(confirm, "Input.Version") }, "Merge");

        var moves = confirm.QuerySelectorAll(".merge-moves li").Select(li => li.TextContent.Trim()).ToList();
        Assert.StartsWith($"{mentions} mention", moves[0], StringComparison.Ordinal);
        Assert.Contains($"in {articles} article", moves[0], StringComparison.Ordinal);
        Assert.StartsWith($"{events} event", moves[1], StringComparison.Ordinal);
        Assert.Contains("Anna Kovalenko", moves[3], StringComparison.Ordinal);
        Assert.True(mentions >= 2);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(mentions, app.InScope(db => db.Mentions.Count(m => m.Person!.Slug == "anna-kovalenko")));
    }

    [Fact]
    public async Task A_wrong_merge_is_undone_from_the_history_with_mentions_events_and_spellings_back_where_they_were()
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, reader) = await PotashAsync(folder);
        await using var __ = app;
        var editor = await SignInAsync(app, "curator@example.org");
        var before = app.InScope(db => db.People.Where(p => p.Slug == "anna-kovalenko").Select(p => new
        {
            p.Id, Mentions = p.Mentions.Select(m => m.Id).OrderBy(m => m).ToList(),
            Events = db.EventParticipants.Where(x => x.PersonId == p.Id).Select(x => x.EventId).OrderBy(e => e).ToList(),
        }).Single());
        var olegAliases = Aliases(app, "oleg-kravchenko");
        await ConfirmMergeAsync(editor, "anna-kovalenko", "oleg-kravchenko");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/people/anna-kovalenko", Cancel)).StatusCode);
        Assert.Contains("Anna Kovalenko", Aliases(app, "oleg-kravchenko"));

        var history = await HtmlAsync(editor, $"/editor/history/person/{before.Id}");
        var undo = history.QuerySelectorAll("a.restore").Single().GetAttribute("href")!;
        var confirm = await HtmlAsync(editor, undo);
        var restore = await RestoreAsync(editor, undo);

        Assert.Contains("merged into Oleg Kravchenko", history.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{before.Mentions.Count} mentions", confirm.QuerySelector(".moves")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var after = app.InScope(db => db.People.Where(p => p.Slug == "anna-kovalenko").Select(p => new
        {
            p.Id, Mentions = p.Mentions.Select(m => m.Id).OrderBy(m => m).ToList(),
            Events = db.EventParticipants.Where(x => x.PersonId == p.Id).Select(x => x.EventId).OrderBy(e => e).ToList(),
        }).Single());
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.Mentions, after.Mentions);
        Assert.Equal(before.Events, after.Events);
        Assert.Equal(olegAliases, Aliases(app, "oleg-kravchenko"));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/people/anna-kovalenko", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_rejection_asks_once_and_restoring_the_version_before_it_links_the_mentions_again()
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, reader) = await PotashAsync(folder);
        await using var __ = app;
        var editor = await SignInAsync(app, "curator@example.org");
        var (id, mentions) = app.InScope(db => db.People.Where(p => p.Slug == "anna-kovalenko").Select(p => new { p.Id, Count = p.Mentions.Count }).Single() is var x ? (x.Id, x.Count) : default);

        var asked = await EditorClient.PostFormAsync(editor, "/editor/people/anna-kovalenko", new() { ["Input.Name"] = "Anna Kovalenko", ["decision"] = "reject" });
        var question = await ParseAsync(asked);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains($"{mentions} mentions", question.QuerySelector(".confirm")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(mentions, app.InScope(db => db.Mentions.Count(m => m.PersonId == id)));
        var confirmed = await PostAsync(editor, "/editor/people/anna-kovalenko", question,
            question.QuerySelectorAll(".confirm form input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? ""));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(0, app.InScope(db => db.Mentions.Count(m => m.PersonId == id)));

        var revision = app.InScope(db => db.Revisions.Single(r => r.EntityType == "person" && r.EntityId == id).Id);
        var restore = await RestoreAsync(editor, $"/editor/history/person/{id}/restore/{revision}?state=before");

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal(mentions, app.InScope(db => db.Mentions.Count(m => m.PersonId == id)));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/people/anna-kovalenko", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Restoring_commentary_keeps_it_published_unless_the_editor_takes_the_revisions_state()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "curator@example.org");
        var url = $"/editor/articles/{Seed003}/commentary";
        await SubmitAsync(editor, url, new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = "A draft." });
        var id = app.InScope(db => db.Commentary.Single().Id);
        await SubmitAsync(editor, $"{url}/{id}", new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = "Published text.", ["Input.Publish"] = "true" });
        var draft = app.InScope(db => db.Revisions.Where(r => r.EntityType == "commentary").OrderBy(r => r.Id).First().Id);

        await RestoreAsync(editor, $"/editor/history/commentary/{id}/restore/{draft}");
        var kept = app.InScope(db => db.Commentary.AsNoTracking().Single());
        await RestoreAsync(editor, $"/editor/history/commentary/{id}/restore/{draft}", ("keepPublished", "false"));
        var taken = app.InScope(db => db.Commentary.AsNoTracking().Single());

        Assert.Equal(("A draft.", CommentaryStatus.Published), (kept.Markdown, kept.Status));
        Assert.Equal(("A draft.", CommentaryStatus.Draft), (taken.Markdown, taken.Status));
    }

    [Fact]
    public async Task Adding_an_article_is_the_first_revision_of_its_history()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "curator@example.org");

        var saved = await EditorClient.PostFormAsync(editor, "/editor/articles/new", new()
        {
            ["Input.Text"] = "Talks in Minsk on potash\n\nThe United States and Belarus met in Minsk on 3 May 2021 to talk about sanctions and prisoners.",
            ["Input.Published"] = "2021-05-04",
        }, "Save");
        var article = app.InScope(db => db.Articles.Select(a => new { a.Id, a.Slug, a.Title }).Single());
        var history = await HtmlAsync(editor, $"/editor/history/article/{article.Id}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var revision = app.InScope(db => db.Revisions.Single(r => r.EntityType == "article" && r.EntityId == article.Id));
        Assert.Equal($"Added “{article.Title}”", revision.Summary);
        Assert.Null(revision.Before);
        Assert.Contains("published: 2021-05-04", revision.Snapshot, StringComparison.Ordinal);
        Assert.Equal($"/articles/{article.Slug}", history.QuerySelector("h1 a")!.GetAttribute("href"));
    }

    internal static async Task ConfirmMergeAsync(HttpClient editor, string from, string into)
    {
        var confirm = await HtmlAsync(editor, $"/editor/people/{from}?into={into}");
        var fields = confirm.QuerySelectorAll(".confirm form input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, $"/editor/people/{from}", confirm, fields, "Merge")).StatusCode);
    }

    private static List<string> Aliases(ArchiveApp app, string slug) =>
        app.InScope(db => db.People.AsNoTracking().Where(p => p.Slug == slug).SelectMany(p => p.Aliases.Select(a => a.Text)).OrderBy(a => a).ToList());

    /// <summary>Every field of the form as it stands, with some changed, as a browser would post it.</summary>
    internal static Dictionary<string, string> CurrentFields(AngleSharp.Html.Dom.IHtmlDocument form, params (string Name, string Value)[] changes)
    {
        var fields = form.QuerySelectorAll("form[method=post] input[name^='Input.']").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }
        return fields;
    }
}
