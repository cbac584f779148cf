using System.Globalization;
using System.Text.Json;

namespace BelarusUsArchive.Benchmarks.Extraction;

/// <summary>
/// <c>extraction [--dev DIR] [--json FILE] [--results DIR] [--form txt|html] [--pages FILE]</c>: the importer's extractor on the development set, per form
/// and per language, beside keeping all of the copied text. <c>--results</c> writes one JSON Lines file per form in the
/// shape the set's own <c>score.py</c> reads, to check this program's scoring against it.
/// </summary>
public static class ExtractionBenchmark
{
    public static async Task<int> RunAsync(string root, string? devFolder, string? jsonFile, string? resultsFolder, string? onlyForm = null, string? pagesFile = null)
    {
        var folder = devFolder ?? DevSet.Locate(root);
        if (folder is null)
        {
            await Console.Error.WriteLineAsync("The development set was not found: give --dev DIR or put shared/extraction-dev beside the repository.");
            return 2;
        }
        var set = DevSet.Load(folder);
        // --pages FILE (a page name a line) runs those pages only: quick checks of one family of failures while working.
        if (pagesFile is not null)
        {
            var names = (await File.ReadAllLinesAsync(pagesFile)).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
            set = new DevSet(set.Folder, [.. set.Pages.Where(p => names.Contains(p.Name))]);
        }
        Console.WriteLine($"{set.Pages.Count} pages from {folder}");
        var figures = new List<FormFigures>();
        foreach (var form in new[] { PageForm.Txt, PageForm.Html })
        {
            // --form runs one form only: quicker while working on one path; the figures to report come from both.
            if (onlyForm is not null && !string.Equals(onlyForm, form.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var results = ExtractionRun.ExtractAll(set, form);
            figures.Add(ExtractionRun.Score(set, form, results));
            if (resultsFolder is not null)
            {
                await WriteResultsAsync(resultsFolder, form, results);
            }
        }
        Print(figures);
        if (jsonFile is not null)
        {
            await File.WriteAllTextAsync(jsonFile, JsonSerializer.Serialize(new { devSet = folder, pages = set.Pages.Count, forms = figures },
                new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
            Console.WriteLine($"Wrote {jsonFile}");
        }
        return 0;
    }

    private static void Print(List<FormFigures> figures)
    {
        Console.WriteLine();
        Console.WriteLine($"{"form",-6} {"P",6} {"R",6} {"F1",6} {"keep-all F1",12} {"title",14} {"authors",14} {"year",14} {"failed",7} {"median ms",10} {"p99 ms",8} {"max ms",8}");
        foreach (var f in figures)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{f.Form,-6} {f.Precision,6:0.000} {f.Recall,6:0.000} {f.F1,6:0.000} {f.BaselineF1,12:0.000} {Share(f.Title),14} {Share(f.Authors),14} {Share(f.Year),14} {f.NotImported,7} {f.MedianMs,10:0.0} {f.P99Ms,8:0.0} {f.MaxMs,8:0.0}"));
        }
        foreach (var f in figures)
        {
            Console.WriteLine();
            Console.WriteLine($"{f.Form} by language (slowest page: {f.SlowestPage}, {f.MaxMs:0} ms)");
            foreach (var l in f.Languages)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {l.Lang,-4} {l.Pages,5} pages  P {l.Precision:0.000}  R {l.Recall:0.000}  F1 {l.F1:0.000}"));
            }
        }
    }

    private static string Share(Share s) => string.Create(CultureInfo.InvariantCulture, $"{s.Right}/{s.Scored} {s.Value:0.000}");

    private static async Task WriteResultsAsync(string folder, PageForm form, IReadOnlyList<ExtractedPage> results)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, form == PageForm.Txt ? "txt.jsonl" : "html.jsonl");
        await using var writer = new StreamWriter(path);
        foreach (var r in results)
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(new
            {
                name = r.Name,
                text = r.Failure is null ? r.Text : "",
                title = r.Title,
                authors = r.Authors,
                published = r.Published,
                failure = r.Failure,
                sources = r.Sources,
            }));
        }
        Console.WriteLine($"Wrote {path}");
    }
}
