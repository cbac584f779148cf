using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BelarusUsArchive.Benchmarks;

// dotnet run -c Release --project tests/BelarusUsArchive.Benchmarks -- --articles N --json FILE
// dotnet run -c Release --project tests/BelarusUsArchive.Benchmarks -- extraction --json FILE
// dotnet run -c Release --project tests/BelarusUsArchive.Benchmarks -- entities [--verbose | --time] [--only SET-WORDS] | entities --dump FILE
if (args.FirstOrDefault() == "entities" && args.Contains("--time"))
{
    EventExtractionBench.Run(FindRoot());
    return 0;
}
if (args.FirstOrDefault() == "entities" && args.Length > 2 && args[1] == "--dump")
{
    EventExtractionBench.Dump(args[2]);
    return 0;
}
if (args.FirstOrDefault() == "entities")
{
    return await EntityBench.RunAsync(FindRoot(), args.Contains("--verbose"), args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault());
}
var articles = Arg("--articles") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 100_000;
var jsonFile = Arg("--json");
var root = FindRoot();
// extraction [--dev DIR] [--json FILE] [--results DIR] [--form txt|html] [--pages FILE]: the importer's extractor on the development set of real pages.
if (args.FirstOrDefault() == "extraction")
{
    if (Arg("--headlines") is { } headlines)
    {
        return await BelarusUsArchive.Benchmarks.Extraction.HeadlineDump.RunAsync(root, Arg("--dev"), headlines);
    }
    return await BelarusUsArchive.Benchmarks.Extraction.ExtractionBenchmark.RunAsync(root, Arg("--dev"), jsonFile, Arg("--results"), Arg("--form"), Arg("--pages"));
}
// grow-postgres --from BASE.db --postgres CONNECTION --articles N: a PostgreSQL store of N articles for `--postgres`:
// the SQLite store BASE.db (an imported base, not yet grown) exported and restored into the empty database, then grown
// by StoreGrower's copies. Grow a copy of BASE.db to N with --grow-from: the two then hold the same ids and slugs, so
// the page benchmark can read its URLs from the SQLite file and serve the PostgreSQL database.
if (args.FirstOrDefault() == "grow-postgres")
{
    var from = Arg("--from") ?? throw new ArgumentException("grow-postgres needs --from BASE.db");
    var target = Arg("--postgres") ?? throw new ArgumentException("grow-postgres needs --postgres CONNECTION");
    var dll = Arg("--web") ?? Path.Combine(root, "src", "BelarusUsArchive.Web", "bin", "Release", "net10.0", "BelarusUsArchive.Web.dll");
    var backup = Path.Combine(Path.GetTempPath(), "archive-base-" + Guid.NewGuid().ToString("N")[..8] + ".zip");
    try
    {
        await using (var sqlite = new WebProcess(dll, from))
        {
            Console.WriteLine($"Exporting {from}: {(await sqlite.CommandAsync("export", backup)).Seconds:0} s");
        }
        await using (var pg = new WebProcess(dll, from, target))
        {
            Console.WriteLine($"Restoring it into PostgreSQL: {(await pg.CommandAsync("restore", backup)).Seconds:0} s");
        }
        var clock = Stopwatch.StartNew();
        StoreGrower.GrowPostgres(target, articles);
        Console.WriteLine($"Grown to {articles:N0} articles in {clock.Elapsed.TotalSeconds:0} s");
        return 0;
    }
    finally
    {
        File.Delete(backup);
    }
}
// --write-corpus DIR: only write the synthetic corpus (for the load script, which imports and serves it).
if (Arg("--write-corpus") is { } corpusOnly)
{
    var (count, size) = Corpus.Write(Path.Combine(root, "seeds"), corpusOnly, articles);
    Console.WriteLine($"Wrote {count:N0} synthetic articles ({size / 1e6:0.0} MB) to {corpusOnly}");
    return 0;
}
// --store FILE: the store to measure, kept between runs; built once (a --base of articles imported through
// the real pipeline, then copied with SQL up to --articles, see StoreGrower) when FILE does not exist yet.
var keep = Arg("--store");
var baseArticles = Arg("--base") is { } b ? int.Parse(b, CultureInfo.InvariantCulture) : 2_000;
var work = Path.Combine(Path.GetTempPath(), "archive-bench-" + Guid.NewGuid().ToString("N")[..8]);
var corpus = Path.Combine(work, "corpus");
var database = keep ?? Path.Combine(work, "archive.db");
// --web DLL serves another build (e.g. the main branch's, for a before-and-after in one sitting).
// --postgres CONNECTION serves that PostgreSQL database instead, restored from the --store file (`export` there,
// `restore` into PostgreSQL), whose slugs and ids the URLs are read from; the raw FTS5 comparison is SQLite's, so the
// query series are skipped.
var postgres = Arg("--postgres");
var web = new WebProcess(Arg("--web") ?? Path.Combine(root, "src", "BelarusUsArchive.Web", "bin", "Release", "net10.0", "BelarusUsArchive.Web.dll"), database, postgres);

