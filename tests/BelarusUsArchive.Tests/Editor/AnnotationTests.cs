using System.Net;
using AngleSharp.Dom;
using BelarusUsArchive.Tests.Support;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>Notes on passages, and replies, through the forms alone (no script), as a reader then sees them.</summary>
public class AnnotationTests
{
    /// <summary>A paragraph of seed 003 in which a word stands at least twice, and where its second occurrence starts.</summary>
    private static (int Paragraph, string Word, int Second) Repeated(ArchiveApp app) => app.InScope(db =>
    {
        var paragraphs = db.Paragraphs.Where(p => p.Article!.Slug == Seed003).OrderBy(p => p.Number).Select(p => new { p.Number, p.Text }).ToList();
        foreach (var p in paragraphs)
        {
            foreach (var word in p.Text.Split(' ').Where(w => w.Length > 6 && w.All(char.IsLetter)))
            {
                var first = p.Text.IndexOf(word, StringComparison.Ordinal);
                if (p.Text.IndexOf(word, first + 1, StringComparison.Ordinal) is var second and > 0)
                {
                    return (p.Number, word, second);
                }
            }
        }
        throw new InvalidOperationException("seed 003 has no paragraph with a repeated word");
    });

    /// <summary>The paragraph's own words with the highlight written as [[…]]: where the reader sees it.</summary>
    private static string Marked(IElement paragraph)
    {
        var copy = (IElement)paragraph.Clone();
        foreach (var added in copy.QuerySelectorAll(".pn, .anno, .fn"))
        {
            added.Remove();
        }
        foreach (var mark in copy.QuerySelectorAll("mark.passage"))
        {
            mark.TextContent = "[[" + mark.TextContent + "]]";
        }
        return copy.TextContent;
    }

    [Fact]
    public async Task Selected_words_are_highlighted_where_they_were_selected_and_the_note_and_passage_link_to_each_other()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var editor = await SignInAsync(app, "annotator@example.org");
        var (n, word, second) = Repeated(app);

