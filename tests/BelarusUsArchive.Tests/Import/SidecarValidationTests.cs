using System.Text;
using BelarusUsArchive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Import;

/// <summary>A sidecar is held to what the editor's form accepts: each bad value fails its file with the reason, the rest imports.</summary>
public class SidecarValidationTests
{
    private const string Article = """
        Minsk and Washington talk again

        Published: 12 March 2021

        The United States and Belarus held talks in Minsk on sanctions and prisoners.
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bad_sidecar_values_fail_their_file_with_the_reason_and_the_same_author_twice_is_one_author()
    {
        using var folder = new TestFolder(withSeeds: false);
        var bad = new Dictionary<string, string>
        {
            ["script-url"] = """{ "sourceUrl": "javascript:alert(document.cookie)" }""",
            ["relative-url"] = """{ "sourceUrl": "/etc/passwd" }""",
            ["long-title"] = $$"""{ "title": "{{new string('T', 2_000_000)}}" }""",
            ["long-language"] = $$"""{ "language": "{{new string('e', 5_000)}}" }""",
            ["many-authors"] = "{ \"authors\": [" + string.Join(',', Enumerable.Range(0, 100_000).Select(i => $"\"Author Number {i}\"")) + "] }",
            ["punctuation-author"] = """{ "authors": ["Jane Roe", "?!"] }""",
        };
        foreach (var (name, json) in bad)
        {
            folder.Write(name + ".txt", Article.Replace("again", name, StringComparison.Ordinal));
            folder.Write(name + ".meta.json", json);
        }
        folder.Write("twice.txt", Article);
        folder.Write("twice.meta.json", """{ "authors": ["Jane Roe", "Jane Roe", "jane roe", "John Doe"], "sourceUrl": "https://example.org/talks", "language": "en-US" }""");

        await using var app = new ArchiveApp(folder);
        var started = DateTime.UtcNow;
        await app.StartAsync();
        var failures = app.InScope(db => db.ImportFailures.ToDictionary(f => f.File, f => f.Reason));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30), "a sidecar of 100,000 authors held the import up");
        Assert.Equal(bad.Keys.Select(k => k + ".txt").Order(), failures.Keys.Order());
        Assert.Contains("http or https", failures["script-url.txt"], StringComparison.Ordinal);
        Assert.Contains("http or https", failures["relative-url.txt"], StringComparison.Ordinal);
        Assert.Contains("KB", failures["long-title.txt"], StringComparison.Ordinal);
        Assert.Contains("language", failures["long-language.txt"], StringComparison.Ordinal);
        Assert.Contains("KB", failures["many-authors.txt"], StringComparison.Ordinal);
        Assert.Contains("needs letters", failures["punctuation-author.txt"], StringComparison.Ordinal);
        var twice = app.InScope(db => db.Articles.Include(a => a.Authors).ThenInclude(x => x.Author).Single());
        Assert.Equal(["Jane Roe", "John Doe"], twice.Authors.OrderBy(x => x.Order).Select(x => x.Author!.Name));
        Assert.Equal(0, app.InScope(db => db.Articles.Count(a => a.SourceUrl != null && !a.SourceUrl.StartsWith("https://"))));
    }

    [Fact]
    public async Task A_title_or_author_list_under_the_file_limit_but_over_the_fields_limit_is_refused_by_field()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("title.txt", Article);
        folder.Write("title.meta.json", $$"""{ "title": "{{new string('T', 5_000)}}" }""");
        folder.Write("authors.txt", Article.Replace("again", "once more", StringComparison.Ordinal));
        folder.Write("authors.meta.json", "{ \"authors\": [" + string.Join(',', Enumerable.Range(0, 60).Select(i => $"\"Author {(char)('A' + i % 26)}{i}\"")) + "] }");

        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var failures = app.InScope(db => db.ImportFailures.ToDictionary(f => f.File, f => f.Reason));

        Assert.Contains("title has 5000 characters", failures["title.txt"], StringComparison.Ordinal);
        Assert.Contains("60 authors", failures["authors.txt"], StringComparison.Ordinal);
        Assert.Equal(0, app.InScope(db => db.Articles.Count()));
        Assert.True(Encoding.UTF8.GetByteCount(File.ReadAllText(Path.Combine(folder.Seeds, "title.meta.json"))) < 64 * 1024);
    }
}
