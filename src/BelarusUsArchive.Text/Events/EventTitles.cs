using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Events;

/// <summary>
/// Headline-like titles for extracted events: a template per kind where the sentence gives its parts
/// ("Barack Obama extends sanctions against Belarusian leaders", "Meeting in Minsk with …"),
/// otherwise the sentence's main clause, in the present tense, without date, asides or trailing clauses.
/// </summary>
public static partial class EventTitles
{
    private static readonly Dictionary<string, string> Present = new(StringComparer.OrdinalIgnoreCase)
    {
        ["met"] = "meets", ["visited"] = "visits", ["extended"] = "extends", ["signed"] = "signs", ["announced"] = "announces",
        ["said"] = "says", ["released"] = "releases", ["expelled"] = "expels", ["imposed"] = "imposes", ["suspended"] = "suspends",
        ["hired"] = "hires", ["headed"] = "heads", ["agreed"] = "agree", ["declared"] = "declares", ["told"] = "tells", ["called"] = "calls",
        ["refused"] = "refuses", ["published"] = "publishes", ["entered"] = "enter", ["held"] = "holds", ["widened"] = "widens",
        ["expanded"] = "expands", ["lifted"] = "lifts", ["eased"] = "eases", ["recalled"] = "recalls", ["exchanged"] = "exchange",
        ["praised"] = "praises", ["objected"] = "objects", ["deployed"] = "deploys", ["appointed"] = "appoints", ["freed"] = "frees",
        ["cracked"] = "cracks", ["deteriorated"] = "deteriorate", ["kicked"] = "kicks", ["seized"] = "seizes", ["accused"] = "accuses",
        ["hinted"] = "hints", ["signaled"] = "signals", ["signalled"] = "signals", ["responded"] = "responds", ["decided"] = "decide",
        ["took"] = "takes", ["arrived"] = "arrives", ["became"] = "becomes", ["won"] = "wins", ["attended"] = "attend", ["began"] = "begins",
    };

    [GeneratedRegex(@"\s*\([^)]*\)|\s+--\s+[^-]+?\s+--|\s+–\s+[^–]+?\s+–")]
    private static partial Regex Asides();

