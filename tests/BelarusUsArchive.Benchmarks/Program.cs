using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BelarusUsArchive.Benchmarks;

// dotnet run -c Release --project tests/BelarusUsArchive.Benchmarks -- --articles N --json FILE
// dotnet run -c Release --project tests/BelarusUsArchive.Benchmarks -- extraction --json FILE
// dotnet run -c Release --project tests/BelarusUsArchive.Benchmarks -- entities [--verbose]
if (args.FirstOrDefault() == "entities")
{
    return await EntityBench.RunAsync(FindRoot(), args.Contains("--verbose"));
}
var articles = Arg("--articles") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 100_000;
var jsonFile = Arg("--json");
var root = FindRoot();
// extraction [--dev DIR] [--json FILE] [--results DIR] [--form txt|html]: the importer's extractor on the development set of real pages.
if (args.FirstOrDefault() == "extraction")
{
    return await BelarusUsArchive.Benchmarks.Extraction.ExtractionBenchmark.RunAsync(root, Arg("--dev"), jsonFile, Arg("--results"), Arg("--form"));
}
// --write-corpus DIR: only write the synthetic corpus (for the load script, which imports and serves it).
if (Arg("--write-corpus") is { } corpusOnly)
{
    var (count, size) = Corpus.Write(Path.Combine(root, "seeds"), corpusOnly, articles);
    Console.WriteLine($"Wrote {count:N0} synthetic articles ({size / 1e6:0.0} MB) to {corpusOnly}");
    return 0;
}
var work = Path.Combine(Path.GetTempPath(), "archive-bench-" + Guid.NewGuid().ToString("N")[..8]);
var corpus = Path.Combine(work, "corpus");
var database = Path.Combine(work, "archive.db");
var web = new WebProcess(Path.Combine(root, "src", "BelarusUsArchive.Web", "bin", "Release", "net10.0", "BelarusUsArchive.Web.dll"), database);

try
{
    Console.WriteLine($"Writing {articles:N0} synthetic articles to {corpus}");
    var (_, bytes) = Corpus.Write(Path.Combine(root, "seeds"), corpus, articles);

    Console.WriteLine("Importing through the real pipeline (the web app's import command)");
    var import = await web.ImportAsync(corpus);
    Console.WriteLine($"  {import.Seconds:0.0} s, {articles / import.Seconds:0} articles/s, {bytes / 1e6 / import.Seconds:0.0} MB/s, peak {import.PeakMB:0} MB");

    Console.WriteLine("Serving and querying /api/search");
    var measured = await Queries.RunAsync(web, database);
    var report = new
    {
        articles,
        importSeconds = Math.Round(import.Seconds, 1),
        importArticlesPerSecond = Math.Round(articles / import.Seconds),
        importMBPerSecond = Math.Round(bytes / 1e6 / import.Seconds, 2),
        peakWorkingSetMB = Math.Round(Math.Max(import.PeakMB, web.PeakMB)),
        queries = measured,
    };
    Console.WriteLine();
    Console.WriteLine($"{"kind",-22} {"filters",-8} {"p50",8} {"p95",8} {"p99",8} {"raw p95",8} {"ratio",6}");
    foreach (var q in measured)
    {
        Console.WriteLine($"{q.Kind,-22} {q.Filters,-8} {q.P50Ms,8:0.0} {q.P95Ms,8:0.0} {q.P99Ms,8:0.0} {q.RawFtsP95Ms,8:0.0} {q.P95Ms / Math.Max(q.RawFtsP95Ms, 0.1),6:0.0}");
    }
    Console.WriteLine($"import {report.importArticlesPerSecond} articles/s, {report.importMBPerSecond} MB/s; peak working set {report.peakWorkingSetMB} MB");
    if (jsonFile is not null)
    {
        await File.WriteAllTextAsync(jsonFile, JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        Console.WriteLine($"Wrote {jsonFile}");
    }
    return 0;
}
finally
{
    await web.DisposeAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(work, recursive: true);
}

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "BelarusUsArchive.sln")))
        {
            return dir.FullName;
        }
    }
    throw new InvalidOperationException("Run from inside the repository: BelarusUsArchive.sln was not found above the current folder.");
}
