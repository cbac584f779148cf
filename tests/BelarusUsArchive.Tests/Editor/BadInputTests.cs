using System.Net;
using System.Text;
using BelarusUsArchive.Tests.Support;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>What a careless (or hostile) editor can type into the forms: each gets a message, never a 500.</summary>
public class BadInputTests
{
    private const string Pasted = """
        Washington and Minsk resume talks on embassy staff

        By Mary Major | Example Review

        Posted on 14 October 2024

        US and Belarusian officials met in Vilnius on 12 October 2024 to discuss the staff of both embassies.
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<string> AlertAsync(HttpResponseMessage response) =>
        (await ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent ?? "";

    [Fact]
    public async Task Markdown_nested_past_the_parsers_limit_gets_a_message_on_preview_and_save_and_stores_nothing()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "curator@example.org");
        var deep = string.Concat(Enumerable.Repeat("> ", 128)) + "deep" + "\n\n" + string.Concat(Enumerable.Repeat("- ", 200)) + "list";
        var url = $"/editor/articles/{Seed003}/commentary";

        var preview = await SubmitAsync(editor, url, new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = deep }, "Preview");
        var save = await SubmitAsync(editor, url, new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = deep, ["Input.Publish"] = "true" });

        Assert.Equal(HttpStatusCode.BadRequest, preview.StatusCode);
        Assert.Contains("nested too deeply", await AlertAsync(preview), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Contains("nested too deeply", await AlertAsync(save), StringComparison.Ordinal);
        Assert.Equal(0, app.InScope(db => db.Commentary.Count()));
    }

    [Fact]
    public async Task Duplicate_author_names_fold_into_one_and_names_without_letters_are_refused_on_both_forms()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "curator@example.org");
        var edit = $"/editor/articles/{Seed003}/edit";

        var twice = await SubmitAsync(editor, edit, new() { ["Input.Title"] = "Corrected title", ["Input.Authors"] = "Jane Roe, jane roe; Jane Roe, John Doe" });
        var punctuation = await SubmitAsync(editor, edit, new() { ["Input.Title"] = "Corrected title", ["Input.Authors"] = "Jane Roe, ?!, ---" });
        var newTwice = await SubmitAsync(editor, "/editor/articles/new", new() { ["Input.Text"] = Pasted, ["Input.Authors"] = "Mary Major, Mary Major" }, "Save");
        var newPunctuation = await SubmitAsync(editor, "/editor/articles/new", new() { ["Input.Text"] = Pasted + "\nAnother line.", ["Input.Authors"] = "..." }, "Save");

        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Equal(["Jane Roe", "John Doe"], app.InScope(db => db.ArticleAuthors.Where(x => x.Article!.Slug == Seed003).OrderBy(x => x.Order).Select(x => x.Author!.Name).ToList()));
        Assert.Equal(HttpStatusCode.BadRequest, punctuation.StatusCode);
        Assert.Contains("needs letters", await AlertAsync(punctuation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, newTwice.StatusCode);
        var added = Location(newTwice)!.Split('/')[^1];
        Assert.Equal(["Mary Major"], app.InScope(db => db.ArticleAuthors.Where(x => x.Article!.Slug == added).Select(x => x.Author!.Name).ToList()));
        Assert.Equal(HttpStatusCode.BadRequest, newPunctuation.StatusCode);
        Assert.Contains("needs letters", await AlertAsync(newPunctuation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_pastes_with_one_title_at_once_become_two_articles()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var first = await SignInAsync(app, "first@example.org");
        var second = await SignInAsync(app, "second@example.org");

        var saves = await Task.WhenAll(
            SubmitAsync(first, "/editor/articles/new", new() { ["Input.Text"] = Pasted + "\nThe first editor's copy." }, "Save"),
            SubmitAsync(second, "/editor/articles/new", new() { ["Input.Text"] = Pasted + "\nThe second editor's copy." }, "Save"));

        Assert.All(saves, s => Assert.Equal(HttpStatusCode.Redirect, s.StatusCode));
        Assert.Equal(2, app.InScope(db => db.Articles.Count()));
        Assert.Equal(2, app.InScope(db => db.Paragraphs.Count(p => p.Text.Contains("editor's copy"))));
    }

    [Fact]
    public async Task A_paste_over_four_mebibytes_is_read_and_one_over_the_file_limit_is_refused_naming_the_limit()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "curator@example.org");
        static string Text(double megabytes)
        {
            var text = new StringBuilder(Pasted);
            var line = "Officials of both countries met again and talked about the staff of the embassies for a long time.\n\n";
            while (text.Length < megabytes * 1024 * 1024)
            {
                text.Append(line);
            }
            return text.ToString();
        }

        var five = await SubmitAsync(editor, "/editor/articles/new", new() { ["Input.Text"] = Text(4.2) }, "Parse");
        var nine = await SubmitAsync(editor, "/editor/articles/new", new() { ["Input.Text"] = Text(9)[..(int)(8.5 * 1024 * 1024)] }, "Save");

        // Past the old 4 MiB form limit the paste reaches the extractor: read, or (on a loaded machine) refused for its
        // extraction time budget with that reason — never a 500, never the form's size limit.
        if (five.StatusCode == HttpStatusCode.OK)
        {
            var preview = await ParseAsync(five);
            Assert.Contains("Washington and Minsk resume talks", preview.QuerySelector("input[name='Input.Title']")?.GetAttribute("value") ?? "", StringComparison.Ordinal);
            Assert.Contains("are listed", preview.QuerySelector("section.paste-lines .notice")?.TextContent ?? "", StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, five.StatusCode);
            Assert.Contains("budget", await AlertAsync(five), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.BadRequest, nine.StatusCode);
        Assert.Contains("8 MB", await AlertAsync(nine), StringComparison.Ordinal);
        Assert.Equal(0, app.InScope(db => db.Articles.Count()));
    }
}
