using System.Diagnostics;
using System.Security.Cryptography;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Events;
using BelarusUsArchive.Web.Features.People;
using BelarusUsArchive.Web.Features.Related;
using BelarusUsArchive.Web.Model;
using BelarusUsArchive.Text.Parsing;
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

    /// <summary>Files written in one transaction at most; a batch is also closed after <see cref="BatchTime"/>.</summary>
    public const int BatchFiles = 100;

    public static readonly TimeSpan BatchTime = TimeSpan.FromSeconds(1);

    public async Task<ImportRun> RunAsync(IEnumerable<string> paths, string trigger, IProgress<(int Done, int Total, FileResult Result)>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        paths = [.. paths];
        // A failed write rolls its whole transaction back (and the batch is written again file by file), so the
        // savepoint EF would set around every SaveChanges inside it is never used: two statements per save saved.
        db.Database.AutoSavepointsEnabled = false;
        await using var importLock = await StoreLock.AcquireAsync(db, StoreLock.Import, logger, cancellationToken);
        await LoadPeopleAsync(paths, cancellationToken);
        var (files, missing) = Expand(paths);
        _files = files;
        var run = new ImportRun { Trigger = trigger, StartedAt = DateTime.UtcNow, FilesSeen = files.Count + missing.Count };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        var results = missing.Select(m => new FileResult(m, ImportOutcome.Failed, "no such file or folder")).ToList();
        var stored = await db.Articles.AsNoTracking().Select(a => new { a.SourceFile, a.ContentHash, a.ExtractorVersion })
            .ToDictionaryAsync(a => a.SourceFile, a => new StoredFile(a.ContentHash, a.ExtractorVersion), StringComparer.Ordinal, cancellationToken);
        var preparer = new FilePreparer(files, stored);
        stored = null;
        var batch = new List<PreparedFile>();
        var batchClock = Stopwatch.StartNew();
        await foreach (var prepared in OrderedWork.RunAsync(files, f => preparer.Prepare(f, cancellationToken), Environment.ProcessorCount, BatchFiles, cancellationToken))
        {
            batch.Add(prepared);
            if (batch.Count >= BatchFiles || batchClock.Elapsed >= BatchTime)
            {
                await FlushAsync(batch, results, run.FilesSeen, progress, cancellationToken);
                batchClock.Restart();
            }
        }
        await FlushAsync(batch, results, run.FilesSeen, progress, cancellationToken);

        db.ChangeTracker.Clear();
        await LinkLateSurnamesAsync(cancellationToken);
        await linker.RemoveOrphanCandidatesAsync(cancellationToken);
        // Related reading is weighed at import time for what the run wrote (and whatever else is marked stale), so the
        // run's articles and the older articles they now outrank read kept lists from their first request.
        int related;
        using (ImportProfile.Time("weigh related reading"))
        {
            related = await RelatedLists.RefreshStaleAsync(db, RelatedListsWorker.Batch, logger, cancellationToken);
        }
        db.ChangeTracker.Clear();
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
            "Import {Trigger} finished: {FilesSeen} files seen, {New} new, {Updated} updated, {Unchanged} unchanged, {Reextracted} re-extracted, {Failed} failed, {Related} related-reading lists weighed in {Seconds:0.00} s",
            trigger, run.FilesSeen, run.New, run.Updated, run.Unchanged, run.Reextracted, run.Failed, related, clock.Elapsed.TotalSeconds);
        if (ImportProfile.Enabled)
        {
            logger.LogWarning("Import profile:{NewLine}{Profile}", Environment.NewLine, ImportProfile.Report());
        }
        return run;
    }

    /// <summary>Writes a batch and reports its files in order, once they are committed.</summary>
    private async Task FlushAsync(List<PreparedFile> batch, List<FileResult> results, int total, IProgress<(int Done, int Total, FileResult Result)>? progress, CancellationToken cancellationToken)
    {
        var written = await WriteBatchAsync(batch, cancellationToken) ?? await WriteOneByOneAsync(batch, cancellationToken);
        foreach (var result in written)
        {
            if (result.Outcome == ImportOutcome.Failed)
            {
                logger.LogWarning("Could not import {File}: {Reason}", result.File, result.Reason);
            }
            results.Add(result);
            progress?.Report((results.Count, total, result));
        }
        batch.Clear();
    }

    /// <summary>
    /// The batch's files in one transaction, each written whole or, when any write fails, none: null then, and the
    /// batch is written again file by file, so the failing file alone stays out.
    /// </summary>
    private async Task<List<FileResult>?> WriteBatchAsync(List<PreparedFile> batch, CancellationToken cancellationToken)
    {
        if (batch.All(p => p.Result is not null))
        {
            return [.. batch.Select(p => p.Result!)];
        }
        var adoptedBefore = _adopted.ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var results = new List<FileResult>();
            foreach (var prepared in batch)
            {
                results.Add(prepared.Result ?? await WriteAsync(prepared, cancellationToken));
            }
            using var timing = ImportProfile.Time("commit");
            await transaction.CommitAsync(cancellationToken);
            return results;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogDebug(e, "A batch of {Files} files was rolled back; writing them one by one", batch.Count);
            Forget(adoptedBefore);
            return null;
        }
    }

    private async Task<List<FileResult>> WriteOneByOneAsync(List<PreparedFile> batch, CancellationToken cancellationToken)
    {
        var results = new List<FileResult>();
        foreach (var prepared in batch)
        {
            results.Add(prepared.Result ?? await WriteAloneAsync(prepared, cancellationToken));
        }
        return results;
    }

    private async Task<FileResult> WriteAloneAsync(PreparedFile prepared, CancellationToken cancellationToken)
    {
        var adoptedBefore = _adopted.ToList();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await WriteAsync(prepared, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        // Whatever goes wrong with one file is that file's failure, not the run's.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Forget(adoptedBefore);
            logger.LogDebug(e, "Could not import {File}", prepared.File.Key);
            return new FileResult(prepared.File.Key, ImportOutcome.Failed, e is DbUpdateException ? "the store refused the record: " + (e.InnerException?.Message ?? e.Message) : e.Message);
        }
    }

    /// <summary>After a rollback: what the run held in memory about the store is read again, and legacy records adopted in it are free again.</summary>
    private void Forget(List<int> adoptedBefore)
    {
        db.ChangeTracker.Clear();
        writer.Forget();
        _adopted.Clear();
        _adopted.UnionWith(adoptedBefore);
    }

    /// <summary>One prepared file into the store, inside the caller's transaction.</summary>
    private async Task<FileResult> WriteAsync(PreparedFile prepared, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var file = prepared.File;
        var existing = await FindAsync(file, prepared.Hash, _adopted, cancellationToken);
        var reextract = existing?.ContentHash == prepared.Hash;
        if (reextract && existing!.ExtractorVersion >= ArticleExtractor.Version)
        {
            await db.SaveChangesAsync(cancellationToken); // an adopted legacy record keeps its new key
            return new FileResult(file.Key, ImportOutcome.Unchanged);
        }
        await writer.WriteAsync(existing, file.Key, prepared.Hash, prepared.Parsed!, prepared.Sidecar, cancellationToken);
        return new FileResult(file.Key,
            existing is null ? ImportOutcome.New : reextract ? ImportOutcome.Reextracted : ImportOutcome.Updated);
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

    /// <summary>Articles that called someone by surname before the run met their full name (see <see cref="MentionLinker"/>).</summary>
    private async Task LinkLateSurnamesAsync(CancellationToken cancellationToken)
    {
        var ids = await linker.LateSurnameArticlesAsync(cancellationToken);
        if (ids.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await LinkAsync(ids, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private async Task LinkAgainAsync(CancellationToken cancellationToken)
    {
        linker.Forget();
        var ids = await db.Articles.Select(a => a.Id).ToListAsync(cancellationToken);
        await LinkAsync(ids, cancellationToken);
        logger.LogInformation("People changed: linked mentions again in {Articles} articles", ids.Count);
    }

    private async Task LinkAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var article = await db.Articles.Include(a => a.Paragraphs).Include(a => a.Authors).ThenInclude(x => x.Author)
                .AsSplitQuery().SingleAsync(a => a.Id == id, cancellationToken);
            var people = await linker.LinkAsync(article, cancellationToken);
            await events.LinkAsync(article, people, cancellationToken);
        }
    }

    /// <summary>
    /// The stored article of a file: by its key or, for a file in a subfolder, by the bare file name that keyed it
    /// before keys held the path. Such a record is adopted once, preferably by the file whose content it holds, so
    /// the switch of keys neither duplicates an article nor lets two same-named files share one.
    /// </summary>
    private async Task<Article?> FindAsync(ImportFile file, string hash, HashSet<int> adopted, CancellationToken cancellationToken)
    {
        using var timing = ImportProfile.Time("find stored");
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

    private readonly HashSet<int> _adopted = [];


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
