using System.Text;
using BelarusUsArchive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Import;

public class ImportTests
{
    private const string Article = """
        Minsk and Washington agree on embassy staff

        By Jane Doe

        On 12 March 2021 the two governments agreed to restore the staff of their embassies.
        Officials said the agreement would take effect within a month.
        """;

    [Fact]
    public async Task A_second_start_on_the_same_database_creates_no_duplicates()
    {
        using var folder = new TestFolder();
        await using (var first = new ArchiveApp(folder))
        {
            await first.StartAsync();
        }
        await using var second = new ArchiveApp(folder);
        await second.StartAsync();

        Assert.Equal(5, second.InScope(db => db.Articles.Count()));
        Assert.Equal(5, second.InScope(db => db.Articles.Select(a => a.SourceFile).Distinct().Count()));
        var runs = second.InScope(db => db.ImportRuns.OrderBy(r => r.Id).ToList());
        Assert.Equal(2, runs.Count);
        Assert.Equal((5, 0, 0), (runs[0].New, runs[0].Unchanged, runs[0].Failed));
        Assert.Equal((0, 5, 0), (runs[1].New, runs[1].Unchanged, runs[1].Failed));
    }

    [Fact]
    public async Task A_file_changed_on_disk_is_updated_in_place_keeping_its_slug()
    {
        using var folder = new TestFolder(withSeeds: false);
        var file = folder.Write("embassy.txt", Article);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var before = app.InScope(db => db.Articles.Single());

        File.WriteAllText(file, Article.Replace("within a month", "within two months", StringComparison.Ordinal) + "\nA third paragraph was added later.\n");
        var run = await app.ImportAsync(folder.Seeds);

        Assert.Equal((0, 1, 0), (run.New, run.Updated, run.Failed));
        var after = app.InScope(db => db.Articles.Include(a => a.Paragraphs).Single());
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.Slug, after.Slug);
        Assert.Contains(after.Paragraphs, p => p.Text.Contains("within two months", StringComparison.Ordinal));
        Assert.Equal(3, after.Paragraphs.Count);
        Assert.Equal(3, app.InScope(db => db.Paragraphs.Count()));
    }

    [Fact]
    public async Task Fields_an_editor_corrected_survive_a_reimport()
    {
        using var folder = new TestFolder(withSeeds: false);
        var file = folder.Write("embassy.txt", Article);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        app.InScope(db =>
        {
            var article = db.Articles.Single();
            article.Title = "Embassy staff agreement (corrected title)";
            article.CorrectedFields = "title";
            return db.SaveChanges();
        });

        File.AppendAllText(file, "\nOne more paragraph.\n");
        await app.ImportAsync(folder.Seeds);

        Assert.Equal("Embassy staff agreement (corrected title)", app.InScope(db => db.Articles.Single().Title));
    }

    [Fact]
    public async Task Bad_files_are_reported_by_name_and_reason_while_the_rest_imports()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("good.txt", Article);
        folder.Write("empty.txt", "");
        folder.WriteBytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        folder.WriteBytes("huge.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Belarus and the United States. ", 700_000))));
        folder.Write("only-navigation.txt", "Accessibility links\n\nBreaking News\n\nShare\n");
        folder.Write("bad-sidecar.txt", Article);
        folder.Write("bad-sidecar.meta.json", """{ "published": "last spring" }""");

        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var run = app.InScope(db => db.ImportRuns.Include(r => r.Failures).Single());
        var failures = run.Failures.ToDictionary(f => f.File, f => f.Reason);

        Assert.Equal(1, run.New);
        Assert.Equal(5, run.Failed);
        Assert.Contains("empty", failures["empty.txt"], StringComparison.Ordinal);
        Assert.Contains("binary", failures["binary.txt"], StringComparison.Ordinal);
        Assert.Contains("MB", failures["huge.txt"], StringComparison.Ordinal);
        Assert.Contains("no article text", failures["only-navigation.txt"], StringComparison.Ordinal);
        Assert.Contains("last spring", failures["bad-sidecar.txt"], StringComparison.Ordinal);
        Assert.Equal(["good.txt"], app.InScope(db => db.Articles.Select(a => a.SourceFile).ToList()));
        Assert.Equal(0, app.InScope(db => db.Paragraphs.Count(p => p.Article!.SourceFile != "good.txt")));
    }

    [Fact]
    public async Task Legacy_encodings_html_pages_and_a_huge_first_line_import_sensibly()
    {
        using var folder = new TestFolder(withSeeds: false);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        folder.WriteBytes("cp1251.txt", Encoding.GetEncoding(1251).GetBytes(
            "Лукашенко встретился с американской делегацией\n\nАвтор: Иван Петров\n\n17 сентября 2019 года в Минске президент Беларуси встретился с заместителем госсекретаря США Дэвидом Хейлом. Стороны обсудили возвращение послов.\n"));
        folder.Write("page.txt", """
            <!DOCTYPE html><html><head><title>Site</title><script>var tracking = 1;</script></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Sanctions eased on potash exports</h1><p>By Mary Major</p>
            <p>The Treasury said on Tuesday that it had eased sanctions on potash exports from Belarus.</p>
            <p>Analysts expect the decision to be reviewed within a year.</p></article>
            <footer>© 2023 Example News. All rights reserved.</footer></body></html>
            """);
        var longLine = string.Join(" ", Enumerable.Repeat("The relationship between Minsk and Washington has gone through many stages since 1991.", 60));
        folder.Write("long-first-line.txt", longLine + "\n\nA second paragraph follows.\n");

        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var articles = app.InScope(db => db.Articles.Include(a => a.Paragraphs).ToDictionary(a => a.SourceFile));

        Assert.Equal("Лукашенко встретился с американской делегацией", articles["cp1251.txt"].Title);
        Assert.Equal("ru", articles["cp1251.txt"].Language);
        Assert.Contains(articles["cp1251.txt"].Paragraphs, p => p.Text.Contains("Дэвидом Хейлом", StringComparison.Ordinal));
        Assert.Equal("Sanctions eased on potash exports", articles["page.txt"].Title);
        Assert.DoesNotContain(articles["page.txt"].Paragraphs, p => p.Text.Contains("tracking", StringComparison.Ordinal) || p.Text.Contains("rights reserved", StringComparison.Ordinal) || p.Text == "Home News");
        Assert.True(articles["long-first-line.txt"].Title.Length <= 130);
        Assert.Equal(longLine, articles["long-first-line.txt"].Paragraphs.OrderBy(p => p.Number).First().Text);
    }

    [Fact]
    public async Task Import_command_summarises_and_exits_nonzero_when_a_file_failed()
    {
        using var folder = new TestFolder(withSeeds: false);
        var good = folder.Write("good.txt", Article);
        folder.Write("empty.txt", "");
        await using var app = new ArchiveApp(folder, importOnStartup: false);
        await app.StartAsync();

        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int exit;
        try
        {
            exit = await BelarusUsArchive.Web.Import.ImportCommand.RunAsync(app.Services, [folder.Seeds]);
        }
        finally
        {
            Console.SetOut(original);
        }
        var again = await BelarusUsArchive.Web.Import.ImportCommand.RunAsync(app.Services, [good]);

        Assert.Equal(1, exit);
        Assert.Equal(0, again);
        Assert.Contains("2 files: 1 new, 0 updated, 0 unchanged, 0 re-extracted, 1 failed", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("empty.txt: the file is empty", output.ToString(), StringComparison.Ordinal);
    }
}
