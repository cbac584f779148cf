using System.Text.Json;
using BelarusUsArchive.Text.Parsing;

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
    string? Language,
    IReadOnlyList<SidecarLine>? Lines = null)
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

    /// <summary>The limits the editor's forms hold too: a sidecar states a few short facts.</summary>
    public const int MaxBytes = 512 * 1024;
    public const int MaxLines = 5000;
    public const int MaxTitle = 400;
    public const int MaxSubtitle = 1000;
    public const int MaxOutlet = 200;
    public const int MaxPublished = 40;
    public const int MaxUrl = 2000;

    /// <summary>
    /// Reads the sidecar's bytes; throws <see cref="FormatException"/> with a readable reason when it is not valid JSON
    /// or a value is not what the field may hold (the file then fails, as for the editor's form).
    /// </summary>
    public static Sidecar Parse(byte[] bytes, string path)
    {
        var name = Path.GetFileName(path);
        if (bytes.Length > MaxBytes)
        {
            throw new FormatException($"{name} is {bytes.Length / 1024} KB, more than the {MaxBytes / 1024} KB a sidecar of a few facts needs");
        }
        Sidecar sidecar;
        try
        {
            sidecar = JsonSerializer.Deserialize<Sidecar>(bytes, Json) ?? throw new FormatException($"{name} is empty");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{name} is not valid JSON: {e.Message}", e);
        }
        return sidecar.Problem() is { } problem ? throw new FormatException($"{name}: {problem}") : sidecar;
    }

    /// <summary>Whether a URL may be a link: absolute http or https (never javascript:, data: or a relative path).</summary>
    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The first value that the field cannot hold, as a sentence, or null.</summary>
    public string? Problem() =>
        TooLong("title", Title, MaxTitle) ?? TooLong("subtitle", Subtitle, MaxSubtitle) ?? TooLong("outlet", Outlet, MaxOutlet)
        ?? TooLong("published", Published, MaxPublished) ?? TooLong("sourceUrl", SourceUrl, MaxUrl)
        ?? (Authors is null ? null : AuthorNames.Problem(Authors))
        ?? (SourceUrl is not null && !IsWebUrl(SourceUrl) ? "sourceUrl must be an absolute http or https address" : null)
        ?? (Language is not null && !IsLanguageTag(Language) ? "language must be a language tag such as en, be or ru-BY" : null)
        ?? (Lines is { Count: > MaxLines } ? $"lines holds {Lines.Count:N0} decisions, more than the {MaxLines:N0} a sidecar may have" : null)
        ?? Lines?.Select(l => l is null ? "lines: an entry is empty" : l.Problem()).FirstOrDefault(p => p is not null);

    /// <summary>The editor's line decisions, for the extractor (empty when the sidecar has none).</summary>
    public IReadOnlyList<LineDecision> Decisions() => [.. (Lines ?? []).Select(l => l.ToDecision())];

    private static string? TooLong(string field, string? value, int max) =>
        value is not null && value.Length > max ? $"{field} has {value.Length} characters, more than the {max} it may have" : null;

    /// <summary>A BCP 47 tag in its common shape: letters, digits and hyphens, subtags of 1 to 8, at most 35 in all.</summary>
    private static bool IsLanguageTag(string tag) =>
        tag.Length is > 0 and <= 35 && tag.Split('-').All(s => s.Length is > 0 and <= 8 && s.All(char.IsAsciiLetterOrDigit));
}

/// <summary>
/// An editor's decision on one line of the source, as the paste preview saved it: <c>line</c> (numbered as the
/// extractor numbers lines), <c>hash</c> (<see cref="LineDecisions.HashOf"/> of its text), <c>action</c> keep or drop,
/// and for a kept line an optional <c>kind</c> (paragraph, heading, caption, quote, list-item, note) and retyped <c>text</c>.
/// </summary>
public sealed record SidecarLine(int Line, string? Hash, string? Action, string? Kind, string? Text)
{
    public string? Problem() =>
        Line < 1 ? $"lines: {Line} is not a line number"
        : Hash is null || Hash.Length != 12 || !Hash.All(char.IsAsciiHexDigit) ? $"lines: line {Line} needs the 12-digit hash of its text"
        : Action is not ("keep" or "drop") ? $"lines: line {Line}'s action must be keep or drop"
        : Kind is not null && !BlockKinds.TryParse(Kind, out _) ? $"lines: line {Line}'s kind must be one of {string.Join(", ", BlockKinds.Names)}"
        : Text is not null && Text.Length > LineDecisions.MaxRetyped ? $"lines: line {Line} is retyped with {Text.Length:N0} characters, more than the {LineDecisions.MaxRetyped:N0} a line may have"
        : null;

    public LineDecision ToDecision() => new(Line, Hash!, Action == "drop" ? LineAction.Drop : LineAction.Keep,
        Kind is not null && BlockKinds.TryParse(Kind, out var kind) ? kind : null, Text);
}
