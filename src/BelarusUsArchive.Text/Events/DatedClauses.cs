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
    // A semicolon, ", and", ", where", ", while", ", but", or the comma that closes a leading participle or time phrase;
    // "and" before a second verb of the same subject ("was taken to the border on 8 September and tore up her passport
    // there") or before a relative clause ("… in December 2020 and which President Trump signed …"); a relative clause
    // of its own ("…, which began on February 24", "a director who won the run-off in July 1994").
    // Also a comma before a new named subject and its verb ("… brought out three prisoners in February, Keith Kellogg came
    // to Minsk in June …"), and "and" right after a date before a second dated complement of the same verb ("met Ryzhenkov
    // on Tuesday and Lukashenko on Wednesday", "in Sochi on December 7 and again in St Petersburg on December 20").
    [GeneratedRegex(@";\s+|,\s+(?:and|where|while|but|whereupon|when)\s+|,\s+(?=(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:had\s+|has\s+|was\s+|were\s+)?(?:\w{2,}ed|came|went|met|took|left|won|lost|fled|flew|sent|gave|made|spent|began|became|brought|held)\b)|\s+and\s+(?=(?:which|who)\b|(?:then\s+|later\s+|also\s+)?(?:had\s+(?:been\s+)?|was\s+|were\s+)?(?:\w{2,}ed|tore|fled|flew|lost|won|met|took|left|sent|gave|made|spent|began|became)\b)|(?<ell>\s+and\s+(?:again\s+|then\s+|later\s+|also\s+)?)(?=(?:[^,;]*?\s)?(?:on|in)\s+\S)|(?<rel>,?\s+(?:who|which)\s+)(?=(?:\S+\s+){0,4}?(?:\w{2,}ed|began|won|met|took|left|fled|lost|became)\b)|^(?:\p{Lu}\w+ed|(?<lead>After|Following|Before))\b[^,;]*?(?<cut>,\s+)")]
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
            var breaks = Break().Matches(clause.Text);
            for (var i = 0; i < breaks.Count; i++)
            {
                var m = breaks[i];
                var cut = m.Groups["cut"].Success ? m.Groups["cut"] : (Capture)m;
                // "After the election of August 2020, the United States widened sanctions, and …": a leading time phrase
                // dates the clause it opens unless that clause states its own date before the next break.
                var next = i + 1 < breaks.Count ? clause.Start + breaks[i + 1].Index : clause.End;
                if (m.Groups["lead"].Success && !HasDate(sentence, dates, clause.Start + cut.Index + cut.Length, next))
                {
                    continue;
                }
                // A relative clause closed by a comma is an aside describing someone ("Babaryka, who tried to challenge
                // Lukashenko in 2020, to 14 years"); only one that runs to the sentence's end tells a happening of its own.
                if (m.Groups["rel"].Success && clause.Text.IndexOf(',', m.Index + m.Length) >= 0)
                {
                    continue;
                }
                // An elliptic complement follows a date read just before "and", not a range ("between March and May").
                if (m.Groups["ell"].Success && !EndsInDate(sentence, dates, clause.Start + m.Index))
                {
                    continue;
                }
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

    [GeneratedRegex(@"\b(?:between|from)\s+\S*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeOpener();

    /// <summary>Whether a date ends at most a word before <paramref name="at"/> (…"on Wednesday morning"), and opens no range.</summary>
    private static bool EndsInDate(Sentence sentence, IReadOnlyList<ResolvedDate> dates, int at) =>
        dates.Any(d => sentence.Start + d.Index + d.Length <= at && at - (sentence.Start + d.Index + d.Length) <= 10
            && !sentence.Text[(sentence.Start + d.Index + d.Length - sentence.Start)..(at - sentence.Start)].Contains(',')
            && !RangeOpener().IsMatch(sentence.Text[..d.Index]));

    private static bool HasDate(Sentence sentence, IReadOnlyList<ResolvedDate> dates, int from, int to) =>
        dates.Any(d => sentence.Start + d.Index >= from && sentence.Start + d.Index < to);
}
