using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// Footnote markers as pages flatten them: a number glued after a sentence ("Dictatorship.”1 In"),
/// after a word ("sanctions12 against") or in brackets ("[3]"). They become references, so no digit
/// stays glued to a word and no real number (2.0, 0.015%, 1994) is taken for one.
/// </summary>
public static partial class Footnotes
{
    [GeneratedRegex(@"(?<=(?<!\d)[.!?;:,][”""’)»]?|(?<!\d)[”""’»])(?<n>\d{1,3})(?=\s+[\p{Lu}“""«(]|\s*$)")]
    private static partial Regex AfterPunctuation();

    [GeneratedRegex(@"(?<=\b\p{Ll}{4,})(?<n>\d{1,2})(?=[\s,.;:!?)]|$)")]
    private static partial Regex GluedToWord();

    [GeneratedRegex(@"\s?\[(?<n>\d{1,3})\]")]
    private static partial Regex Bracketed();

    public static (string Text, IReadOnlyList<FootnoteRef> Notes) Extract(string text)
    {
        var hits = new List<(int Index, int Length, string Label)>();
        foreach (var regex in new[] { Bracketed(), AfterPunctuation(), GluedToWord() })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (!hits.Any(h => m.Index < h.Index + h.Length && h.Index < m.Index + m.Length))
                {
                    hits.Add((m.Index, m.Length, m.Groups["n"].Value));
                }
            }
        }
        if (hits.Count == 0)
        {
            return (text, []);
        }
        var notes = new List<FootnoteRef>();
        var builder = new System.Text.StringBuilder(text.Length);
        var last = 0;
        foreach (var hit in hits.OrderBy(h => h.Index))
        {
            builder.Append(text, last, hit.Index - last);
            notes.Add(new FootnoteRef(builder.Length, hit.Label));
            last = hit.Index + hit.Length;
        }
        builder.Append(text, last, text.Length - last);
        return (builder.ToString(), notes);
    }
}
