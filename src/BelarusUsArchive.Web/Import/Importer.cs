using System.Diagnostics;
using System.Security.Cryptography;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Events;
using BelarusUsArchive.Web.Features.People;
using BelarusUsArchive.Web.Model;
using BelarusUsArchive.Text.Parsing;
using BelarusUsArchive.Text.Parsing.Html;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Import;

public enum ImportOutcome { New, Updated, Unchanged, Reextracted, Failed }

public sealed record FileResult(string File, ImportOutcome Outcome, string? Reason = null);

/// <summary>A file to import and its key: its path below the folder it was found in, or its name when named itself.</summary>
public sealed record ImportFile(string Path, string Key);

/// <summary>
/// Imports text files into the store, each in its own transaction, keyed by the file's path below the import root
/// and its content hash: unchanged files are skipped, changed ones updated in place, unchanged ones made by an older
/// extractor extracted again, and a file that fails is recorded with its reason while the rest go on.
/// </summary>
public sealed class Importer(ArchiveDb db, ArticleWriter writer, PeopleFile peopleFile, MentionLinker linker, EventLinker events, ILogger<Importer> logger)
{
    /// <summary>File names a folder may hold that are articles; other files (sidecars, the people file) are not.</summary>
    public static readonly string[] ArticleExtensions = [".txt", ".text", ".md", ".html", ".htm"];

    public const string PeopleFileName = "people.json";

    public async Task<ImportRun> RunAsync(IEnumerable<string> paths, string trigger, IProgress<(int Done, int Total, FileResult Result)>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        paths = [.. paths];
        await using var importLock = await StoreLock.AcquireAsync(db, StoreLock.Import, logger, cancellationToken);
        await LoadPeopleAsync(paths, cancellationToken);
        var (files, missing) = Expand(paths);
        _files = files;
        var run = new ImportRun { Trigger = trigger, StartedAt = DateTime.UtcNow, FilesSeen = files.Count + missing.Count };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        var results = missing.Select(m => new FileResult(m, ImportOutcome.Failed, "no such file or folder")).ToList();
        var adopted = new HashSet<int>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await ImportOneAsync(file, adopted, cancellationToken);
            results.Add(result);
            progress?.Report((results.Count, run.FilesSeen, result));
        }

