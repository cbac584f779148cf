using System.Globalization;
using System.Text;

namespace BelarusUsArchive.Text.Search;

/// <summary>A word or quoted phrase of the input, whether a dash excluded it, and which operator it may be.</summary>
internal sealed record SearchToken(SearchTerm Term, bool Negated, string? Operator);

/// <summary>
/// Splits a reader's input into terms the way the index splits text: letters, digits and combining
/// marks make words, everything else separates them. Inner punctuation keeps a word's pieces
/// together as a phrase (multi-agent, U.S., 10,000), and a possessive ending is dropped.
/// </summary>
internal static class SearchTokens
{
    private const int MinPrefixLength = 2;

    public static List<SearchToken> Read(string input)
    {
        var tokens = new List<SearchToken>();
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (char.IsWhiteSpace(c) || c is '(' or ')' || char.IsControl(c))
            {
                i++;
                continue;
            }
            var negated = false;
            if (c == '-' && i + 1 < input.Length && input[i + 1] == '"')
            {
                negated = true;
                i++;
                c = '"';
            }
            var close = c == '"' ? input.IndexOf('"', i + 1) : -1;
            if (close > i)
            {
                Add(tokens, new SearchTerm(Words(input[(i + 1)..close]), Quoted: true), negated, null);
                i = close + 1;
                continue;
            }
            // An unbalanced quote is only punctuation.
            var end = i + 1;
            while (end < input.Length && !char.IsWhiteSpace(input[end]) && input[end] is not '"' and not '(' and not ')')
            {
                end++;
            }
            ReadWord(tokens, input[i..end]);
            i = end;
        }
        return tokens;
    }

    private static void ReadWord(List<SearchToken> tokens, string raw)
    {
        var negated = raw.Length > 1 && raw[0] == '-';
        var text = raw.TrimStart('-');
        var prefix = text.EndsWith('*');
        text = Strip(text.TrimEnd('*'));
        var words = Words(text);
        prefix &= words.Count > 0 && words[^1].Length >= MinPrefixLength;
        var op = !negated && !prefix && text is "OR" or "AND" or "NOT" ? text : null;
        Add(tokens, new SearchTerm(words, prefix), negated, op);
    }

    private static void Add(List<SearchToken> tokens, SearchTerm term, bool negated, string? op)
    {
        if (term.Words.Count > 0)
        {
            tokens.Add(new SearchToken(term, negated, op));
        }
    }

    /// <summary>The word without a possessive ending (Lukashenka's, Lukashenka’s), which the index splits off anyway.</summary>
    private static string Strip(string word)
    {
        foreach (var suffix in new[] { "'s", "’s", "'", "’" })
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }
        return word;
    }

    /// <summary>Runs of letters, digits and combining marks; lone surrogates and symbols (emoji) separate.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        // A run of marks alone is no word for the index.
        return [.. words.Where(w => w.EnumerateRunes().Any(r => Rune.IsLetterOrDigit(r)))];
    }

    private static bool IsWordRune(Rune rune) => Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
