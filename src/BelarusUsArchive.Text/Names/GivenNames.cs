namespace BelarusUsArchive.Text.Names;

/// <summary>
/// The given-name lexicons (<c>Names/Data/given-names-*.txt</c>, each with its source in its header): a
/// capitalized run that starts with one of these names and goes on with a surname is a person, with or
/// without a role word around it. Words the lexicons share with ordinary prose (months, virtues, places;
/// <c>not-given-names.txt</c>) are left out.
/// </summary>
public static class GivenNames
{
    private static readonly Lazy<HashSet<string>> Names = new(Load);

    /// <summary>Whether a word of a text is a known given name (any case of the first letter kept capital, Cyrillic transliterated).</summary>
    public static bool Contains(string word)
    {
        var plain = NameTokens.Plain(word);
        return plain.Length > 1 && Names.Value.Contains(plain);
    }

    private static HashSet<string> Load()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in new[] { "given-names-en.txt", "given-names-east.txt" })
        {
            names.UnionWith(Lines(resource).Select(NameTokens.Plain));
        }
        names.ExceptWith(Lines("not-given-names.txt").Select(NameTokens.Plain));
        return names;
    }

    private static IEnumerable<string> Lines(string resource)
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream("BelarusUsArchive.Text.Names.Data." + resource)
            ?? throw new InvalidOperationException($"The lexicon {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line.Trim());
            }
        }
        return lines;
    }
}