    [GeneratedRegex(@"^(?:(?:following|after|before|responding|speaking|possibly|nonetheless|however|meanwhile|moreover|in (?:an? )?(?:interview|turn|response|general|particular)|as (?:[\w ]{0,40}\s)?(?:cited|reported|noted)|according to|despite|while|when|since|unlike|by|on|in|at)\b[^,]{0,120},\s*|(?:a|an|one|two|three|four|five|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|later|before)(?:\s+[\w’']+){0,2},\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingClause();

    [GeneratedRegex(@",\s*(?:which|who|whose|where|while|after|before|as|prompting|following|amid|including|a step|in what)\b|;|:\s|\s--\s|\s–\s|\s(?:whereas|because)\s")]
    private static partial Regex TrailingClause();

    [GeneratedRegex(@"\bsanctions?\s+(?:against|on)\s+(?:the\s+)?(?:\p{L}+\s+){0,2}?(?:Belarus\w*|Minsk|leaders|officials|entities|enterprises|individuals)(?:\s+(?:leaders|officials|entities|enterprises|individuals))?", RegexOptions.IgnoreCase)]
    private static partial Regex SanctionsObject();

    [GeneratedRegex(@"\b(?<verb>extended|imposed|suspended|lifted|eased|widened|expanded|tightened|renewed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SanctionsVerb();

    // A named gathering: “West and Belarus: Revealing Each Other” Roundtable, the Eastern Partnership summit.
    [GeneratedRegex(@"(?:[“""](?<name>[^”""]{3,80})[”""]|(?<name>(?:\p{Lu}[\w-]*\s+){1,4}))\s*(?<noun>(?i:round ?table|conference|summit|forum|congress|parade|games))\b")]
    private static partial Regex Gathering();

    // Reported speech: “…,” Lukashenka said.
    [GeneratedRegex(@"^\W*(?<quote>[^”""]{12,}?)[,.]?\s*[”""]\s*,?\s*(?:[\w’'.-]+\s+){0,4}(?:said|says|told|wrote|stated)\b")]
    private static partial Regex SaidQuote();

    // Who does what to the sanctions: the words right before the verb.
    [GeneratedRegex(@"(?<actor>(?:the\s+)?(?:United States|U\.S\.|US|Washington|White House|Treasury|State Department|European Union|EU|Minsk|Belarus))\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ActorBefore();

    public static string Make(string sentence, string dateText, ExtractedKind kind, IReadOnlyList<string> participants, string? place, string? subject = null)
    {
        var inPlace = place is null ? "" : " in " + place;
        switch (kind)
        {
            case ExtractedKind.Sanctions when SanctionsVerb().Match(sentence) is { Success: true } verb && !Modal(sentence[..verb.Index]):
                var actor = Actor(sentence[..verb.Index], participants);
                var what = SanctionsObject().Match(sentence) is { Success: true } obj ? obj.Value : "sanctions on Belarus";
                var present = Present.GetValueOrDefault(verb.Groups["verb"].Value, verb.Groups["verb"].Value);
                return actor is null ? $"Sanctions {verb.Groups["verb"].Value.ToLowerInvariant()}: {what}" : $"{actor} {present} {what}";
            case ExtractedKind.Meeting or ExtractedKind.Visit when Gathering().Match(sentence) is { Success: true } g && !g.Groups["name"].Value.TrimStart().StartsWith("The ", StringComparison.Ordinal):
                return $"{g.Groups["name"].Value.Trim()} {g.Groups["noun"].Value.ToLowerInvariant()}{inPlace}";
            case ExtractedKind.Statement when participants.Count > 0 && SaidQuote().Match(sentence) is { Success: true } said:
                return $"{participants[^1]}: “{Shorten(said.Groups["quote"].Value, 10)}”";
            case ExtractedKind.Meeting when participants.Count >= 2:
                return $"Meeting{inPlace} with {Join(participants)}";
            case ExtractedKind.Visit when participants.Count >= 1 && place is not null:
                return $"{participants[0]} visits {place}";
            default:
                var clause = Clause(sentence, dateText);
                return subject is not null && (clause.StartsWith("He ", StringComparison.Ordinal) || clause.StartsWith("She ", StringComparison.Ordinal))
                    ? subject + clause[clause.IndexOf(' ', StringComparison.Ordinal)..]
                    : clause;
        }
    }

    private static bool Modal(string before) => Regex.IsMatch(before, @"\b(?:could|would|will|may|might|should|can)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    /// <summary>The actor of a verb: a person named just before it, or a government or institution.</summary>
    private static string? Actor(string before, IReadOnlyList<string> participants)
    {
        var tail = before.Length > 40 ? before[^40..] : before;
        var person = participants.FirstOrDefault(p => tail.Contains(p.Split(' ')[^1], StringComparison.Ordinal));
        if (person is not null)
        {
            return person;
        }
        return ActorBefore().Match(before) is { Success: true } m ? Capitalize(m.Groups["actor"].Value) : null;
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Shorten(string text, int words)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? text.Trim().TrimEnd(',', '.') : string.Join(' ', parts.Take(words)).TrimEnd(',', '.') + "…";
    }

    private static string Join(IReadOnlyList<string> names) =>
        names.Count <= 2 ? string.Join(" and ", names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    /// <summary>The main clause of a sentence as a headline.</summary>
    public static string Clause(string sentence, string dateText)
    {
        var s = Asides().Replace(sentence, "");
        s = LeadingClause().Replace(s.Trim(), "");
        s = dateText.Length > 0 ? Regex.Replace(s, @"\s*\b(?:on|in|by|since|as soon as|during)?\s*" + Regex.Escape(dateText) + @",?", " ", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)) : s;
        // A chronology's entry mark left where its date stood ("— President Bill Clinton visits Minsk").
        s = LeadingClause().Replace(s.Trim().TrimStart('—', '–', ':', '-', ' '), "");
        var cut = TrailingClause().Match(s);
        if (cut.Success && s[..cut.Index].Split(' ').Length >= 4)
        {
            s = s[..cut.Index];
        }
        var all = s.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var words = all;
        if (all.Count > 14)
        {
            var keep = 14;
            // Never stop inside a name or a quoted title: finish it if it ends within a few words.
            while (keep < all.Count && keep < 20 && (char.IsUpper(all[keep][0]) && char.IsUpper(all[keep - 1][0]) || OpenQuote(all.Take(keep))))
            {
                keep++;
            }
            words = all.Take(keep).ToList();
            while (words.Count > 4 && IsWeakEnd(words[^1]))
            {
                words.RemoveAt(words.Count - 1);
            }
        }
        var verbIndex = words.FindIndex(w => Present.ContainsKey(w.TrimEnd(',', '.')));
        if (verbIndex >= 0)
        {
            var present = Present[words[verbIndex].TrimEnd(',', '.')];
            // "Washington and Minsk announce", "The two countries exchange": a plural subject takes the plural verb.
            var plural = words.Take(verbIndex).Any(w => w == "and") || words.Take(verbIndex).Any(w => w is "countries" or "sides" or "governments" or "ministers" or "leaders" or "They" or "they");
            words[verbIndex] = plural && present.EndsWith('s') ? Plural(present) : present;
        }
        var title = string.Join(' ', words).Trim().TrimEnd(',', ';', ':', '”', '"').Trim();
        // A final full stop goes, but not the one of an abbreviation ("U.S.").
        if (title.EndsWith('.') && !(title.Length > 2 && char.IsUpper(title[^2]) && title[^3] is '.' or ' '))
        {
            title = title[..^1];
        }
        if (title.Count(c => c == '“') > title.Count(c => c == '”'))
        {
            title += "…”";
        }
        return title.Length == 0 ? sentence.Trim() : char.ToUpperInvariant(title[0]) + title[1..];
    }

    private static bool IsWeakEnd(string word) => word.TrimEnd(',', '.').ToLowerInvariant() is
        "the" or "a" or "an" or "of" or "to" or "in" or "on" or "and" or "or" or "for" or "with" or "by" or "at" or "from" or "that" or "its" or "their"
        or "his" or "her" or "as" or "but" or "more" or "than" or "less" or "after" or "could" or "would" or "will" or "may" or "might" or "should" or "can" or "is" or "was" or "were" or "are";

    /// <summary>"announces" → "announce", "reaches" → "reach", "meets" → "meet".</summary>
    private static string Plural(string singular) =>
        singular.EndsWith("es", StringComparison.Ordinal) && singular[..^2] is var stem
            && (stem.EndsWith("sh", StringComparison.Ordinal) || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith('x') || stem.EndsWith("ss", StringComparison.Ordinal))
            ? stem
            : singular[..^1];

    private static bool OpenQuote(IEnumerable<string> words)
    {
        var text = string.Join(' ', words);
        return text.Count(c => c == '“') > text.Count(c => c == '”');
    }
}
