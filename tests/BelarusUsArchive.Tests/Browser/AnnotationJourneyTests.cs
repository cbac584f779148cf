using System.Text.RegularExpressions;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Editor.Account;
using Microsoft.Playwright;

namespace BelarusUsArchive.Tests.Browser;

/// <summary>An editor annotates a passage by selecting it, a reader sees it highlighted and linked, another editor replies.</summary>
public class AnnotationJourneyTests
{
    private const string Article = "/articles/how-russia-s-interference-in-ukraine-has-altered-u-s-policy-toward-belarus";
    private const string Words = "quickly thawing";

    /// <summary>Selects words of a paragraph the way a mouse drag over them does: one range in the document's selection.</summary>
    private const string Select = """
        ([id, words]) => {
            const walker = document.createTreeWalker(document.getElementById(id), NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const at = walker.currentNode.nodeValue.indexOf(words);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(walker.currentNode, at);
                    range.setEnd(walker.currentNode, at + words.length);
                    getSelection().removeAllRanges();
                    getSelection().addRange(range);
                    return true;
                }
            }
            return false;
        }
        """;

    private static async Task<IPage> SignedInAsync(BrowserSession session, string email, string name)
    {
        Assert.Equal(0, await CreateUserCommand.RunAsync(session.App.Services, ["--email", email, "--role", "Editor", "--name", name],
            new StringReader(EditorClient.Password), TextWriter.Null));
        var page = await session.PageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Editors: sign in" }).ClickAsync();
        await BrowserSession.SignInAsync(page, email, EditorClient.Password, open: false);
        return page;
    }

    [Fact]
    public async Task A_selected_passage_is_annotated_seen_highlighted_by_a_reader_with_its_note_linked_and_replied_to()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var editor = await SignedInAsync(session, "hanna@example.org", "Hanna Editor");
        Assert.Equal("Hanna Editor", await editor.Locator("header.site form.signed-in a").InnerTextAsync());

        await editor.GotoAsync(Article);
        var n = Editor.Editors.ParagraphWith(session.App, Editor.Editors.Seed003, Words);
        Assert.Equal(Editor.Editors.Number(n), await editor.Locator($"#p{n} a.pn").InnerTextAsync());
        Assert.True(await editor.EvaluateAsync<bool>(Select, new[] { $"p{n}", Words }));
        var offer = editor.GetByRole(AriaRole.Link, new() { Name = "Comment on this passage" });
        await offer.ClickAsync();
        await editor.WaitForPageAsync(new Regex("/commentary\\?paragraph="));
        Assert.Equal(Editor.Editors.Number(n), await editor.GetByLabel("Paragraph (empty for the whole article)").InputValueAsync());
        Assert.Equal(Words, await editor.GetByLabel("Passage of that paragraph (optional, exact words)").InputValueAsync());
        Assert.Equal(Words, await editor.Locator("blockquote.context mark").InnerTextAsync());
        await editor.GetByLabel("Commentary (Markdown: tables, footnotes, links)").FillAsync("The thaw had a price.");
        await editor.GetByLabel("Publish (readers see it beside the paragraph)").CheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await editor.WaitForPageAsync($"**#p{n}");

        var replier = await SignedInAsync(session, "ales@example.org", "Ales Reviewer");
        await replier.GotoAsync(Article);
        await replier.Locator("aside.commentary").GetByRole(AriaRole.Link, new() { Name = "Reply" }).ClickAsync();
        await replier.GetByLabel("Commentary (Markdown: tables, footnotes, links)").FillAsync("It was paid in **2020**.");
        await replier.GetByLabel("Publish (readers see it beside the paragraph)").CheckAsync();
        await replier.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await replier.WaitForPageAsync(new Regex("#c\\d+$"));

        var reader = await session.PageAsync();
        await reader.GotoAsync(Article);
        Assert.Equal(0, await reader.Locator("header.site form.signed-in").CountAsync());
        var mark = reader.Locator($"#p{n} mark.passage");
        Assert.Equal(Words, await mark.InnerTextAsync());
        Assert.NotEqual("rgba(0, 0, 0, 0)", await mark.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));
        await reader.EvaluateAsync("n => document.getElementById('p' + n).scrollIntoView()", n);
        await reader.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "annotated-passage.png") });
        await reader.Locator($"#p{n} sup.anno a").ClickAsync();
        await reader.WaitForPageAsync(new Regex("#c\\d+$"));
        var note = reader.Locator("aside.commentary:target");
        Assert.Contains("The thaw had a price.", await note.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(["Ales Reviewer"], await note.Locator("ol.replies .by").AllInnerTextsAsync());
        Assert.Equal(["Hanna Editor"], await note.Locator(":scope > .meta .by").AllInnerTextsAsync());
        Assert.Equal("It was paid in 2020.", (await note.Locator("ol.replies .commentary-body").InnerTextAsync()).Trim());
        await BrowserSession.ScreenshotAsync(reader, "annotated-article");
        await note.Locator(".on-quote a").ClickAsync();
        await reader.WaitForPageAsync(new Regex("#passage-\\d+$"));
        Assert.True(await mark.EvaluateAsync<bool>("m => m.matches(':target')"));
        await reader.SetViewportSizeAsync(360, 740);
        await reader.GotoAsync(Article + $"#p{n}");
        await reader.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "annotated-passage-phone.png") });
        Assert.True(await reader.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));

        await editor.GotoAsync("/");
        await editor.Locator("header.site").GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await editor.WaitForPageAsync(url => new Uri(url).AbsolutePath == "/");
        Assert.Equal(0, await editor.Locator("header.site form.signed-in").CountAsync());
        await editor.GetByRole(AriaRole.Link, new() { Name = "Editors: sign in" }).ClickAsync();
        await editor.WaitForPageAsync("**/editor/login");
    }

    [Fact]
    public async Task A_selection_across_two_paragraphs_or_outside_the_text_offers_nothing()
    {
        using var folder = new TestFolder();
        await using var session = await BrowserSession.StartAsync(folder);
        var editor = await SignedInAsync(session, "careful@example.org", "Careful Editor");
        await editor.GotoAsync(Article);

        await editor.EvaluateAsync("""
            () => {
                const range = document.createRange();
                range.setStart(document.getElementById('p2').firstChild, 0);
                range.setEnd(document.getElementById('p3').firstChild, 5);
                getSelection().removeAllRanges();
                getSelection().addRange(range);
            }
            """);
        await editor.WaitForTimeoutAsync(400);
        Assert.Equal(0, await editor.Locator(".comment-offer").CountAsync());
        Assert.True(await editor.EvaluateAsync<bool>(Select, new[] { "p2", "Belarus" }) || await editor.EvaluateAsync<bool>(Select, new[] { "p2", "the" }));
        await editor.Locator(".comment-offer").WaitForAsync();
        await editor.EvaluateAsync("() => getSelection().removeAllRanges()");
        await editor.Locator(".comment-offer").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
