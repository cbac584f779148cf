using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Events;

public sealed record Sentence(int Start, string Text)
{
    public int End => Start + Text.Length;
}

/// <summary>Splits prose into sentences without breaking at abbreviations (U.S., Dr., D.C., i.e.) or initials (George W. Bush).</summary>
public static partial class Sentences
{
    [GeneratedRegex(@"(?<=[.!?][”""’)]?)\s+(?=[“""‘(]?\p{Lu})")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(?:\b(?:\p{Lu}\.){1,3}|\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Sen|Rep|Gov|St|Jr|Sr|No|vs|etc|i\.e|e\.g|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)[”""’)]?$")]
    private static partial Regex EndsWithAbbreviation();

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            var candidate = text[start..m.Index];
            if (EndsWithAbbreviation().IsMatch(candidate))
            {
                continue;
            }
            sentences.Add(new Sentence(start, candidate));
            start = m.Index + m.Length;
        }
        if (start < text.Length)
        {
            sentences.Add(new Sentence(start, text[start..]));
        }
        return sentences;
    }
}
