using System.Text.RegularExpressions;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Events;

/// <summary>
/// A sentence that tells two happenings, each with its own date, in two clauses: "…, and its first agreement was signed
/// here on 5 September 2014", "…; Lukashenko won the second round in July", a leading participle ("Elected chairman in
/// September 1991, Shushkevich hosted … on 8 December 1991"). It is cut where a clause break has a date on each side,
/// so that each clause takes its own date rather than the sentence's first.
/// </summary>
public static partial class DatedClauses
{
    // A semicolon, ", and", ", where", ", while", ", but", or the comma that closes a leading participle or time phrase.
    [GeneratedRegex(@";\s+|,\s+(?:and|where|while|but|whereupon)\s+|^(?:\p{Lu}\w+ed|After|Following|Before)\b[^,;]*?(?<cut>,\s+)")]
    private static partial Regex Break();

    public static IEnumerable<Sentence> Split(IEnumerable<Sentence> clauses, Sentence sentence, IReadOnlyList<ResolvedDate> dates)
    {
        foreach (var clause in clauses)
        {
            // A cut needs a date on each side: with fewer than two, no pattern runs.
            if (dates.Count < 2)
            {
                yield return clause;
                continue;
            }
            var start = clause.Start;
            foreach (Match m in Break().Matches(clause.Text))
            {
                var cut = m.Groups["cut"].Success ? m.Groups["cut"] : (Capture)m;
                var at = clause.Start + cut.Index;
                var rest = clause.Start + cut.Index + cut.Length;
                if (HasDate(sentence, dates, start, at) && HasDate(sentence, dates, rest, clause.End))
                {
                    yield return new Sentence(start, sentence.Text[(start - sentence.Start)..(at - sentence.Start)]);
                    start = rest;
                }
            }
            yield return start == clause.Start ? clause : new Sentence(start, sentence.Text[(start - sentence.Start)..(clause.End - sentence.Start)]);
        }
    }

    private static bool HasDate(Sentence sentence, IReadOnlyList<ResolvedDate> dates, int from, int to) =>
        dates.Any(d => sentence.Start + d.Index >= from && sentence.Start + d.Index < to);
}
