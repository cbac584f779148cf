using System.Collections.Concurrent;
using System.Security.Cryptography;
using BelarusUsArchive.Text.Parsing;
using BelarusUsArchive.Text.Parsing.Html;

namespace BelarusUsArchive.Web.Import;

/// <summary>What the store held for a key when the run began: enough to tell an unchanged file without parsing it.</summary>
public sealed record StoredFile(string ContentHash, int ExtractorVersion);

/// <summary>
/// A file read, hashed and extracted, ready for the writer; or, when <see cref="Result"/> is set, already decided
/// (unchanged, or failed before anything is written).
/// </summary>
public sealed record PreparedFile(ImportFile File, string Hash, FileResult? Result, ParsedArticle? Parsed = null, Sidecar? Sidecar = null);

/// <summary>
/// The part of an import that needs no store: reading, hashing, decoding and extracting a file. It runs on several
/// files at once (pure CPU and file reads), while one writer writes them in order.
/// </summary>
public sealed class FilePreparer(IReadOnlyList<ImportFile> files, IReadOnlyDictionary<string, StoredFile> stored)
{
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlySet<string>>> _furniture = new(StringComparer.Ordinal);

    public PreparedFile Prepare(ImportFile file, CancellationToken cancellationToken)
    {
        try
        {
            using var timing = ImportProfile.Time("prepare (parallel)");
            return Read(file, cancellationToken);
        }
        // Whatever goes wrong with one file (a parser defect included) is that file's failure, not the run's.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(file, "", e.Message);
        }
    }

    private PreparedFile Read(ImportFile file, CancellationToken cancellationToken)
    {
        if (new FileInfo(file.Path).Length > SourceDecoder.MaxBytes)
        {
            return Failed(file, "", SourceDecoder.Decode(new byte[SourceDecoder.MaxBytes + 1]).Failure);
        }
        var bytes = File.ReadAllBytes(file.Path);
        var sidecarPath = Sidecar.PathsFor(file.Path).FirstOrDefault(File.Exists);
        var sidecarBytes = sidecarPath is null ? [] : File.ReadAllBytes(sidecarPath);
        var hash = Convert.ToHexStringLower(SHA256.HashData([.. bytes, .. sidecarBytes]));
        // Skipped before parsing: the same content, extracted by this extractor (a stored key is never a legacy record).
        if (stored.TryGetValue(file.Key, out var known) && known.ContentHash == hash && known.ExtractorVersion >= ArticleExtractor.Version)
        {
            return new PreparedFile(file, hash, new FileResult(file.Key, ImportOutcome.Unchanged));
        }
        var decoded = SourceDecoder.Decode(bytes);
        if (!decoded.Ok)
        {
            return Failed(file, hash, decoded.Failure);
        }
        var sidecar = sidecarPath is null ? null : Sidecar.Parse(sidecarBytes, sidecarPath);
        // An editor's line decisions were made on the page alone, so the site's furniture evidence is not applied to it.
        var decisions = sidecar?.Decisions() ?? [];
        ParsedArticle parsed;
        try
        {
            using var timing = ImportProfile.Time("extract (parallel)");
            parsed = ArticleExtractor.Extract(decoded.Text!, furniture: decisions.Count > 0 ? null : FurnitureOf(file, cancellationToken), decisions: decisions);
        }
        catch (ExtractionRefusedException e) when (decisions.Count > 0)
        {
            return Failed(file, hash, $"{Path.GetFileName(sidecarPath)}: {e.Message}");
        }
        return parsed.Blocks.Count == 0
            ? Failed(file, hash, $"no article text found: all {parsed.Removed.Count} lines are navigation, notices, title or byline")
            : new PreparedFile(file, hash, null, parsed, sidecar);
    }

    private static PreparedFile Failed(ImportFile file, string hash, string? reason) =>
        new(file, hash, new FileResult(file.Key, ImportOutcome.Failed, reason));

    /// <summary>
    /// The lines the file's folder repeats across its articles in this import, found once, the first time a file of
    /// that folder needs extracting (a run of unchanged files reads nothing twice); other workers wait for it.
    /// </summary>
    private IReadOnlySet<string> FurnitureOf(ImportFile file, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(file.Path) ?? "";
        return _furniture.GetOrAdd(folder, f => new Lazy<IReadOnlySet<string>>(
            () => SiteFurniture.Find(files.Where(x => (Path.GetDirectoryName(x.Path) ?? "") == f), cancellationToken))).Value;
    }
}
