using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Events;

public sealed record Sentence(int Start, string Text)
{
    public int End => Start + Text.Length;
}

/// <summary>Splits prose into sentences without breaking at abbreviations (U.S., Dr., D.C., i.e.) or initials (George W. Bush).</summary>
public static partial class Sentences
{
    // A no-break space never ends a sentence: typesetters put it inside "U.\u00a0S." and "p.\u00a05".
    [GeneratedRegex(@"(?<=[.!?][”""’)]?)(?:(?![\u00a0\u202f])\s)+(?=[“""‘(]?\p{Lu})")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(?:\b(?:\p{Lu}\.){1,3}|\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Sen|Rep|Gov|St|Jr|Sr|No|vs|etc|i\.e|e\.g|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)[”""’)]?$")]
    private static partial Regex EndsWithAbbreviation();

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            // Only the candidate's last word can be an abbreviation; testing the whole candidate made "A. A. A. …" quadratic.
            if (EndsWithAbbreviation().IsMatch(LastWords(text, start, m.Index)))
            {
                continue;
            }
            sentences.Add(new Sentence(start, text[start..m.Index]));
            start = m.Index + m.Length;
        }
        if (start < text.Length)
        {
            sentences.Add(new Sentence(start, text[start..]));
        }
        return sentences;
    }

    /// <summary>The end of text[start..end], beginning at a word boundary, long enough for any abbreviation.</summary>
    private static ReadOnlySpan<char> LastWords(string text, int start, int end)
    {
        var from = Math.Max(start, end - 24);
        while (from > start && from < end && !char.IsWhiteSpace(text[from - 1]))
        {
            from++;
        }
        return text.AsSpan(from, end - from);
    }
}
