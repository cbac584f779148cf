using System.Runtime.InteropServices;
using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Web.Import;

/// <summary>
/// Evidence no single page gives: a short line that recurs in several different articles of one folder in one import
/// (a menu item, a newsletter box, a footer) is that site's furniture, not article text. "Different" is judged by
/// each file's prose (its lines too long to be counted), so copies of one syndicated article never make each other's
/// lines furniture.
/// Only copied text is read (HTML carries its structure); lines of more than <see cref="MaxWords"/> words are never
/// counted, which keeps the tally small at any archive size.
/// </summary>
public static class SiteFurniture
{
    public const int MinArticles = 3;

    public const int MaxWords = 20;

    /// <summary>The lines recurring in at least three different articles among the copied-text files of one folder.</summary>
    public static IReadOnlySet<string> Find(IEnumerable<ImportFile> folderFiles, CancellationToken cancellationToken) =>
        FolderLines([.. folderFiles.Where(IsCopiedText)], cancellationToken);

    private static bool IsCopiedText(ImportFile file) =>
        Path.GetExtension(file.Path).ToLowerInvariant() is ".txt" or ".text" or ".md";

    private static HashSet<string> FolderLines(List<ImportFile> files, CancellationToken cancellationToken)
    {
        if (files.Count < MinArticles)
        {
            return [];
        }
        // Per line: the distinct articles (by their longest line's hash) it was seen in, up to MinArticles.
        var seen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lines = ReadLines(file);
            if (lines.Count == 0)
            {
                continue;
            }
            // An article is told by its prose, the lines too long to be counted: copies of one article share it.
            var prose = lines.Where(l => TextNormalizer.WordCount(l) > MaxWords).ToList();
            var article = StringComparer.Ordinal.GetHashCode(string.Join('\n', prose.Count > 0 ? prose : lines));
            foreach (var line in lines.Where(l => TextNormalizer.WordCount(l) <= MaxWords).Distinct(StringComparer.Ordinal))
            {
                ref var articles = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, line, out _);
                articles ??= [];
                if (articles.Count < MinArticles && !articles.Contains(article))
                {
                    articles.Add(article);
                }
            }
        }
        return [.. seen.Where(kv => kv.Value.Count >= MinArticles).Select(kv => kv.Key)];
    }

    /// <summary>The file's non-blank lines, whitespace-collapsed; nothing for a file too large, undecodable or HTML.</summary>
    private static List<string> ReadLines(ImportFile file)
    {
        if (new FileInfo(file.Path).Length > SourceDecoder.MaxBytes)
        {
            return [];
        }
        var decoded = SourceDecoder.Decode(File.ReadAllBytes(file.Path));
        if (!decoded.Ok || HtmlText.LooksLikeHtml(decoded.Text!))
        {
            return [];
        }
        // Normalized as the parser normalizes its lines, so the parser recognises them.
        return [.. TextNormalizer.NormalizeFile(decoded.Text!).Split('\n').Select(TextNormalizer.CleanLine).Where(l => l.Length > 0)];
    }
}
