using System.Runtime.InteropServices;
using System.Text;
using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Web.Import;

/// <summary>
/// Evidence no single page gives: a short line that recurs in several different articles of one folder in one import
/// (a menu item, a newsletter box, a footer) is that site's furniture, not article text. "Different" is judged by
/// each file's longest line, so copies of one syndicated article never make each other's paragraphs furniture.
/// Only copied text is read (HTML carries its structure); lines of more than <see cref="MaxWords"/> words are never
/// counted, which keeps the tally small at any archive size.
/// </summary>
public static class SiteFurniture
{
    public const int MinArticles = 3;

    public const int MaxWords = 20;

    /// <summary>For each folder holding copied-text files, the lines recurring in at least three different articles of it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Find(IEnumerable<ImportFile> files, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var folder in files.Where(IsCopiedText).GroupBy(f => Path.GetDirectoryName(f.Path) ?? "", StringComparer.Ordinal))
        {
            var lines = FolderLines([.. folder], cancellationToken);
            if (lines.Count > 0)
            {
                found[folder.Key] = lines;
            }
        }
        return found;
    }

    /// <summary>The furniture found for a file's folder, or an empty set.</summary>
    public static IReadOnlySet<string> For(IReadOnlyDictionary<string, IReadOnlySet<string>> found, ImportFile file) =>
        found.GetValueOrDefault(Path.GetDirectoryName(file.Path) ?? "") ?? new HashSet<string>();

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
            var article = StringComparer.Ordinal.GetHashCode(lines.MaxBy(l => l.Length)!);
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
        return [.. decoded.Text!.Split('\n').Select(Key).Where(l => l.Length > 0)];
    }

    /// <summary>A line as furniture is compared: white space collapsed and trimmed.</summary>
    public static string Key(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var word in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length == 0 ? "" : " ").Append(word);
        }
        return builder.ToString();
    }
}
