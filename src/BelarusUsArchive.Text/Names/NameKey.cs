using System.Text;
using AnyAscii;

namespace BelarusUsArchive.Text.Names;

/// <summary>
/// A key under which the spellings of one name meet: Belarusian and Russian romanizations and
/// Cyrillic forms (Lukashenka, Lukashenko, Лукашэнка, Лукашенко; Krauchenka, Kravchenko;
/// Aliaksandr, Alyaksandr, Alexander; Aleh, Oleg; Uladzimir, Vladimir).
/// It is the consonant skeleton of a phonetically normalised ASCII form, so it must only be
/// compared within a name (a given name with a given name, a surname with a surname).
/// </summary>
public static class NameKey
{
    /// <summary>The key of one word of a name; empty for a word with no letters.</summary>
    public static string Fold(string word)
    {
        // Belarusian Łacinka and Polish carons carry the digraph sounds that English romanizations spell out.
        var s = Strip(word).ToLowerInvariant()
            .Replace("š", "sh", StringComparison.Ordinal).Replace("č", "ch", StringComparison.Ordinal)
            .Replace("ž", "zh", StringComparison.Ordinal).Replace("ŭ", "u", StringComparison.Ordinal)
            .Transliterate().ToLowerInvariant();
        s = new string([.. s.Where(char.IsAsciiLetterLower)]);
        if (s.Length == 0)
        {
            return "";
        }
        // Digraphs of the various romanization systems, to one spelling each.
        s = s.Replace("x", "ks", StringComparison.Ordinal)
            .Replace("shch", "sh", StringComparison.Ordinal)
            .Replace("sch", "sh", StringComparison.Ordinal)
            .Replace("sz", "sh", StringComparison.Ordinal)
            .Replace("tch", "ch", StringComparison.Ordinal)
            .Replace("cz", "ch", StringComparison.Ordinal)
            .Replace("rz", "zh", StringComparison.Ordinal)
            .Replace("kh", "H", StringComparison.Ordinal)
            .Replace("ch", "C", StringComparison.Ordinal)
            .Replace("sh", "S", StringComparison.Ordinal)
            .Replace("zh", "Z", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("w", "v", StringComparison.Ordinal)
            .Replace("q", "k", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace("c", "ts", StringComparison.Ordinal);
        // Belarusian spellings against Russian ones: dz for d and ts for t (dzekanne, tsekanne),
        // h for g (Aleh, Oleg), u (ў) after a vowel or at the start for v (Krauchenka, Uladzimir).
        s = s.Replace("dz", "d", StringComparison.Ordinal).Replace("ts", "t", StringComparison.Ordinal)
            .Replace('h', 'g');
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var previousIsVowel = i > 0 && IsVowel(s[i - 1]);
            if (c == 'u' && (i == 0 ? s.Length > 1 && !IsVowel(s[1]) : previousIsVowel))
            {
                c = 'v';
            }
            if (IsVowel(c))
            {
                continue;
            }
            if (builder.Length > 0 && builder[^1] == c)
            {
                continue;
            }
            builder.Append(c);
        }
        // The skeleton keeps the class of a first and a last vowel, so that Oleg and Olga, Anna and Inna,
        // Hale and Hill, Tsikhanouski and Tsikhanouskaya stay apart while -a and -o endings (Lukashenka,
        // Lukashenko) and Belarusian a for Russian o (Aleh, Oleg) still meet.
        var key = builder.ToString();
        var first = IsVowel(s[0]) && !(s[0] == 'u' && key.StartsWith('v')) ? VowelClass(s[0]) : "";
        // A final u after a vowel is the consonant ў (Khvastou, Stanislau), not a vowel.
        var last = IsVowel(s[^1]) && !(s[^1] == 'u' && s.Length > 1 && IsVowel(s[^2])) ? VowelClass(s[^1]).ToLowerInvariant() : "";
        return first + key + last;
    }

    private static string VowelClass(char c) => c switch
    {
        'a' or 'o' => "A",
        'u' => "U",
        _ => "I",
    };

    /// <summary>The keys of a whole name, word by word ("A. Lukashenko" → ["A", "lkSnkA"])</summary>
    public static IReadOnlyList<string> FoldName(string name) =>
        [.. name.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Select(Fold).Where(k => k.Length > 0)];

    /// <summary>The word without a possessive ending ("Lukashenka's", "Lukashenka’s").</summary>
    public static string Strip(string word)
    {
        var w = word.Trim();
        foreach (var suffix in new[] { "'s", "’s", "'", "’" })
        {
            if (w.Length > suffix.Length + 1 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                return w[..^suffix.Length];
            }
        }
        return w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'j';
}
