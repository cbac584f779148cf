using System.Net;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Model;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Editor;

public class CommentaryTests
{
    private const string Passage = "quickly thawing";

    [Fact]
    public async Task Published_commentary_on_a_passage_stands_beside_its_paragraph_with_author_and_date()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var editor = await SignInAsync(app, "curator@example.org");
        var n = ParagraphWith(app, Seed003, Passage);

        var saved = await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary?paragraph={n}", new()
        {
            ["Input.Paragraph"] = Number(n),
            ["Input.Quote"] = Passage,
            ["Input.Markdown"] = "The thaw followed the **2014** crisis; see [the State Department](https://www.state.gov/).",
            ["Input.Publish"] = "true",
        });
        var page = await HtmlAsync(reader, $"/articles/{Seed003}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/articles/{Seed003}#p{n}", Location(saved));
        var aside = page.QuerySelector($"#p{n} + aside.commentary");
        Assert.NotNull(aside);
        Assert.Contains(Passage, page.QuerySelector($"#p{n}")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Passage, aside.QuerySelector(".on-quote q")!.TextContent);
        Assert.Equal("2014", aside.QuerySelector(".commentary-body strong")!.TextContent);
        Assert.Equal("https://www.state.gov/", aside.QuerySelector(".commentary-body a")!.GetAttribute("href"));
        Assert.Contains(EditorUser.Unnamed, aside.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@", aside.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            aside.QuerySelector(".meta time")!.GetAttribute("datetime"));
        Assert.Null(aside.QuerySelector(".badge"));
        Assert.Null(aside.QuerySelector("a[href*='/editor/']"));
        Assert.Single(page.QuerySelectorAll("aside.commentary"));
        var stored = app.InScope(db => db.Commentary.Select(c => new { c.Quote, c.QuoteStart, c.QuoteEnd, Paragraph = db.Paragraphs.Single(p => p.ArticleId == c.ArticleId && p.Number == c.ParagraphNumber).Text }).Single());
        Assert.Equal(Passage, stored.Paragraph[stored.QuoteStart!.Value..stored.QuoteEnd!.Value]);
    }

    [Fact]
    public async Task A_draft_is_hidden_from_readers_and_shown_to_editors_as_a_draft()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var editor = await SignInAsync(app, "curator@example.org");
        var n = ParagraphWith(app, Seed003, Passage);

        var saved = await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", new()
        {
            ["Input.Paragraph"] = Number(n),
            ["Input.Markdown"] = "Not ready for readers yet.",
        });
        var readerPage = await HtmlAsync(reader, $"/articles/{Seed003}");
        var editorPage = await HtmlAsync(editor, $"/articles/{Seed003}");
        var api = await reader.GetStringAsync($"/api/articles/{Seed003}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(CommentaryStatus.Draft, app.InScope(db => db.Commentary.Single().Status));
        Assert.Empty(readerPage.QuerySelectorAll("aside.commentary"));
        Assert.DoesNotContain("Not ready for readers yet.", readerPage.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Not ready for readers yet.", api, StringComparison.Ordinal);
        var draft = editorPage.QuerySelector($"#p{n} + aside.commentary.draft");
        Assert.NotNull(draft);
        Assert.Equal("draft", draft.QuerySelector(".badge")!.TextContent);
    }

    [Fact]
    public async Task A_quote_that_is_not_in_the_paragraph_is_refused_with_a_message()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "curator@example.org");
        var n = ParagraphWith(app, Seed003, Passage);

        var refused = await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", new()
        {
            ["Input.Paragraph"] = Number(n),
            ["Input.Quote"] = "rapidly warming",
            ["Input.Markdown"] = "A note on words the paragraph does not have.",
            ["Input.Publish"] = "true",
        });
        var noParagraph = await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", new()
        {
            ["Input.Paragraph"] = "9999",
            ["Input.Markdown"] = "A note on a paragraph that does not exist.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await ParseAsync(refused);
        Assert.Contains("exactly as they stand", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("A note on words the paragraph does not have.", page.QuerySelector("textarea[name='Input.Markdown']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, noParagraph.StatusCode);
        Assert.Contains("no paragraph 9999", (await ParseAsync(noParagraph)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, app.InScope(db => db.Commentary.Count()));
    }

    [Fact]
    public async Task Preview_renders_tables_and_footnotes_without_saving()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "curator@example.org");
        var n = ParagraphWith(app, Seed003, Passage);
        const string markdown = "Ambassadors returned.[^1]\n\n| year | step |\n|---|---|\n| 2019 | ambassadors |\n\n[^1]: Announced in September 2019.";

        var preview = await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", new()
        {
            ["Input.Paragraph"] = Number(n),
            ["Input.Quote"] = Passage,
            ["Input.Markdown"] = markdown,
            ["Input.Publish"] = "true",
        }, "Preview");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await ParseAsync(preview);
        var rendered = page.QuerySelector(".preview .commentary-body")!;
        Assert.Equal(["year", "step"], rendered.QuerySelectorAll("table th").Select(th => th.TextContent));
        Assert.Equal("ambassadors", rendered.QuerySelectorAll("table td")[1].TextContent);
        Assert.Contains("Announced in September 2019.", rendered.QuerySelector(".footnotes")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(rendered.QuerySelector("a.footnote-ref[href^='#fn']"));
        Assert.Equal(markdown, page.QuerySelector("textarea[name='Input.Markdown']")!.TextContent.Trim().ReplaceLineEndings("\n"));
        Assert.Equal(Passage, page.QuerySelector("input[name='Input.Quote']")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal(0, app.InScope(db => db.Commentary.Count()));
        Assert.Equal(0, app.InScope(db => db.Revisions.Count()));
    }
}
