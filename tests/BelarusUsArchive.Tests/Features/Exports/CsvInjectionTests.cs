using BelarusUsArchive.Tests.Support;
using CsvHelper;

namespace BelarusUsArchive.Tests.Features.Exports;

/// <summary>Titles and outlets come from third-party pages; a spreadsheet opening the CSV must show them, not run them.</summary>
public class CsvInjectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cells_that_start_like_a_formula_are_escaped_as_text_in_the_csv_and_kept_as_they_are_in_json_lines()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("formula.txt", """
            Talks in Minsk on sanctions

            Published: 12 March 2021

            The United States and Belarus held talks in Minsk on sanctions and prisoners.
            """);
        folder.Write("formula.meta.json", """{ "title": "=1+2+cmd|calc!A0", "outlet": "@SUM(1+1)", "authors": ["+Plus Sign", "-Minus Sign"] }""");
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var cells = new List<string>();
        foreach (var table in new[] { "articles", "authors" })
        {
            using var reader = CsvReader.Create(await client.GetStreamAsync($"/data/{table}.csv", Ct), new CsvReaderOptions { Separator = ',' });
            await reader.ReadHeaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                cells.AddRange(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString));
            }
        }
        var jsonLines = await client.GetStringAsync("/data/articles.jsonl", Ct);

        Assert.Contains("'=1+2+cmd|calc!A0", cells);
        Assert.Contains("'@SUM(1+1)", cells);
        Assert.Contains("'+Plus Sign", cells);
        Assert.Contains("'-Minus Sign", cells);
        Assert.DoesNotContain(cells, c => c.Length > 0 && "=+-@\t\r".Contains(c[0], StringComparison.Ordinal));
        Assert.Contains("\"title\":\"=1+2+cmd|calc!A0\"", jsonLines, StringComparison.Ordinal);
    }
}