try
{
    object? importFigures = null;
    // --grow-from FILE: start from a store already imported through the real pipeline.
    if (Arg("--grow-from") is { } imported0 && !File.Exists(database))
    {
        File.Copy(imported0, database);
        Console.WriteLine($"Growing a copy of {imported0} to {articles:N0} articles by copying rows with SQL");
        StoreGrower.Grow(database, articles);
    }
    if (!File.Exists(database))
    {
        var imported = keep is null ? articles : Math.Min(articles, baseArticles);
        Console.WriteLine($"Writing {imported:N0} synthetic articles to {corpus}");
        var (_, bytes) = Corpus.Write(Path.Combine(root, "seeds"), corpus, imported);
        Console.WriteLine("Importing through the real pipeline (the web app's import command)");
        var import = await web.ImportAsync(corpus);
        Console.WriteLine($"  {import.Seconds:0.0} s, {imported / import.Seconds:0} articles/s, {bytes / 1e6 / import.Seconds:0.0} MB/s, peak {import.PeakMB:0} MB");
        importFigures = new { articles = imported, seconds = Math.Round(import.Seconds, 1), articlesPerSecond = Math.Round(imported / import.Seconds), mbPerSecond = Math.Round(bytes / 1e6 / import.Seconds, 2), peakWorkingSetMB = Math.Round(import.PeakMB) };
        if (imported < articles)
        {
            Console.WriteLine($"Growing the store to {articles:N0} articles by copying rows with SQL");
            StoreGrower.Grow(database, articles);
        }
    }
    using var client = await web.ServeAsync();
    var stored = StoredArticles(database);
    Console.WriteLine($"Serving {stored:N0} articles from {(postgres is null ? "SQLite" : "PostgreSQL")}, output cache off; timing every page kind");
    var pages = Arg("--skip-pages") is null && !args.Contains("--skip-pages") ? await Pages.RunAsync(client, database) : [];
    Console.WriteLine("Timing /api/search by query kind beside raw FTS5");
    var measured = args.Contains("--skip-queries") || postgres is not null ? [] : await Queries.RunAsync(client, database);
    BurstFigures? burst = null;
    if (!args.Contains("--skip-burst"))
    {
        Console.WriteLine("200 hostile searches at once, /health and article pages timed meanwhile");
        burst = await Burst.RunAsync(client.BaseAddress!, database);
        Console.WriteLine($"  {burst}");
    }
    var report = new
    {
        articles = stored,
        import = importFigures,
        peakWorkingSetMB = Math.Round(web.PeakMB),
        pages,
        queries = measured,
        burst,
    };
    Console.WriteLine();
    Console.WriteLine($"{"kind",-22} {"filters",-8} {"p50",8} {"p95",8} {"p99",8} {"raw p95",8} {"count",8} {"ratio",6}");
    foreach (var q in measured)
    {
        Console.WriteLine($"{q.Kind,-22} {q.Filters,-8} {q.P50Ms,8:0.0} {q.P95Ms,8:0.0} {q.P99Ms,8:0.0} {q.RawFtsP95Ms,8:0.0} {q.RawCountP95Ms,8:0.0} {q.P95Ms / Math.Max(q.RawCountP95Ms, 0.1),6:0.0}");
    }
    if (jsonFile is not null)
    {
        await File.WriteAllTextAsync(jsonFile, JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals }));
        Console.WriteLine($"Wrote {jsonFile}");
    }
    return 0;
}
finally
{
    await web.DisposeAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    if (Directory.Exists(work))
    {
        Directory.Delete(work, recursive: true);
    }
}

static long StoredArticles(string database)
{
    using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT count(*) FROM Articles";
    return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
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
