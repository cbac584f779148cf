using System.Text.Json;

namespace BelarusUsArchive.Web.Import;

/// <summary>
/// Facts about a source file that its text cannot give, in NAME.meta.json beside it.
/// Every field is optional and wins over what the parser extracted.
/// </summary>
public sealed record Sidecar(
    string? Title,
    string? Subtitle,
    IReadOnlyList<string>? Authors,
    string? Outlet,
    string? Published,
    string? SourceUrl,
    string? Language)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The sidecar paths a text file may have: NAME.meta.json or NAME.txt.meta.json.</summary>
    public static IEnumerable<string> PathsFor(string textPath)
    {
        var dir = Path.GetDirectoryName(textPath) ?? ".";
        yield return Path.Combine(dir, Path.GetFileNameWithoutExtension(textPath) + ".meta.json");
        yield return textPath + ".meta.json";
    }

    public static bool IsSidecar(string path) => path.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the sidecar's bytes; throws <see cref="FormatException"/> with a readable reason when it is not valid JSON.</summary>
    public static Sidecar Parse(byte[] bytes, string path)
    {
        try
        {
            return JsonSerializer.Deserialize<Sidecar>(bytes, Json) ?? throw new FormatException($"{Path.GetFileName(path)} is empty");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{Path.GetFileName(path)} is not valid JSON: {e.Message}", e);
        }
    }
}
