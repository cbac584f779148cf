using System.Text;
using System.Text.Json;
using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Benchmarks.Extraction;

/// <summary>
/// <c>extraction --headlines FILE</c>: every copied-text page's headline candidates with their evidence, one JSON
/// line a page, to study (and fit, one half of the set at a time) how the headline is chosen.
/// </summary>
public static class HeadlineDump
{
    public static async Task<int> RunAsync(string root, string? devFolder, string file)
    {
        var folder = devFolder ?? DevSet.Locate(root);
        if (folder is null)
        {
            await Console.Error.WriteLineAsync("The development set was not found: give --dev DIR.");
            return 2;
        }
        var set = DevSet.Load(folder);
        await using var writer = new StreamWriter(file);
        foreach (var page in set.Pages)
        {
            var decoded = SourceDecoder.Decode(set.CopiedText(page));
            if (!decoded.Ok)
            {
                continue;
            }
            using var budget = ExtractionBudget.Start(TimeSpan.FromSeconds(5));
            var (candidates, clean, count) = ArticleParser.HeadlineEvidence(decoded.Text!);
            await writer.WriteLineAsync(JsonSerializer.Serialize(new
            {
                name = page.Name,
                clean,
                lines = count,
                candidates = candidates.Select(c => new { c, score = c.Score }),
            }));
        }
        Console.WriteLine($"Wrote {file}");
        return 0;
    }
}
