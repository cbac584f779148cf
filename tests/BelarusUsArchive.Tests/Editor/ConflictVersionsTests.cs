using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using BelarusUsArchive.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static BelarusUsArchive.Tests.Editor.Editors;
using static BelarusUsArchive.Tests.Editor.UndoTests;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>Every editable record answers a lost race with the conflict page showing both versions: the saved one and the editor's own.</summary>
public class ConflictVersionsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("article")]
    [InlineData("person")]
    [InlineData("event")]
    [InlineData("commentary")]
    public async Task A_save_over_a_newer_one_shows_their_version_and_yours(string kind)
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var first = await SignInAsync(app, "first@example.org");
        var second = await SignInAsync(app, "second@example.org");
        var (url, field) = await TargetAsync(app, first, kind);
        var forms = (A: await HtmlAsync(first, url), B: await HtmlAsync(second, url));

        var won = await PostAsync(first, url, forms.A, Fields(forms.A, field, $"Theirs: the {kind} as the first editor saved it"));
        var lost = await PostAsync(second, url, forms.B, Fields(forms.B, field, $"Yours: the {kind} as the second editor wrote it"));

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        var page = await ParseAsync(lost);
        var versions = page.QuerySelectorAll(".conflict .versions section").Select(s => s.TextContent).ToList();
        Assert.Equal(2, versions.Count);
        Assert.Contains($"Theirs: the {kind}", versions[0], StringComparison.Ordinal);
        Assert.Contains($"Yours: the {kind}", versions[1], StringComparison.Ordinal);
        Assert.Contains("first@example.org", page.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merge_confirmed_after_someone_changed_the_person_is_refused_with_both_versions_and_moves_nothing()
    {
        using var folder = new TestFolder(withSeeds: false);
        var (app, _) = await PotashAsync(folder);
        await using var __ = app;
        var first = await SignInAsync(app, "first@example.org");
        var second = await SignInAsync(app, "second@example.org");
        var confirm = await HtmlAsync(second, "/editor/people/anna-kovalenko?into=oleg-kravchenko");
        var mentions = app.InScope(db => db.Mentions.Count(m => m.Person!.Slug == "anna-kovalenko"));

        await EditorClient.PostFormAsync(first, "/editor/people/anna-kovalenko", new() { ["Input.Name"] = "Anna Kovalenko", ["Input.Description"] = "A deputy minister, described first." });
        var lost = await PostAsync(second, "/editor/people/anna-kovalenko", confirm,
            confirm.QuerySelectorAll(".confirm form input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? ""), "Merge");

        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        var page = await ParseAsync(lost);
        var versions = page.QuerySelectorAll(".conflict .versions section").Select(s => s.TextContent).ToList();
        Assert.Contains("A deputy minister, described first.", versions[0], StringComparison.Ordinal);
        Assert.DoesNotContain("described first", versions[1], StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".merge-moves"));
        Assert.Equal(mentions, app.InScope(db => db.Mentions.Count(m => m.Person!.Slug == "anna-kovalenko")));
    }

    [Fact]
    public async Task A_restore_confirmed_after_someone_saved_is_refused_with_both_versions()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var first = await SignInAsync(app, "first@example.org");
        var second = await SignInAsync(app, "second@example.org");
        var edit = $"/editor/articles/{Seed003}/edit";
        await SubmitAsync(first, edit, CurrentFields(await HtmlAsync(first, edit), ("Input.Title", "A wrong title")));
        var (id, revision) = app.InScope(db => (db.Articles.Single(a => a.Slug == Seed003).Id, db.Revisions.Single().Id));
        var url = $"/editor/history/article/{id}/restore/{revision.ToString(CultureInfo.InvariantCulture)}?state=before";
        var confirm = await HtmlAsync(second, url);

        await SubmitAsync(first, edit, CurrentFields(await HtmlAsync(first, edit), ("Input.Title", "A better title")));
        var lost = await PostAsync(second, url, confirm, new() { ["version"] = HistoryTests.Version(confirm, "version") });

        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        var versions = (await ParseAsync(lost)).QuerySelectorAll(".conflict .versions section").Select(s => s.TextContent).ToList();
        Assert.Contains("A better title", versions[0], StringComparison.Ordinal);
        Assert.DoesNotContain("A better title", versions[1], StringComparison.Ordinal);
        Assert.Equal("A better title", app.InScope(db => db.Articles.AsNoTracking().Single(a => a.Id == id).Title));
    }

    private static async Task<(string Url, string Field)> TargetAsync(ArchiveApp app, HttpClient editor, string kind)
    {
        if (kind == "commentary")
        {
            await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = "Before the race." });
        }
        return kind switch
        {
            "article" => ($"/editor/articles/{Seed003}/edit", "Input.Title"),
            "person" => ($"/editor/people/{app.InScope(db => db.People.OrderBy(p => p.Slug).First().Slug)}", "Input.Description"),
            "event" => ($"/editor/events/{app.InScope(db => db.Events.OrderBy(e => e.Slug).First().Slug)}", "Input.Title"),
            _ => ($"/editor/articles/{Seed003}/commentary/{app.InScope(db => db.Commentary.Single().Id)}", "Input.Markdown"),
        };
    }

    private static Dictionary<string, string> Fields(IHtmlDocument page, string field, string value)
    {
        var form = page.QuerySelectorAll("main form[method=post]").First(f => !(f.GetAttribute("action") ?? "").Contains("handler", StringComparison.Ordinal));
        var fields = new Dictionary<string, string>();
        foreach (var e in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = e.GetAttribute("name")!;
            if (e is IHtmlInputElement { Type: "checkbox" } box && !box.IsChecked)
            {
                continue;
            }
            fields.TryAdd(name, e switch { IHtmlTextAreaElement t => t.Value, IHtmlSelectElement s => s.Value ?? "", _ => e.GetAttribute("value") ?? "" });
        }
        fields[field] = value;
        fields.Remove("__RequestVerificationToken");
        return fields;
    }
}
