using System.Text.RegularExpressions;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Events;

/// <summary>A happening a sentence tells with a noun and its date ("the arrest of Ihar Losik in June 2020", "the 1996 referendum").</summary>
public sealed record NominalHappening(int Start, int End, ResolvedDate Date, bool Frame);

/// <summary>
/// Happenings told with a noun rather than a verb: a noun of happening (arrest, visit, election, suspension …) with a
/// determiner before it and a date attached to it — inside the noun phrase ("the 2006 presidential election", "the March
/// election") or after it through a prepositional phrase with no verb between ("the detention of more than 200
/// demonstrators on March 25", "whose arrest in 2020"). A phrase after "after", "following" or "before" frames the
/// sentence's own happening in time (<see cref="NominalHappening.Frame"/>).
/// </summary>
public static partial class NominalHappenings
{
    private const string Nouns = @"arrests?|detentions?|releases?|visits?|trips?|elections?|referend(?:um|a)|suspensions?|convictions?|sentencing|diversions?|landings?|invasions?|nominations?|recalls?|expulsions?|signing|imposition|designations?|killings?|murders?|deaths?|trials?|withdrawals?|appointments?|resignations?|dismissals?|crackdowns?|protests?|attacks?|summits?|coup|annexation|inauguration|assassination|kidnapping|abduction|hijacking|closure|opening|lifting|reopening|eviction|ouster|raids?|seizure|founding|launch|collapse|dissolution|ratification";

    // The noun with its determiner and up to two modifiers ("the forced landing", "A visit", "whose arrest", "Kellogg's trip").
    [GeneratedRegex(@"\b(?<det>the|a|an|whose|his|her|its|their|this|that|\p{Lu}[\p{L}-]+(?:'s|’s))\s+(?<mods>(?:[\p{L}\d-]+\s+){0,2}?)(?<noun>" + Nouns + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex NounPhrase();

    // The nouns alone, to skip the phrase pattern on the many dated sentences that hold none of them.
    [GeneratedRegex(@"\b(?:" + Nouns + @")\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AnyNoun();

    // Words that make the noun a plan, not a happening ("a planned visit", "the next election").
    [GeneratedRegex(@"\b(?:planned|proposed|possible|potential|expected|upcoming|next|future|forthcoming|scheduled|coming|new|first\s+anniversary|anniversary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotYet();

    // Between the noun and a later date: a prepositional phrase, no verb, no clause break.
    [GeneratedRegex(@"^(?:\s+(?:of|by|in|on|at|to|against|from|with|across|during|for|near)\b[^,;:()]*?)?\s+(?:in|on|of|at)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Attachment();

    [GeneratedRegex(@"\b(?:is|are|was|were|has|have|had|will|would|be|been|said|says|\w{3,}ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    [GeneratedRegex(@"\b(?:after|following|before|since|amid|in\s+the\s+wake\s+of)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex FrameBefore();

    /// <summary>The happenings the sentence tells with nouns, each with the date attached to it.</summary>
    public static IReadOnlyList<NominalHappening> Find(string sentence, IReadOnlyList<ResolvedDate> dates)
    {
        var found = new List<NominalHappening>();
        if (dates.Count == 0 || !AnyNoun().IsMatch(sentence))
        {
            return found;
        }
        foreach (Match m in NounPhrase().Matches(sentence))
        {
            if (NotYet().IsMatch(m.Groups["mods"].Value) || NotYet().IsMatch(sentence[Math.Max(0, m.Index - 20)..m.Index]))
            {
                continue;
            }
            if (Attached(sentence, m, dates) is not { } date || found.Any(f => f.Date == date))
            {
                continue;
            }
            var end = Math.Max(m.Index + m.Length, date.Index + date.Length);
            var frame = FrameBefore().IsMatch(sentence[Math.Max(0, m.Index - 25)..m.Index]);
            found.Add(new NominalHappening(m.Index, end, date, frame));
        }
        return found;
    }

    private static ResolvedDate? Attached(string sentence, Match phrase, IReadOnlyList<ResolvedDate> dates)
    {
        var modsStart = phrase.Groups["mods"].Index;
        var nounStart = phrase.Groups["noun"].Index;
        // Inside the phrase: "the 2006 presidential election", "the March election".
        var inside = dates.FirstOrDefault(d => d.Index >= modsStart && d.Index + d.Length <= nounStart);
        if (inside is not null)
        {
            return inside;
        }
        var after = phrase.Index + phrase.Length;
        var next = dates.FirstOrDefault(d => d.Index >= after);
        if (next is null)
        {
            return null;
        }
        // At most twelve words between, counted before any pattern runs over the gap.
        var gap = sentence[after..next.Index];
        return gap.Length <= 120 && gap.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 && Attachment().IsMatch(gap) && !Verb().IsMatch(gap) ? next : null;
    }
}
