using System.Collections.Frozen;
using System.Text.Json;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>The stop words of the language a page is written in, and how densely a line uses them.</summary>
public sealed class StopWordList(string language, FrozenSet<string> words)
{
    /// <summary>The list of no language: every line has density 0, so only length and context decide.</summary>
    public static readonly StopWordList None = new("", FrozenSet<string>.Empty);

    public string Language { get; } = language;

    public bool Contains(string lowerWord) => words.Contains(lowerWord);

    public IEnumerable<string> Words => words;

    /// <summary>The share of a line's words that are stop words (0 for a line without words).</summary>
    public double Density(string line)
    {
        var total = 0;
        var stop = 0;
        foreach (var word in StopWords.Words(line))
        {
            total++;
            stop += words.Contains(word) ? 1 : 0;
        }
        return total == 0 ? 0 : (double)stop / total;
    }
}

/// <summary>
/// Stop-word lists of 58 languages (the stopwords-iso data, MIT; see Data/README.md) and the detection of a page's
/// language as the list that covers most of its words: prose in any of these languages is a third to a half stop words.
/// </summary>
public static class StopWords
{
    private const int WordsToDetect = 4000;

    private static readonly Lazy<FrozenDictionary<string, StopWordList>> Lists = new(Load);

    /// <summary>Each stop word with the set of languages (a bit each) whose list holds it: one look-up a word.</summary>
    private static readonly Lazy<(string[] Languages, FrozenDictionary<string, ulong> Index)> Index = new(() =>
    {
        var languages = Lists.Value.Keys.Take(64).ToArray();
        var index = new Dictionary<string, ulong>();
        for (var bit = 0; bit < languages.Length; bit++)
        {
            foreach (var word in Lists.Value[languages[bit]].Words)
            {
                index[word] = index.GetValueOrDefault(word) | (1UL << bit);
            }
        }
        return (languages, index.ToFrozenDictionary());
    });

    public static StopWordList For(string language) => Lists.Value.GetValueOrDefault(language, StopWordList.None);

    /// <summary>The list of the language whose stop words cover most of the page's first words.</summary>
    public static StopWordList Detect(IEnumerable<string> lines)
    {
        var hits = new Dictionary<string, int>();
        var seen = 0;
        var (languages, index) = Index.Value;
        foreach (var line in lines)
        {
            ExtractionBudget.Check();
            foreach (var word in Words(line))
            {
                for (var mask = index.GetValueOrDefault(word); mask != 0; mask &= mask - 1)
                {
                    var language = languages[System.Numerics.BitOperations.TrailingZeroCount(mask)];
                    hits[language] = hits.GetValueOrDefault(language) + 1;
                }
                if (++seen >= WordsToDetect)
                {
                    return Best(hits, seen);
                }
            }
        }
        return Best(hits, seen);
    }

    private static StopWordList Best(Dictionary<string, int> hits, int seen)
    {
        if (hits.Count == 0)
        {
            return StopWordList.None;
        }
        var (language, count) = hits.MaxBy(kv => kv.Value);
        // Under a tenth of the words is no language's prose (CJK without spaces, number tables): no list.
        return count * 10 < seen ? StopWordList.None : Lists.Value[language];
    }

    /// <summary>The words of a line, lower-cased: runs of letters (with inner apostrophes).</summary>
    public static IEnumerable<string> Words(string line)
    {
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var letter = i < line.Length && (char.IsLetter(line[i])
                || (start >= 0 && line[i] is '\'' or '’' && i + 1 < line.Length && char.IsLetter(line[i + 1])));
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return line[start..i].ToLowerInvariant().Replace('’', '\'');
                start = -1;
            }
        }
    }

    private static FrozenDictionary<string, StopWordList> Load()
    {
        using var stream = typeof(StopWords).Assembly.GetManifestResourceStream("stopwords-iso.json")
            ?? throw new InvalidOperationException("the stop-word data is not embedded in the assembly");
        var data = JsonSerializer.Deserialize<Dictionary<string, string[]>>(stream) ?? [];
        return data.ToFrozenDictionary(kv => kv.Key,
            kv => new StopWordList(kv.Key, kv.Value.Select(w => w.ToLowerInvariant()).ToFrozenSet()));
    }
}