        db.ChangeTracker.Clear();
        await linker.RemoveOrphanCandidatesAsync(cancellationToken);
        db.Attach(run);
        run.New = results.Count(r => r.Outcome == ImportOutcome.New);
        run.Updated = results.Count(r => r.Outcome == ImportOutcome.Updated);
        run.Unchanged = results.Count(r => r.Outcome == ImportOutcome.Unchanged);
        run.Reextracted = results.Count(r => r.Outcome == ImportOutcome.Reextracted);
        run.Failed = results.Count(r => r.Outcome == ImportOutcome.Failed);
        run.Failures = [.. results.Where(r => r.Outcome == ImportOutcome.Failed).Select(r => new ImportFailure { File = r.File, Reason = r.Reason ?? "unknown" })];
        run.FinishedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Import {Trigger} finished: {FilesSeen} files seen, {New} new, {Updated} updated, {Unchanged} unchanged, {Reextracted} re-extracted, {Failed} failed in {Seconds:0.00} s",
            trigger, run.FilesSeen, run.New, run.Updated, run.Unchanged, run.Reextracted, run.Failed, clock.Elapsed.TotalSeconds);
        return run;
    }

    /// <summary>
    /// A folder's people file goes into the store first; when it changed, every stored article is linked again.
    /// Both happen in one transaction: were the new people committed before the relinking, a run stopped in
    /// between (killed, power lost) would leave articles linked to the old people, and the next run, finding the
    /// people unchanged, would never link them again. Readers are not blocked meanwhile (write-ahead log).
    /// </summary>
    private async Task LoadPeopleAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = false;
        foreach (var folder in paths.Where(Directory.Exists))
        {
            changed |= await peopleFile.LoadAsync(Path.Combine(folder, PeopleFileName), cancellationToken);
        }
        if (changed)
        {
            await LinkAgainAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task LinkAgainAsync(CancellationToken cancellationToken)
    {
        linker.Forget();
        var ids = await db.Articles.Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var article = await db.Articles.Include(a => a.Paragraphs).Include(a => a.Authors).ThenInclude(x => x.Author)
                .AsSplitQuery().SingleAsync(a => a.Id == id, cancellationToken);
            await linker.LinkAsync(article, cancellationToken);
            await events.LinkAsync(article, cancellationToken);
        }
        logger.LogInformation("People changed: linked mentions again in {Articles} articles", ids.Count);
    }

    private async Task<FileResult> ImportOneAsync(ImportFile file, HashSet<int> adopted, CancellationToken cancellationToken)
    {
        try
        {
            db.ChangeTracker.Clear();
            var result = await ImportFileAsync(file, adopted, cancellationToken);
            if (result.Outcome == ImportOutcome.Failed)
            {
                logger.LogWarning("Could not import {File}: {Reason}", file.Key, result.Reason);
            }
            return result;
        }
        // Whatever goes wrong with one file (a parser defect included) is that file's failure, not the run's.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            linker.Forget();
            logger.LogWarning(e, "Could not import {File}", file.Key);
            return new FileResult(file.Key, ImportOutcome.Failed, e is DbUpdateException ? "the store refused the record: " + (e.InnerException?.Message ?? e.Message) : e.Message);
        }
    }

    private async Task<FileResult> ImportFileAsync(ImportFile file, HashSet<int> adopted, CancellationToken cancellationToken)
    {
        var length = new FileInfo(file.Path).Length;
        if (length > SourceDecoder.MaxBytes)
        {
            return new FileResult(file.Key, ImportOutcome.Failed, SourceDecoder.Decode(new byte[SourceDecoder.MaxBytes + 1]).Failure);
        }
        var bytes = await File.ReadAllBytesAsync(file.Path, cancellationToken);
        var sidecarPath = Sidecar.PathsFor(file.Path).FirstOrDefault(File.Exists);
        var sidecarBytes = sidecarPath is null ? [] : await File.ReadAllBytesAsync(sidecarPath, cancellationToken);
        var hash = Convert.ToHexStringLower(SHA256.HashData([.. bytes, .. sidecarBytes]));

        var existing = await FindAsync(file, hash, adopted, cancellationToken);
        var reextract = existing?.ContentHash == hash;
        if (reextract && existing!.ExtractorVersion >= ArticleExtractor.Version)
        {
            await db.SaveChangesAsync(cancellationToken); // an adopted legacy record keeps its new key
            return new FileResult(file.Key, ImportOutcome.Unchanged);
        }
        var decoded = SourceDecoder.Decode(bytes);
        if (!decoded.Ok)
        {
            return new FileResult(file.Key, ImportOutcome.Failed, decoded.Failure);
        }
        var sidecar = sidecarPath is null ? null : Sidecar.Parse(sidecarBytes, sidecarPath);
        // An editor's line decisions were made on the page alone, so the site's furniture evidence is not applied to it.
        var decisions = sidecar?.Decisions() ?? [];
        ParsedArticle parsed;
        try
        {
            parsed = ArticleExtractor.Extract(decoded.Text!, furniture: decisions.Count > 0 ? null : FurnitureOf(file, cancellationToken), decisions: decisions);
        }
        catch (ExtractionRefusedException e) when (decisions.Count > 0)
        {
            return new FileResult(file.Key, ImportOutcome.Failed, $"{Path.GetFileName(sidecarPath)}: {e.Message}");
        }
        if (parsed.Blocks.Count == 0)
        {
            return new FileResult(file.Key, ImportOutcome.Failed,
                $"no article text found: all {parsed.Removed.Count} lines are navigation, notices, title or byline");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await writer.WriteAsync(existing, file.Key, hash, parsed, sidecar, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new FileResult(file.Key,
            existing is null ? ImportOutcome.New : reextract ? ImportOutcome.Reextracted : ImportOutcome.Updated);
    }

    /// <summary>
    /// The stored article of a file: by its key or, for a file in a subfolder, by the bare file name that keyed it
    /// before keys held the path. Such a record is adopted once, preferably by the file whose content it holds, so
    /// the switch of keys neither duplicates an article nor lets two same-named files share one.
    /// </summary>
    private async Task<Article?> FindAsync(ImportFile file, string hash, HashSet<int> adopted, CancellationToken cancellationToken)
    {
        var byKey = await Load(db.Articles.Where(a => a.SourceFile == file.Key), cancellationToken);
        var name = Path.GetFileName(file.Path);
        if (byKey is not null || name == file.Key)
        {
            return byKey;
        }
        var legacy = await Load(db.Articles.Where(a => a.SourceFile == name), cancellationToken);
        if (legacy is null || adopted.Contains(legacy.Id) || (legacy.ContentHash != hash && LegacyHasItsOwnFile(file, name, legacy.ContentHash)))
        {
            return null;
        }
        adopted.Add(legacy.Id);
        legacy.SourceFile = file.Key;
        return legacy;
    }

    private Task<Article?> Load(IQueryable<Article> query, CancellationToken cancellationToken) =>
        query.Include(a => a.Paragraphs).Include(a => a.Authors).AsSplitQuery().FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether another file of this run with the same name holds the content a legacy record was made from.</summary>
    private bool LegacyHasItsOwnFile(ImportFile file, string name, string legacyHash) =>
        _files.Any(f => f != file && Path.GetFileName(f.Path) == name && HashOf(f) == legacyHash);

    private static string HashOf(ImportFile file)
    {
        var sidecarPath = Sidecar.PathsFor(file.Path).FirstOrDefault(File.Exists);
        byte[] sidecar = sidecarPath is null ? [] : File.ReadAllBytes(sidecarPath);
        return Convert.ToHexStringLower(SHA256.HashData([.. File.ReadAllBytes(file.Path), .. sidecar]));
    }

    private IReadOnlyList<ImportFile> _files = [];

    private readonly Dictionary<string, IReadOnlySet<string>> _furniture = new(StringComparer.Ordinal);

    /// <summary>
    /// The lines the file's folder repeats across its articles in this import, found the first time a file of that
    /// folder needs extracting (a run of unchanged files reads nothing twice).
    /// </summary>
    private IReadOnlySet<string> FurnitureOf(ImportFile file, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(file.Path) ?? "";
        if (!_furniture.TryGetValue(folder, out var lines))
        {
            lines = SiteFurniture.Find(_files.Where(f => (Path.GetDirectoryName(f.Path) ?? "") == folder), cancellationToken);
            _furniture[folder] = lines;
        }
        return lines;
    }

    /// <summary>
    /// The files under the paths, each keyed by its path below the folder given (with '/' separators) or, for a file
    /// given itself, by its name: two files of one name in different folders are two articles.
    /// </summary>
    public static (List<ImportFile> Files, List<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<ImportFile>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)
                        && !Sidecar.IsSidecar(f) && !Path.GetFileName(f).StartsWith('.'))
                    .Select(f => new ImportFile(f, Path.GetRelativePath(path, f).Replace(Path.DirectorySeparatorChar, '/')))
                    .OrderBy(f => f.Key, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(new ImportFile(path, Path.GetFileName(path)));
            }
            else
            {
                missing.Add(path);
            }
        }
        return (files, missing);
    }
}
