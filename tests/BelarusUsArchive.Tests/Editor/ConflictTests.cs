using System.Net;
using AngleSharp.Html.Dom;
using BelarusUsArchive.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>Two editors, two browsers' worth of cookies, one record: the second save never silently overwrites the first.</summary>
public class ConflictTests
{
    [Fact]
    public async Task The_second_save_of_a_commentary_gets_a_conflict_page_and_saves_after_merging()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var first = await SignInAsync(app, "first@example.org");
        var second = await SignInAsync(app, "second@example.org");
        var fields = (string text) => new Dictionary<string, string> { ["Input.Paragraph"] = "3", ["Input.Markdown"] = text, ["Input.Publish"] = "true" };
        await SubmitAsync(first, $"/editor/articles/{Seed003}/commentary", fields("Original text."));
        var url = $"/editor/articles/{Seed003}/commentary/{app.InScope(db => db.Commentary.Single().Id)}";
        var firstForm = await HtmlAsync(first, url);
        var secondForm = await HtmlAsync(second, url);

        var firstSave = await PostAsync(first, url, firstForm, WithVersion(fields("The first editor's text."), firstForm));
        var conflict = await PostAsync(second, url, secondForm, WithVersion(fields("The second editor's text."), secondForm));

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("The first editor's text.", app.InScope(db => db.Commentary.Single().Markdown));
        var page = await ParseAsync(conflict);
        var notice = page.QuerySelector(".conflict")!;
        Assert.Contains("first@example.org", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("The first editor's text.", notice.QuerySelector(".versions")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The second editor's text.", notice.QuerySelector(".versions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The second editor's text.", page.QuerySelector("textarea[name='Input.Markdown']")!.TextContent.Trim());

        var merged = await PostAsync(second, url, page, WithVersion(fields("The first editor's text, and the second's."), page));

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal("The first editor's text, and the second's.", app.InScope(db => db.Commentary.Single().Markdown));
        Assert.Equal(3, app.InScope(db => db.Revisions.Count(r => r.EntityType == "commentary")));
    }

    [Fact]
    public async Task The_second_correction_of_an_articles_metadata_gets_a_conflict_page_and_saves_after_merging()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var first = await SignInAsync(app, "first@example.org");
        var second = await SignInAsync(app, "second@example.org");
        var url = $"/editor/articles/{Seed003}/edit";
        var firstForm = await HtmlAsync(first, url);
        var secondForm = await HtmlAsync(second, url);

        var firstSave = await PostAsync(first, url, firstForm, Fields(firstForm, ("Input.Title", "Title as the first editor corrected it")));
        var conflict = await PostAsync(second, url, secondForm, Fields(secondForm, ("Input.Published", "2019-09")));

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var stored = app.InScope(db => db.Articles.AsNoTracking().Where(a => a.Slug == Seed003).Select(a => new { a.Title, a.Published }).Single());
        Assert.Equal("Title as the first editor corrected it", stored.Title);
        Assert.NotEqual("2019-09", stored.Published?.Edtf);
        var page = await ParseAsync(conflict);
        var notice = page.QuerySelector(".conflict")!;
        Assert.Contains("first@example.org", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("Title as the first editor corrected it", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("2019-09", page.QuerySelector("input[name='Input.Published']")!.GetAttribute("value"));

        var merged = await PostAsync(second, url, page, Fields(page, ("Input.Title", "Title as the first editor corrected it"), ("Input.Published", "2019-09")));

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var after = app.InScope(db => db.Articles.AsNoTracking().Where(a => a.Slug == Seed003).Select(a => new { a.Title, a.Published, a.CorrectedFields }).Single());
        Assert.Equal("Title as the first editor corrected it", after.Title);
        Assert.Equal("2019-09", after.Published!.Edtf);
        Assert.Equal("published,title", after.CorrectedFields);
    }

    private static Dictionary<string, string> WithVersion(Dictionary<string, string> fields, IHtmlDocument form)
    {
        fields["Input.Version"] = Version(form)!;
        return fields;
    }

    /// <summary>Every field of the form as it stands, with some changed, as a browser would post it.</summary>
    private static Dictionary<string, string> Fields(IHtmlDocument form, params (string Name, string Value)[] changes)
    {
        var fields = form.QuerySelectorAll("form[method=post] input[name^='Input.']")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }
        return fields;
    }
}
