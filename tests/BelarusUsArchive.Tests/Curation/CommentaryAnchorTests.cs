using System.Net;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Curation;

public class CommentaryAnchorTests
{
    private const string Text = """
        Embassy staff talks

        By Jane Doe

        The first paragraph sets the scene.

        The second paragraph says the talks on embassy staff resumed in Vilnius.

        The third paragraph ends the piece.
        """;

    [Fact]
    public async Task Commentary_on_a_passage_follows_its_words_when_the_source_changes()
    {
        using var folder = new TestFolder(withSeeds: false);
        var file = folder.Write("talks.txt", Text);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var client = await EditorClient.SignInAsync(app);
        var slug = app.InScope(db => db.Articles.Single().Slug);
        var saved = await EditorClient.PostFormAsync(client, $"/editor/articles/{slug}/commentary", new()
        {
            ["Input.Paragraph"] = "2",
            ["Input.Quote"] = "talks on embassy staff resumed",
            ["Input.Markdown"] = "They had stopped in 2008.",
            ["Input.Publish"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        File.WriteAllText(file, Text.Replace("The first paragraph sets the scene.", "A new opening paragraph.\n\nThe first paragraph sets the scene.", StringComparison.Ordinal));
        await app.ImportAsync(folder.Seeds);

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/articles/{slug}", TestContext.Current.CancellationToken));
        var aside = page.QuerySelector("aside.commentary")!;
        Assert.Equal("p3", aside.PreviousElementSibling!.Id);
        Assert.Contains("talks on embassy staff resumed", aside.PreviousElementSibling.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, app.InScope(db => db.Commentary.Single().ParagraphNumber));
    }
}
