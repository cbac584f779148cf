using System.IO.Compression;
using System.Text.Json;

namespace BelarusUsArchive.Benchmarks.Extraction;

/// <summary>One page of the extraction development set, with what its main text must and must not contain.</summary>
public sealed record DevPage(
    string Name,
    string? Lang,
    IReadOnlyList<string> With,
    IReadOnlyList<string> Without,
    string? Title,
    IReadOnlyList<string> Authors,
    string? Date);

/// <summary>
/// The development set of real web pages (<c>shared/extraction-dev</c>, from the trafilatura project's evaluation
/// data): <c>truth.json</c> and, per page, the HTML (gzipped) and the text a reader copies from the rendered page.
/// </summary>
public sealed class DevSet(string folder, IReadOnlyList<DevPage> pages)
{
    public string Folder { get; } = folder;

    public IReadOnlyList<DevPage> Pages { get; } = pages;

    /// <summary>The set in <c>shared/extraction-dev</c> beside the repository or one of its parent folders, or null.</summary>
    public static string? Locate(string start)
    {
        if (Environment.GetEnvironmentVariable("ARCHIVE_EXTRACTION_DEV") is { Length: > 0 } given)
        {
            return given;
        }
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "extraction-dev");
            if (File.Exists(Path.Combine(candidate, "truth.json")))
            {
                return candidate;
            }
        }
        return null;
    }

    public static DevSet Load(string folder)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "truth.json")));
        var pages = truth.RootElement.GetProperty("pages").EnumerateArray().Select(p => new DevPage(
            p.GetProperty("name").GetString()!,
            Text(p, "lang"),
            Strings(p, "with"),
            Strings(p, "without"),
            Text(p, "title"),
            Strings(p, "author"),
            Text(p, "date"))).ToList();
        return new DevSet(folder, pages);
    }

    public byte[] CopiedText(DevPage page) => File.ReadAllBytes(Path.Combine(Folder, "pages", page.Name + ".txt"));

    public byte[] Html(DevPage page)
    {
        using var gz = new GZipStream(File.OpenRead(Path.Combine(Folder, "pages", page.Name + ".html.gz")), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gz.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static string? Text(JsonElement page, string name) =>
        page.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim().Length > 0 ? v.GetString() : null;

    private static List<string> Strings(JsonElement page, string name) =>
        !page.TryGetProperty(name, out var v) ? []
        : v.ValueKind == JsonValueKind.String ? (v.GetString()!.Trim().Length > 0 ? [v.GetString()!] : [])
        : v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
        : [];
}
