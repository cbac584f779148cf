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
    [GeneratedRegex(@";\s+|,\s+(?:and|where|while|but|whereupon)\s+|\s+and\s+(?=(?:which|who)\b|(?:then\s+|later\s+|also\s+)?(?:had\s+|was\s+|were\s+)?(?:\w{2,}ed|tore|fled|flew|lost|won|met|took|left|sent|gave|made|spent|began|became)\b)|,?\s+(?:who|which)\s+(?=(?:\S+\s+){0,4}?(?:\w{2,}ed|began|won|met|took|left|fled|lost|became)\b)|^(?:\p{Lu}\w+ed|After|Following|Before)\b[^,;]*?(?<cut>,\s+)")]
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
