using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Names;

/// <summary>A word of a paragraph with its place and its name key.</summary>
public sealed record NameToken(int Start, int Length, string Text, string Key)
{
    public int End => Start + Length;
    public bool IsCapitalized => char.IsUpper(Text[0]);
    /// <summary>An initial such as "A." in "A. Lukashenko".</summary>
    public bool IsInitial => Text.Length == 2 && char.IsUpper(Text[0]) && Text[1] == '.';
}

public static partial class NameTokens
{
    // Words with inner apostrophes or hyphens, a possessive ending, or a single-letter initial with its dot.
    [GeneratedRegex(@"\p{Lu}\.(?=\s)|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*(?:['’]s?)?")]
    private static partial Regex Word();

    public static IReadOnlyList<NameToken> Tokenize(string text)
    {
        var tokens = new List<NameToken>();
        foreach (Match m in Word().Matches(text))
        {
            var surface = NameKey.Strip(m.Value).TrimEnd('\'', '’');
            tokens.Add(new NameToken(m.Index, surface.Length, surface, m.Value.EndsWith('.') ? "" : Fold(surface)));
        }
        return tokens;
    }

    /// <summary>Words repeat across articles, and folding one takes some twenty string passes: the keys are remembered (up to a bound).</summary>
    private static readonly ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);

    private const int MaxKeys = 200_000;

    private static string Fold(string word)
    {
        if (Keys.TryGetValue(word, out var key))
        {
            return key;
        }
        key = NameKey.Fold(word);
        if (Keys.Count < MaxKeys)
        {
            Keys.TryAdd(word, key);
        }
        return key;
    }

    /// <summary>Lower-cased, diacritics and Cyrillic transliterated: the exact-spelling comparison form.</summary>
    public static string Plain(string word) => AnyAscii.Transliteration.Transliterate(NameKey.Strip(word)).ToLowerInvariant();
}
