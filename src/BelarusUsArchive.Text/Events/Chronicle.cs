using System.Text.RegularExpressions;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Events;

/// <summary>
/// Entries of a chronology ("January 1994 — President Bill Clinton visits Minsk …", "2004: Congress passes …"): a paragraph
/// that opens with a date and a dash or colon states what happened then, in the historical present as often as in the
/// past, so its sentences are happenings of that date whatever their tense.
/// </summary>
public static partial class Chronicle
{
    [GeneratedRegex(@"^\s*[—–:-]\s+\S")]
    private static partial Regex EntryMark();

    /// <summary>The date a paragraph's first sentence opens with when it is an entry of a chronology, else null.</summary>
    public static ResolvedDate? EntryDate(string firstSentence, IReadOnlyList<ResolvedDate> dates) =>
        dates.FirstOrDefault(d => d.Index == 0 && !d.Future && !d.Since) is { } d && EntryMark().IsMatch(firstSentence[(d.Index + d.Length)..])
            ? d with { Index = 0, Length = 0, Text = "" }
            : null;
}