        // What the script sends when the second occurrence is selected: the paragraph, the words and where they start.
        var saved = await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary?paragraph={n}&at={second}&quote={Uri.EscapeDataString(word)}", new()
        {
            ["Input.Paragraph"] = Number(n), ["Input.Quote"] = word, ["Input.At"] = Number(second),
            ["Input.Markdown"] = "The second use matters.", ["Input.Publish"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith($"#p{n}", Location(saved), StringComparison.Ordinal);

        var page = await HtmlAsync(reader, $"/articles/{Seed003}");
        var paragraph = page.GetElementById($"p{n}")!;
        var text = app.InScope(db => db.Paragraphs.Single(p => p.Article!.Slug == Seed003 && p.Number == n).Text);
        Assert.Equal(text.Insert(second + word.Length, "]]").Insert(second, "[["), Marked(paragraph));
        var mark = paragraph.QuerySelector("mark.passage")!;
        var note = page.QuerySelector($"aside.commentary .on-quote a[href='#{mark.Id}']")!.Closest("aside")!;
        Assert.Equal(word, note.QuerySelector(".on-quote q")!.TextContent);
        Assert.Equal("#" + note.Id, paragraph.QuerySelector("sup.anno a")!.GetAttribute("href"));
        Assert.Contains("The second use matters.", note.TextContent, StringComparison.Ordinal);
        // Every paragraph of the article carries its number as a link to itself.
        Assert.All(page.QuerySelectorAll(".article [id^=p] > .pn, .article blockquote[id] .pn"), a =>
            Assert.Equal("#" + a.Closest("[id^=p]:is(p, li, h2, blockquote)")!.Id, a.GetAttribute("href")));
        Assert.Equal(Number(n), paragraph.QuerySelector("a.pn")!.TextContent);
        // The selection script is the editor's: readers download none.
        Assert.Null(page.QuerySelector("script[src]"));
        Assert.NotNull((await HtmlAsync(editor, $"/articles/{Seed003}")).QuerySelector("script[src^='/js/annotate.js?v='][defer]"));
    }

    [Fact]
    public async Task Without_script_the_form_takes_a_paragraph_number_and_typed_words_and_shows_them_in_the_paragraph()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var editor = await SignInAsync(app, "typist@example.org");
        var (n, word, _) = Repeated(app);

        var form = await HtmlAsync(editor, $"/editor/articles/{Seed003}/commentary?paragraph={n}&quote={Uri.EscapeDataString(word)}");
        Assert.Equal(word, form.QuerySelector("blockquote.context mark")!.TextContent);
        var wrong = await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", new()
        {
            ["Input.Paragraph"] = Number(n), ["Input.Quote"] = "words this paragraph never had", ["Input.Markdown"] = "Misplaced.",
        });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("exactly as they stand", (await ParseAsync(wrong)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        var saved = await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", new()
        {
            ["Input.Paragraph"] = Number(n), ["Input.Quote"] = " " + word + " ", ["Input.Markdown"] = "Typed by hand.", ["Input.Publish"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var text = app.InScope(db => db.Paragraphs.Single(p => p.Article!.Slug == Seed003 && p.Number == n).Text);
        var first = text.IndexOf(word, StringComparison.Ordinal);
        var page = await HtmlAsync(reader, $"/articles/{Seed003}");
        Assert.Equal(text.Insert(first + word.Length, "]]").Insert(first, "[["), Marked(page.GetElementById($"p{n}")!));
    }

    [Fact]
    public async Task A_reply_hangs_under_its_note_with_its_authors_display_name_and_a_reply_to_a_reply_answers_the_same_note()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var first = await SignInAsync(app, "first@example.org");
        var second = await SignInAsync(app, "second@example.org");
        await SubmitAsync(second, "/editor", new() { ["name"] = "Volha Reviewer" }, handler: "Name");
        var n = ParagraphWith(app, Seed003, "quickly thawing");
        await SubmitAsync(first, $"/editor/articles/{Seed003}/commentary", new()
        {
            ["Input.Paragraph"] = Number(n), ["Input.Quote"] = "quickly thawing", ["Input.Markdown"] = "The thaw had a price.", ["Input.Publish"] = "true",
        });
        var noteId = app.InScope(db => db.Commentary.Single().Id);

        var form = await HtmlAsync(second, $"/editor/articles/{Seed003}/commentary?replyTo={noteId}");
        Assert.Contains("The thaw had a price.", form.QuerySelector("blockquote.context")!.TextContent, StringComparison.Ordinal);
        Assert.Null(form.QuerySelector("input[name='Input.Paragraph']"));
        var reply = await SubmitAsync(second, $"/editor/articles/{Seed003}/commentary?replyTo={noteId}", new()
        {
            ["Input.Markdown"] = "It was paid in 2020.", ["Input.Publish"] = "true",
        });
        var replyId = app.InScope(db => db.Commentary.Single(c => c.ParentId == noteId).Id);
        Assert.EndsWith($"#c{replyId}", Location(reply), StringComparison.Ordinal);
        await SubmitAsync(first, $"/editor/articles/{Seed003}/commentary?replyTo={replyId}", new()
        {
            ["Input.ReplyTo"] = Number(replyId), ["Input.Markdown"] = "Agreed.", ["Input.Publish"] = "true",
        });

        var page = await HtmlAsync(reader, $"/articles/{Seed003}");
        var replies = page.QuerySelectorAll($"aside#c{noteId} ol.replies > li");
        Assert.Equal(["It was paid in 2020.", "Agreed."], replies.Select(r => r.QuerySelector(".commentary-body")!.TextContent.Trim()));
        Assert.Equal(["Volha Reviewer", "An editor"], replies.Select(r => r.QuerySelector(".by")!.TextContent));
        Assert.DoesNotContain("second@example.org", page.Body!.OuterHtml, StringComparison.Ordinal);
        // A reply is no note on the whole article.
        Assert.Single(page.QuerySelectorAll("aside.commentary"));
    }

    [Fact]
    public async Task A_reply_to_a_note_that_is_not_there_is_refused_with_a_reason()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "replier@example.org");

        await HtmlAsync(editor, $"/editor/articles/{Seed003}/commentary?replyTo=99999", HttpStatusCode.NotFound);
        var refused = await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", new()
        {
            ["Input.ReplyTo"] = "99999", ["Input.Markdown"] = "To nobody.", ["Input.Publish"] = "true",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("not on this article", (await ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, app.InScope(db => db.Commentary.Count()));
    }

    [Fact]
    public async Task Readers_see_no_reply_to_a_draft_note()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var editor = await SignInAsync(app, "drafter@example.org");
        await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", new() { ["Input.Paragraph"] = "2", ["Input.Markdown"] = "Not ready." });
        var noteId = app.InScope(db => db.Commentary.Single().Id);
        await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary?replyTo={noteId}", new() { ["Input.Markdown"] = "Published too early.", ["Input.Publish"] = "true" });

        var page = await HtmlAsync(reader, $"/articles/{Seed003}");
        Assert.DoesNotContain("Published too early.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Published too early.", (await HtmlAsync(editor, $"/articles/{Seed003}")).QuerySelector($"aside#c{noteId} ol.replies")!.TextContent, StringComparison.Ordinal);
    }
}
