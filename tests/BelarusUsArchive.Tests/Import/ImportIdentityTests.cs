using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Text.Parsing;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Import;

/// <summary>What an import takes for the same article: the file's path below the import root, and the extractor version.</summary>
public class ImportIdentityTests
{
    private static string Article(string title, string sentence) => $"""
        {title}

        By Jane Doe

        On 12 March 2021 {sentence}
        Officials said the agreement would take effect within a month.
        """;

    [Fact]
    public async Task Two_files_of_one_name_in_different_folders_are_two_articles_on_every_run()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("site-a/report.txt", Article("Embassies to restore their staff", "the two governments agreed to restore embassy staff."));
        folder.Write("site-b/report.txt", Article("Potash sanctions extended for a year", "the Treasury extended the sanctions on potash."));
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();

        var again = await app.ImportAsync(folder.Seeds);

        var keys = app.InScope(db => db.Articles.OrderBy(a => a.SourceFile).Select(a => new { a.SourceFile, a.Title }).ToList());
        Assert.Equal(["site-a/report.txt", "site-b/report.txt"], keys.Select(k => k.SourceFile));
        Assert.Equal(["Embassies to restore their staff", "Potash sanctions extended for a year"], keys.Select(k => k.Title));
        Assert.Equal((0, 0, 2, 0), (again.New, again.Updated, again.Unchanged, again.Failed));
    }

    [Fact]
    public async Task An_article_keyed_by_its_bare_file_name_is_taken_over_by_its_file_without_a_duplicate()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("2019/report.txt", Article("Embassies to restore their staff", "the two governments agreed to restore embassy staff."));
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var id = app.InScope(db => db.Articles.Single().Id);
        // The store as an import before keys held paths left it.
        app.InScope(db => db.Database.ExecuteSqlRaw("""UPDATE "Articles" SET "SourceFile" = 'report.txt'"""));
        folder.Write("2020/report.txt", Article("Potash sanctions extended for a year", "the Treasury extended the sanctions on potash."));

        var run = await app.ImportAsync(folder.Seeds);

        var articles = app.InScope(db => db.Articles.OrderBy(a => a.SourceFile).Select(a => new { a.Id, a.SourceFile, a.Title }).ToList());
        Assert.Equal(2, articles.Count);
        Assert.Equal((id, "2019/report.txt", "Embassies to restore their staff"), (articles[0].Id, articles[0].SourceFile, articles[0].Title));
        Assert.Equal(("2020/report.txt", "Potash sanctions extended for a year"), (articles[1].SourceFile, articles[1].Title));
        Assert.Equal((1, 0), (run.New, run.Failed));
    }

    [Fact]
    public async Task Articles_made_by_an_older_extractor_are_extracted_again_keeping_what_editors_corrected()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("embassy.txt", Article("Embassies to restore their staff", "the two governments agreed to restore embassy staff."));
        folder.Write("potash.txt", Article("Potash sanctions extended for a year", "the Treasury extended the sanctions on potash."));
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var before = app.InScope(db => db.Articles.OrderBy(a => a.SourceFile).Select(a => new { a.Id, a.Slug }).ToList());
        // An older extractor made both; an editor corrected one title meanwhile, and one record lost a paragraph to a defect.
        app.InScope(db => db.Database.ExecuteSqlRaw("""UPDATE "Articles" SET "ExtractorVersion" = 1"""));
        app.InScope(db => db.Database.ExecuteSqlRaw("""UPDATE "Articles" SET "Title" = 'Corrected by an editor', "CorrectedFields" = 'title' WHERE "SourceFile" = 'embassy.txt'"""));
        app.InScope(db => db.Database.ExecuteSqlRaw("""DELETE FROM "Paragraphs" WHERE "Number" = 2 AND "ArticleId" IN (SELECT "Id" FROM "Articles" WHERE "SourceFile" = 'potash.txt')"""));

        var run = await app.ImportAsync(folder.Seeds);
        var third = await app.ImportAsync(folder.Seeds);

        Assert.Equal((0, 0, 0, 2, 0), (run.New, run.Updated, run.Unchanged, run.Reextracted, run.Failed));
        Assert.Equal((0, 2), (third.Reextracted, third.Unchanged));
        var after = app.InScope(db => db.Articles.Include(a => a.Paragraphs).OrderBy(a => a.SourceFile).ToList());
        Assert.Equal(before.Select(b => (b.Id, b.Slug)), after.Select(a => (a.Id, a.Slug)));
        Assert.All(after, a => Assert.Equal(ArticleExtractor.Version, a.ExtractorVersion));
        Assert.Equal("Corrected by an editor", after[0].Title);
        Assert.Equal("Potash sanctions extended for a year", after[1].Title);
        Assert.Contains(after[1].Paragraphs, p => p.Text.Contains("within a month", StringComparison.Ordinal));
    }
}
