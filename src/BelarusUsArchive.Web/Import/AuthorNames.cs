using BelarusUsArchive.Text;

namespace BelarusUsArchive.Web.Import;

/// <summary>
/// Author names as every path takes them (the correction form, the new-article form, a sidecar, the parser's byline):
/// a name needs a letter (its slug is the author's key, and punctuation has none), and names meeting under one
/// slug ("Jane Doe", "jane doe") are one author, kept once in byline order.
/// </summary>
public static class AuthorNames
{
    public const int MaxCount = 50;
    public const int MaxLength = 200;

    /// <summary>Why the names cannot be an article's byline, or null.</summary>
    public static string? Problem(IEnumerable<string> names)
    {
        var list = names.ToList();
        if (list.Count > MaxCount)
        {
            return $"{list.Count} authors are more than the {MaxCount} an article may have.";
        }
        if (list.FirstOrDefault(n => n.Trim().Length > MaxLength) is { } longName)
        {
            return $"An author's name has at most {MaxLength} characters (“{longName[..40]}…” has {longName.Trim().Length}).";
        }
        return list.FirstOrDefault(n => !IsName(n)) is { } name
            ? $"“{name.Trim()}” is not a name: an author's name needs letters."
            : null;
    }

    /// <summary>The names trimmed, those without letters dropped, and each author once (the first spelling wins).</summary>
    public static List<string> Fold(IEnumerable<string> names) =>
        [.. names.Select(n => n.Trim()).Where(IsName).DistinctBy(n => Slugs.From(n))];

    private static bool IsName(string name) => name.Any(char.IsLetter) && Slugs.From(name).Length > 0;
}
