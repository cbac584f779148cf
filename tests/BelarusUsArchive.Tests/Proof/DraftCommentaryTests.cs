using System.Net;
using BelarusUsArchive.Tests.Support;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>
/// The rule, as the code intends it: commentary is the editorial team's shared work. Every editor sees every
/// draft beside its paragraph with an Edit link (Articles/Details shows drafts to editors), so any Editor may
/// open, change and publish another editor's draft; each save is a revision naming who saved it, the byline
/// stays the author's, and no reader ever sees a draft: not on the page, not in the API, not by its editor URL.
/// </summary>
public class DraftCommentaryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Another_editor_may_finish_a_draft_with_a_revision_in_their_name_while_readers_never_see_it()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var author = await SignInAsync(app, "author@example.org");
        var colleague = await SignInAsync(app, "colleague@example.org");
        await SubmitAsync(author, $"/editor/articles/{Seed003}/commentary", new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = "A draft nobody reads yet." });
        var id = app.InScope(db => db.Commentary.Single().Id);
        var url = $"/editor/articles/{Seed003}/commentary/{id}";

        var readerPage = await reader.GetStringAsync($"/articles/{Seed003}", Cancel);
        var readerApi = await reader.GetStringAsync($"/api/articles/{Seed003}", Cancel);
        var readerForm = await NewClient(app).GetAsync(url, Cancel);
        var colleagueSees = (await HtmlAsync(colleague, $"/articles/{Seed003}")).QuerySelector("aside.commentary.draft")!.TextContent;
        var edited = await SubmitAsync(colleague, url, new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = "A draft the colleague finished." });

        Assert.DoesNotContain("A draft nobody reads yet.", readerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("A draft nobody reads yet.", readerApi, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, readerForm.StatusCode);
        Assert.Contains("/editor/login", Location(readerForm), StringComparison.Ordinal);
        Assert.Contains("A draft nobody reads yet.", colleagueSees, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var stored = app.InScope(db => db.Commentary.Single());
        Assert.Equal(("A draft the colleague finished.", "author@example.org"), (stored.Markdown, stored.AuthorName));
        Assert.Equal(["author@example.org", "colleague@example.org"],
            app.InScope(db => db.Revisions.Where(r => r.EntityType == "commentary").OrderBy(r => r.Id).Select(r => r.UserName).ToList()));
        Assert.DoesNotContain("A draft the colleague finished.", await reader.GetStringAsync($"/articles/{Seed003}", Cancel), StringComparison.Ordinal);
    }
}
