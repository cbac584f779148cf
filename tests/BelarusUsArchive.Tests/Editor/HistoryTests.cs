using System.Net;
using BelarusUsArchive.Tests.Support;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Editor;

public class HistoryTests
{
    /// <summary>Opens a restore's confirmation page and confirms it as it stands (the published state kept).</summary>
    public static async Task<HttpResponseMessage> RestoreAsync(HttpClient editor, string url, params (string Name, string Value)[] changes)
    {
        var confirm = await HtmlAsync(editor, url);
        var fields = confirm.QuerySelectorAll("main form[method=post] input[name]:not([type=checkbox]), main form[method=post] input[type=checkbox][checked]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }
        fields.Remove("__RequestVerificationToken");
        return await PostAsync(editor, url, confirm, fields);
    }

    public static string Version(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        page.QuerySelector($"input[name='{name}']")?.GetAttribute("value") ?? throw new InvalidOperationException($"no {name} field");

    [Fact]
    public async Task Every_save_is_listed_compared_line_by_line_and_an_old_revision_can_be_restored()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var editor = await SignInAsync(app, "curator@example.org");
        var n = ParagraphWith(app, Seed003, "quickly thawing");
        var fields = (string text) => new Dictionary<string, string> { ["Input.Paragraph"] = Number(n), ["Input.Markdown"] = text, ["Input.Publish"] = "true" };
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", fields("The thaw began in 2015.\n\nSanctions were eased."))).StatusCode);
        var id = app.InScope(db => db.Commentary.Single().Id);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary/{id}", fields("The thaw began in 2015.\n\nAmbassadors returned in 2019."))).StatusCode);
        var revisions = app.InScope(db => db.Revisions.Where(r => r.EntityType == "commentary" && r.EntityId == id).OrderBy(r => r.Id).Select(r => r.Id).ToList());

        var list = await HtmlAsync(editor, "/editor/history");
        var record = await HtmlAsync(editor, $"/editor/history/commentary/{id}?a={revisions[0]}&b={revisions[1]}");

        Assert.Equal(2, revisions.Count);
        var rows = list.QuerySelectorAll("tbody tr").Where(tr => tr.QuerySelector($"a[href='/editor/history/commentary/{id}']") is not null).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, tr => Assert.Contains("curator@example.org", tr.TextContent, StringComparison.Ordinal));
        Assert.Equal(["+ Ambassadors returned in 2019."], record.QuerySelectorAll(".diff ins").Select(e => e.TextContent.Trim()));
        Assert.Equal(["- Sanctions were eased."], record.QuerySelectorAll(".diff del").Select(e => e.TextContent.Trim()));
        Assert.Contains(record.QuerySelectorAll(".diff pre > span"), s => s.TextContent.Contains("The thaw began in 2015.", StringComparison.Ordinal));

        var restore = await RestoreAsync(editor, $"/editor/history/commentary/{id}/restore/{revisions[0]}");
        var aside = (await HtmlAsync(reader, $"/articles/{Seed003}")).QuerySelector($"#p{n} + aside.commentary .commentary-body")!;

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Contains("Sanctions were eased.", aside.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ambassadors returned", aside.TextContent, StringComparison.Ordinal);
        var after = app.InScope(db => db.Revisions.Where(r => r.EntityType == "commentary" && r.EntityId == id).OrderBy(r => r.Id).ToList());
        Assert.Equal(3, after.Count);
        Assert.StartsWith("Restored", after[2].Summary, StringComparison.Ordinal);
        Assert.Equal(after[0].Snapshot, after[2].Snapshot);
        var latest = await HtmlAsync(editor, $"/editor/history/commentary/{id}");
        Assert.Equal(3, latest.QuerySelectorAll("section[aria-labelledby=all-head] li").Length);
    }

    [Fact]
    public async Task A_restored_revision_is_anchored_on_its_own_passage_again()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var editor = await SignInAsync(app, "curator@example.org");
        var first = ParagraphWith(app, Seed003, "quickly thawing");
        var second = ParagraphWith(app, Seed003, "exchange ambassadors");
        var fields = (int paragraph, string quote) => new Dictionary<string, string>
        {
            ["Input.Paragraph"] = Number(paragraph), ["Input.Quote"] = quote, ["Input.Markdown"] = "On " + quote, ["Input.Publish"] = "true",
        };
        await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", fields(first, "quickly thawing"));
        var id = app.InScope(db => db.Commentary.Single().Id);
        await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary/{id}", fields(second, "exchange ambassadors"));
        var oldest = app.InScope(db => db.Revisions.OrderBy(r => r.Id).First().Id);

        var restore = await RestoreAsync(editor, $"/editor/history/commentary/{id}/restore/{oldest}");
        var page = await HtmlAsync(reader, $"/articles/{Seed003}");

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal("quickly thawing", page.QuerySelector($"#p{first} + aside.commentary .on-quote q")!.TextContent);
        Assert.Null(page.QuerySelector($"#p{second} + aside.commentary"));
        var stored = app.InScope(db => db.Commentary.Select(c => new { c.Quote, c.QuoteStart, c.QuoteEnd, Paragraph = db.Paragraphs.Single(p => p.ArticleId == c.ArticleId && p.Number == c.ParagraphNumber).Text }).Single());
        Assert.Equal("quickly thawing", stored.Paragraph[stored.QuoteStart!.Value..stored.QuoteEnd!.Value]);
    }

    [Fact]
    public async Task Restoring_needs_the_forms_antiforgery_token()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "curator@example.org");
        var fields = (string text) => new Dictionary<string, string> { ["Input.Paragraph"] = "3", ["Input.Markdown"] = text, ["Input.Publish"] = "true" };
        await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", fields("First text."));
        var id = app.InScope(db => db.Commentary.Single().Id);
        await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary/{id}", fields("Second text."));
        var first = app.InScope(db => db.Revisions.OrderBy(r => r.Id).First().Id);

        var confirm = await HtmlAsync(editor, $"/editor/history/commentary/{id}/restore/{first}");
        var forged = await editor.PostAsync($"/editor/history/commentary/{id}/restore/{first}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = Version(confirm, "version") }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("Second text.", app.InScope(db => db.Commentary.Single().Markdown));
        Assert.Equal(2, app.InScope(db => db.Revisions.Count()));
    }
}
