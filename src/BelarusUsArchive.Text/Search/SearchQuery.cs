using System.Text;

namespace BelarusUsArchive.Text.Search;

/// <summary>
/// One thing to look for: a word, or a phrase when it has several words (a quoted phrase, or a word
/// with inner punctuation such as <c>multi-agent</c> or <c>U.S.</c>); optionally a prefix.
/// </summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix = false, bool Quoted = false)
{
    public bool IsPhrase => Words.Count > 1;

    /// <summary>A bare word the reader typed, which may be a name with other spellings.</summary>
    public bool IsPlainWord => Words.Count == 1 && !Prefix && !Quoted;

    /// <summary>FTS5 syntax: always one string, so no input can be read as an operator, column or function.</summary>
    public string ToFts5() => "\"" + string.Join(' ', Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (Prefix ? "*" : "");

    /// <summary>
    /// PostgreSQL tsquery syntax: every word a quoted lexeme (words hold only letters, digits and marks,
    /// and quotes are doubled anyway), a phrase's words joined by <c>&lt;-&gt;</c>, a prefix as <c>:*</c>.
    /// </summary>
    public string ToTsQuery()
    {
        var lexemes = Words.Select(w => "'" + w.Replace("'", "''", StringComparison.Ordinal).Replace("\\", "\\\\", StringComparison.Ordinal) + "'").ToList();
        var text = string.Join(" <-> ", lexemes) + (Prefix ? ":*" : "");
        return IsPhrase ? "(" + text + ")" : text;
    }

    public override string ToString() => (Quoted || IsPhrase ? "\"" + string.Join(' ', Words) + "\"" : Words[0]) + (Prefix ? "*" : "");
}

/// <summary>Terms joined by OR: a match needs any one of them.</summary>
public sealed record SearchClause(IReadOnlyList<SearchTerm> Alternatives)
{
    public string ToFts5() => Alternatives.Count == 1
        ? Alternatives[0].ToFts5()
        : "(" + string.Join(" OR ", Alternatives.Select(t => t.ToFts5())) + ")";

    public string ToTsQuery() => Alternatives.Count == 1
        ? Alternatives[0].ToTsQuery()
        : "(" + string.Join(" | ", Alternatives.Select(t => t.ToTsQuery())) + ")";
}

/// <summary>
/// A reader's query: words, "phrases", prefix*, -excluded and OR, as CONTRACT.md says. Any other
/// input is read as plain words, so parsing never fails; an input with no word to look for is empty.
/// The clauses all must match (AND); any excluded term rules a result out.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxInputLength = 1000;
    public const int MaxTerms = 16;

    /// <summary>
    /// A prefix expands to every indexed word it starts, so short ones (<c>a*</c>) and many of them make a
    /// query cost the whole index: a prefix shorter than this is searched as its word alone, and only the
    /// first <see cref="MaxPrefixes"/> prefixes of a query expand.
    /// </summary>
    public const int MinPrefixLength = 3;

    public const int MaxPrefixes = 4;

    private SearchQuery(IReadOnlyList<SearchClause> required, IReadOnlyList<SearchTerm> excluded, bool truncated)
    {
        Required = required;
        Excluded = excluded;
        Truncated = truncated;
    }

    public IReadOnlyList<SearchClause> Required { get; }
    public IReadOnlyList<SearchTerm> Excluded { get; }

    /// <summary>The input was longer than the archive searches; only its beginning was used.</summary>
    public bool Truncated { get; }

    /// <summary>Nothing to look for: no word, or only excluded ones.</summary>
    public bool IsEmpty => Required.Count == 0;

    public static SearchQuery Empty { get; } = new([], [], false);

    public static SearchQuery Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Empty;
        }
        var truncated = input.Length > MaxInputLength;
        var items = SearchTokens.Read(truncated ? input[..MaxInputLength] : input);
        var (required, excluded) = Combine(items);
        var bounded = Bounded(required, excluded);
        truncated |= bounded.Terms < required.Sum(c => c.Alternatives.Count) + excluded.Count;
        return new SearchQuery(bounded.Required, bounded.Excluded, truncated);
    }

    /// <summary>At most <see cref="MaxTerms"/> terms in all (OR alternatives count one each), prefixes limited as above.</summary>
    private static (List<SearchClause> Required, List<SearchTerm> Excluded, int Terms) Bounded(List<SearchClause> required, List<SearchTerm> excluded)
    {
        var terms = 0;
        var prefixes = 0;
        SearchTerm Limit(SearchTerm t)
        {
            var expands = t.Prefix && t.Words[^1].Length >= MinPrefixLength && prefixes < MaxPrefixes;
            prefixes += expands ? 1 : 0;
            return t.Prefix && !expands ? t with { Prefix = false } : t;
        }
        var keptRequired = new List<SearchClause>();
        foreach (var clause in required)
        {
            var alternatives = clause.Alternatives.Take(MaxTerms - terms).Select(Limit).ToList();
            terms += alternatives.Count;
            if (alternatives.Count > 0)
            {
                keptRequired.Add(new SearchClause(alternatives));
            }
        }
        var keptExcluded = excluded.Take(MaxTerms - terms).Select(Limit).ToList();
        return (keptRequired, keptExcluded, terms + keptExcluded.Count);
    }

    /// <summary>
    /// The same query with each plain word widened to its other spellings (a person's aliases);
    /// <paramref name="spellings"/> gives a word's alternatives as texts, several words making a phrase.
    /// </summary>
    public SearchQuery Expand(Func<string, IEnumerable<string>> spellings)
    {
        SearchTerm[] Widen(SearchTerm term) => term.IsPlainWord
            ? [term, .. spellings(term.Words[0]).Select(s => new SearchTerm(SearchTokens.Words(s), Quoted: true)).Where(t => t.Words.Count > 0)]
            : [term];
        return new SearchQuery(
            [.. Required.Select(c => new SearchClause(Distinct(c.Alternatives.SelectMany(Widen))))],
            Distinct(Excluded.SelectMany(Widen)),
            Truncated);
    }

    /// <summary>Every plain word of the query, required or excluded: the words that may be names.</summary>
    public IEnumerable<string> PlainWords() =>
        Required.SelectMany(c => c.Alternatives).Concat(Excluded).Where(t => t.IsPlainWord).Select(t => t.Words[0]).Distinct();

    /// <summary>The query's words alone, without operators: the last resort when the index rejects a query.</summary>
    public SearchQuery WordsOnly() => new(
        [.. Required.SelectMany(c => c.Alternatives).SelectMany(t => t.Words).Distinct().Select(w => new SearchClause([new SearchTerm([w])]))],
        [], Truncated);

    /// <summary>The FTS5 MATCH expression of the required clauses; empty when there are none.</summary>
    public string ToFts5() => string.Join(" AND ", Required.Select(c => c.ToFts5()));

    /// <summary>An FTS5 MATCH expression for any excluded term, or null when nothing is excluded.</summary>
    public string? ExcludedFts5() => Excluded.Count == 0 ? null : string.Join(" OR ", Excluded.Select(t => t.ToFts5()));

    /// <summary>The PostgreSQL tsquery of the required clauses, for <c>to_tsquery</c>; empty when there are none.</summary>
    public string ToTsQuery() => string.Join(" & ", Required.Select(c => c.ToTsQuery()));

    /// <summary>A tsquery for any excluded term, or null when nothing is excluded.</summary>
    public string? ExcludedTsQuery() => Excluded.Count == 0 ? null : string.Join(" | ", Excluded.Select(t => t.ToTsQuery()));

    /// <summary>The query as the archive understood it, for showing back to the reader.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var clause in Required)
        {
            text.Append(text.Length > 0 ? " " : "").Append(string.Join(" OR ", clause.Alternatives));
        }
        foreach (var term in Excluded)
        {
            text.Append(text.Length > 0 ? " -" : "-").Append(term);
        }
        return text.ToString();
    }

    private static (List<SearchClause> Required, List<SearchTerm> Excluded) Combine(List<SearchToken> items)
    {
        var required = new List<SearchClause>();
        var excluded = new List<SearchTerm>();
        var joinNext = false;
        var negateNext = false;
        var lastWasPositive = false;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var next = i + 1 < items.Count ? items[i + 1] : null;
            // Operators count only where they join terms; anywhere else they are the words "or", "and", "not".
            var applies = item.Operator switch
            {
                "OR" => lastWasPositive && next is { Negated: false },
                "AND" => lastWasPositive && next is not null,
                "NOT" => next is { Negated: false },
                _ => false,
            };
            if (applies)
            {
                joinNext |= item.Operator == "OR";
                negateNext |= item.Operator == "NOT";
                lastWasPositive = false;
                continue;
            }
            if (item.Negated || negateNext)
            {
                excluded.Add(item.Term);
                lastWasPositive = false;
            }
            else
            {
                if (joinNext && required.Count > 0)
                {
                    required[^1] = new SearchClause([.. required[^1].Alternatives, item.Term]);
                }
                else
                {
                    required.Add(new SearchClause([item.Term]));
                }
                lastWasPositive = true;
            }
            joinNext = negateNext = false;
        }
        return (required, excluded);
    }

    private static List<SearchTerm> Distinct(IEnumerable<SearchTerm> terms) =>
        [.. terms.DistinctBy(t => (string.Join(' ', t.Words).ToUpperInvariant(), t.Prefix))];
}
