using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>
/// The paste preview as a form without JavaScript, over real HTTP: a real news page (shared/extraction-dev) pasted,
/// fixed line by line, saved through the import, and imported again from its file into a fresh store.
/// </summary>
public class PastePreviewTests(ITestOutputHelper output)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_pasted_news_page_fixed_line_by_line_is_saved_without_its_menu_and_comments_and_imports_again_the_same()
    {
        var text = NewsPage.Read();
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var client = await EditorClient.SignInAsync(app);

        var preview = await PreviewAsync(client, new() { ["Input.Text"] = text });
        var lines = Lines(preview);
        Assert.NotEmpty(Value(preview, "Input.Title"));
        Assert.Equal("en", Value(preview, "Input.Language"));
        Assert.True(lines.Count > 100, $"{lines.Count} lines listed");
        Assert.Equal(lines.Select(l => l.Number).Order(), lines.Select(l => l.Number));
        Assert.Contains(lines, l => l.Verdict.StartsWith("kept as a paragraph", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Verdict.StartsWith("dropped: ", StringComparison.Ordinal));

        var fields = FormOf(preview);
        var title = lines.First(l => l.Text.StartsWith("Amazon Liable", StringComparison.Ordinal));
        var unwanted = Menu(lines, title).Concat(Comments(lines)).ToList();
        foreach (var line in unwanted.Append(lines.Single(l => l.Text.StartsWith("By Evan Symon", StringComparison.Ordinal))))
        {
            fields[$"line-{line.Number}"] = "drop";
        }
        var ruling = lines.Single(l => l.Text.StartsWith("California’s ruling may affect", StringComparison.Ordinal));
        fields[$"line-{ruling.Number}"] = "paragraph";
        var quote = lines.Single(l => l.Text.StartsWith("“But, remember", StringComparison.Ordinal));
        fields[$"text-{quote.Number}"] = "“But remember, Amazon has proven to have a lot of fight in them.”";
        fields["Input.Title"] = "Amazon liable for defective third-party products, California appeals court rules";
        fields["Input.Authors"] = "Evan Symon";

        var updated = await PreviewAsync(client, fields);
        var after = Lines(updated);
        Assert.Equal("Amazon liable for defective third-party products, California appeals court rules", Value(updated, "Input.Title"));
        Assert.All(unwanted, u => Assert.Equal("dropped by you", after.Single(l => l.Number == u.Number).Verdict));
        Assert.StartsWith("kept as a paragraph", after.Single(l => l.Number == ruling.Number).Verdict, StringComparison.Ordinal);

        using var saved = await PostAsync(client, FormOf(updated), "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var slug = saved.Headers.Location!.ToString().Split('/')[^1];
        var article = await ArticleAsync(client, slug);
        Assert.Equal("Amazon liable for defective third-party products, California appeals court rules", article.Title);
        Assert.Equal(new[] { "Evan Symon" }, article.Authors);
        Assert.Equal("2020-08-14", article.Published);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("California’s ruling may affect", StringComparison.Ordinal));
        Assert.Contains("“But remember, Amazon has proven to have a lot of fight in them.”", article.Paragraphs);
        Assert.DoesNotContain(article.Paragraphs, p => unwanted.Any(u => p.Contains(u.Text, StringComparison.Ordinal)));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Nail them to the wall", StringComparison.Ordinal) || p.Contains(" says:", StringComparison.Ordinal));

        Assert.Equal(article, await ReimportedAsync(app, slug));
        var sidecar = Path.Combine(app.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "App_Data", "uploads",
            Path.ChangeExtension(app.InScope(db => db.Articles.Single().SourceFile), ".meta.json"));
        output.WriteLine($"{lines.Count} lines listed, {unwanted.Count + 3} decided; preview {updated.Source.Text.Length:N0} characters of HTML; "
            + $"sidecar {new FileInfo(sidecar).Length:N0} bytes; {article.Paragraphs.Count} paragraphs saved");
    }

    [Fact]
    public async Task A_pasted_HTML_page_lists_its_blocks_as_lines_and_a_dropped_one_stays_out_after_a_re_import()
    {
        var folderOfPages = Path.GetDirectoryName(Path.GetDirectoryName(NewsPage.PathOf())!)!;
        await using var gz = new System.IO.Compression.GZipStream(File.OpenRead(Path.Combine(folderOfPages, "pages", NewsPage.Name + ".html.gz")), System.IO.Compression.CompressionMode.Decompress);
        var html = await new StreamReader(gz).ReadToEndAsync(Cancel);
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var client = await EditorClient.SignInAsync(app);

        var preview = await PreviewAsync(client, new() { ["Input.Text"] = html });
        var lines = Lines(preview);
        var kept = lines.Where(l => l.Verdict.StartsWith("kept", StringComparison.Ordinal)).ToList();
        Assert.True(kept.Count > 10, $"{kept.Count} kept lines");
        var fields = FormOf(preview);
        fields[$"line-{kept[^1].Number}"] = "drop";
        fields[$"line-{kept[0].Number}"] = "heading";
        using var saved = await PostAsync(client, fields, "Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var slug = saved.Headers.Location!.ToString().Split('/')[^1];
        var article = await ArticleAsync(client, slug);
        Assert.Equal(kept.Count - 1, article.Paragraphs.Count);
        Assert.DoesNotContain(kept[^1].Text, article.Paragraphs);
        Assert.Equal(article, await ReimportedAsync(app, slug));
    }

    [Fact]
    public async Task A_long_page_posts_back_every_lines_controls()
    {
        var text = NewsPage.Read() + string.Concat(Enumerable.Range(1, 600).Select(i => $"\nReader {i} says the ruling was long overdue.\n"));
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var client = await EditorClient.SignInAsync(app);
        var preview = await PreviewAsync(client, new() { ["Input.Text"] = text });
        var fields = FormOf(preview);
        var last = Lines(preview)[^1];
        fields[$"line-{last.Number}"] = "drop";

        var updated = await PreviewAsync(client, fields);

        Assert.True(fields.Count > 3 * 700, $"{fields.Count} form values");
        Assert.Equal("dropped by you", Lines(updated).Single(l => l.Number == last.Number).Verdict);
    }

    [Theory]
    [InlineData("hash-99999", "000000000000", "line 99999, which is not a line of this text")]
    [InlineData("hash-abc", "000000000000", "does not name a line")]
    [InlineData("tampered", "", "was made on another text of that line")]
    [InlineData("huge", "", "more than the 10,000 a line may have")]
    [InlineData("choice", "everything", "is not a choice")]
    public async Task Bad_line_choices_get_a_clear_message_and_store_nothing(string field, string value, string message)
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var client = await EditorClient.SignInAsync(app);
        var preview = await PreviewAsync(client, new() { ["Input.Text"] = NewsPage.Read() });
        var fields = FormOf(preview);
        var line = Lines(preview)[10].Number;
        switch (field)
        {
            case "tampered": fields[$"hash-{line}"] = "0123456789ab"; fields[$"line-{line}"] = "drop"; break;
            case "huge": fields[$"text-{line}"] = new string('x', 20_000); break;
            case "choice": fields[$"line-{line}"] = value; break;
            default: fields[field] = value; fields[field.Replace("hash-", "line-", StringComparison.Ordinal)] = "drop"; break;
        }

        foreach (var handler in (string[])["Parse", "Save"])
        {
            using var response = await PostAsync(client, fields, handler);
            var body = await response.Content.ReadAsStringAsync(Cancel);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(message, new HtmlParser().ParseDocument(body).QuerySelector("[role=alert]")?.TextContent ?? "", StringComparison.Ordinal);
        }
        Assert.Equal(0, app.InScope(db => db.Articles.Count()));
    }

    [Fact]
    public async Task A_sidecar_whose_line_decisions_do_not_fit_its_text_fails_its_file_with_the_reason()
    {
        using var folder = new TestFolder(withSeeds: false);
        var text = NewsPage.Read();
        var line = BelarusUsArchive.Text.Parsing.ArticleExtractor.Extract(text).Lines[3];
        folder.Write("tampered.txt", text);
        folder.Write("tampered.meta.json", $$"""{ "lines": [ { "line": {{line.Number}}, "hash": "0123456789ab", "action": "drop" } ] }""");
        folder.Write("unknown.txt", text);
        folder.Write("unknown.meta.json", $$"""{ "lines": [ { "line": 5000, "hash": "{{line.Hash}}", "action": "drop" } ] }""");
        folder.Write("action.txt", text);
        folder.Write("action.meta.json", $$"""{ "lines": [ { "line": {{line.Number}}, "hash": "{{line.Hash}}", "action": "explode" } ] }""");
        folder.Write("long.txt", text);
        folder.Write("long.meta.json", $$"""{ "lines": [ { "line": {{line.Number}}, "hash": "{{line.Hash}}", "action": "keep", "text": "{{new string('x', 10_001)}}" } ] }""");

        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var failures = app.InScope(db => db.ImportFailures.ToDictionary(f => f.File, f => f.Reason));

        Assert.Contains("tampered.meta.json: the decision on line", failures["tampered.txt"], StringComparison.Ordinal);
        Assert.Contains("line 5000, which is not a line of this text", failures["unknown.txt"], StringComparison.Ordinal);
        Assert.Contains("action must be keep or drop", failures["action.txt"], StringComparison.Ordinal);
        Assert.Contains("more than the 10,000", failures["long.txt"], StringComparison.Ordinal);
        Assert.Equal(0, app.InScope(db => db.Articles.Count()));
    }

    internal sealed record Line(int Number, string Text, string Verdict);

    internal sealed record SavedArticle(string Title, IReadOnlyList<string> Authors, string? Published, IReadOnlyList<string> Paragraphs)
    {
        public bool Equals(SavedArticle? other) => other is not null && Title == other.Title && Published == other.Published
            && Authors.SequenceEqual(other.Authors) && Paragraphs.SequenceEqual(other.Paragraphs);

        public override int GetHashCode() => Title.GetHashCode(StringComparison.Ordinal);
    }

    /// <summary>The menu above the headline: the lines before it, but the date line and the page's own breadcrumb.</summary>
    internal static IEnumerable<Line> Menu(IReadOnlyList<Line> lines, Line title) =>
        lines.Where(l => l.Number < title.Number && !l.Text.StartsWith("Home>", StringComparison.Ordinal) && !l.Text.Contains("(Photo", StringComparison.Ordinal) && !l.Text.Contains(", 2020", StringComparison.Ordinal));

    /// <summary>The readers' comments: from "N thoughts on" to the comment form.</summary>
    internal static IEnumerable<Line> Comments(IReadOnlyList<Line> lines) =>
        lines.SkipWhile(l => !l.Text.Contains(" thoughts on ", StringComparison.Ordinal)).TakeWhile(l => l.Text != "Leave a Reply");

    internal static List<Line> Lines(IDocument page) =>
        [.. page.QuerySelectorAll("ol.lines > li").Select(li => new Line(int.Parse(li.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture),
            li.QuerySelector(".line-text")!.TextContent, li.QuerySelector(".line-verdict")!.TextContent.Trim()))];

    private static string Value(IDocument page, string name) => page.QuerySelector($"input[name='{name}']")?.GetAttribute("value") ?? "";

    /// <summary>The form's fields as a browser without JavaScript would send them.</summary>
    private static Dictionary<string, string> FormOf(IDocument page)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in page.QuerySelectorAll("form[enctype] input[name], form[enctype] select[name], form[enctype] textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            fields[name] = element switch
            {
                IHtmlSelectElement select => select.Options.FirstOrDefault(o => o.IsSelected)?.Value ?? "",
                IHtmlTextAreaElement area => area.Value,
                IHtmlInputElement input when input.Type is "file" => "",
                IHtmlInputElement input => input.Value,
                _ => "",
            };
        }
        fields.Remove("upload");
        return fields;
    }

    private static async Task<IDocument> PreviewAsync(HttpClient client, Dictionary<string, string> fields)
    {
        using var response = fields.ContainsKey("__RequestVerificationToken")
            ? await PostAsync(client, fields, "Parse")
            : await EditorClient.PostFormAsync(client, "/editor/articles/new", fields, "Parse");
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return new HtmlParser().ParseDocument(body);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> fields, string handler)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        return client.PostAsync("/editor/articles/new?handler=" + handler, form, Cancel);
    }

    /// <summary>The article a fresh store makes of the saved file and its sidecar, imported by the app's start-up import.</summary>
    internal static async Task<SavedArticle> ReimportedAsync(ArchiveApp app, string slug)
    {
        var source = app.InScope(db => db.Articles.Single(a => a.Slug == slug).SourceFile);
        var uploads = Path.Combine(app.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "App_Data", "uploads");
        using var again = new TestFolder(withSeeds: false);
        Directory.CreateDirectory(again.Seeds);
        foreach (var file in (string[])[source, Path.ChangeExtension(source, ".meta.json")])
        {
            File.Copy(Path.Combine(uploads, file), Path.Combine(again.Seeds, file));
        }
        await using var fresh = new ArchiveApp(again);
        var client = await fresh.StartAsync();
        Assert.Empty(fresh.InScope(db => db.ImportFailures.Select(f => f.Reason).ToList()));
        return await ArticleAsync(client, fresh.InScope(db => db.Articles.Single().Slug));
    }

    internal static async Task<SavedArticle> ArticleAsync(HttpClient client, string slug)
    {
        var json = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{slug}", Cancel)).RootElement;
        return new SavedArticle(json.GetProperty("title").GetString()!,
            [.. json.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()!)],
            json.GetProperty("published").ValueKind == JsonValueKind.Null ? null : json.GetProperty("published").GetProperty("edtf").GetString(),
            [.. json.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()!)]);
    }
}
