using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Names;

/// <summary>A person of the authority as the finder needs it: an id and the spellings of the name.</summary>
public sealed record KnownPerson(int Id, IReadOnlyList<string> Aliases);

public sealed record FoundMention(int Paragraph, int Offset, int Length, string Surface, int PersonId);

/// <summary>
/// Finds every mention of known people in an article's paragraphs, whatever the spelling: full names
/// by any alias (word by word through <see cref="NameKey"/>), initials with a surname ("A. Lukashenko"),
/// and a surname alone. A surname shared by several people goes to the one the article names in full,
/// or to nobody: never to the wrong one.
/// </summary>
public sealed partial class MentionFinder
{
    private sealed record FullName(int PersonId, string[] Keys, char[] Initials);

    private readonly List<FullName> _fullNames = [];

    /// <summary>The full names by the key of their first word, longest first as in <see cref="_fullNames"/>: only those can start at a word.</summary>
    private readonly Dictionary<string, FullName[]> _fullNamesByFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<int, HashSet<string>> _givenKeys = [];
    private readonly Dictionary<string, HashSet<int>> _surnamesByKey = [];
    private readonly Dictionary<string, HashSet<int>> _surnamesByPlain = [];

    /// <summary>How many articles name each person, where known: a bare surname no article context settles goes to the best-known bearer.</summary>
    private readonly IReadOnlyDictionary<int, int> _articles;

    public MentionFinder(IEnumerable<KnownPerson> people, IReadOnlyDictionary<int, int>? articles = null)
    {
        _articles = articles ?? new Dictionary<int, int>();
        foreach (var person in people)
        {
            var initials = person.Aliases.Select(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(w => w.Length >= 2).Select(w => char.ToUpperInvariant(NameTokens.Plain(w[0]).FirstOrDefault(' '))).Distinct().ToArray();
            foreach (var alias in person.Aliases)
            {
                var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // Middle initials ("George W. Bush") are optional in the text, so they are not part of the key.
                var keys = words.Where(w => !IsInitial(w)).Select(NameKey.Fold).Where(k => k.Length > 0).ToArray();
                if (keys.Length >= 2)
                {
                    // A surname alone links only through a single-word alias the authority lists, so that
                    // "Prince" or "Kent" at the start of a sentence is not taken for Todd Prince or George Kent.
                    _fullNames.Add(new FullName(person.Id, keys, initials));
                    if (!_givenKeys.TryGetValue(person.Id, out var given))
                    {
                        _givenKeys[person.Id] = given = [];
                    }
                    given.UnionWith(keys[..^1]);
                }
                else if (keys.Length == 1)
                {
                    Add(_surnamesByKey, keys[0], person.Id);
                    Add(_surnamesByPlain, NameTokens.Plain(words[0]), person.Id);
                }
            }
        }
        _fullNames.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
        foreach (var group in _fullNames.GroupBy(f => f.Keys[0], StringComparer.Ordinal))
        {
            _fullNamesByFirst[group.Key] = [.. group];
        }
    }

    private static void Add(Dictionary<string, HashSet<int>> map, string key, int id)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = [];
        }
        set.Add(id);
    }

    public IReadOnlyList<FoundMention> Find(IReadOnlyList<string> paragraphs)
    {
        var tokenized = paragraphs.Select(NameTokens.Tokenize).ToList();
        var namedInFull = FullNamesIn(tokenized);
        var kin = KinIntroduced(paragraphs, tokenized);
        var givenOnly = GivenNamesIn(tokenized, paragraphs);
        var found = new List<FoundMention>();
        var seen = new HashSet<int>();
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalized)
                {
                    continue;
                }
                var match = MatchFull(tokens, i) ?? MatchInitial(tokens, i) ?? MatchSurname(tokens, i, namedInFull, p, seen, kin) ?? MatchGivenName(tokens, i, givenOnly);
                if (match is { } m)
                {
                    var last = tokens[i + m.Count - 1];
                    found.Add(new FoundMention(p, tokens[i].Start, last.End - tokens[i].Start, paragraphs[p][tokens[i].Start..last.End], m.PersonId));
                    seen.Add(m.PersonId);
                    i += m.Count - 1;
                }
            }
        }
        return found;
    }

    [GeneratedRegex(@"\b(?:son|daughter|wife|husband|brother|sister|mother|father|widow|nephew|niece|cousin|grandson|granddaughter)\s*,?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex KinBefore();

    [GeneratedRegex(@"^\s*,\s*(?:the|his|her|a|whose)\s+(?:[\w-]+\s+){0,2}?(?:son|daughter|wife|husband|brother|sister|mother|father|widow|nephew|niece|cousin)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KinAfter();

    /// <summary>People named in full beside a word of kinship ("his son Viktor Lukashenko", "Megan Brooks, his sister").</summary>
    private HashSet<int> KinIntroduced(IReadOnlyList<string> paragraphs, List<IReadOnlyList<NameToken>> tokenized)
    {
        var kin = new HashSet<int>();
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].IsCapitalized && MatchFull(tokens, i) is { } m)
                {
                    var start = tokens[i].Start;
                    var end = tokens[i + m.Count - 1].End;
                    var text = paragraphs[p];
                    if (KinBefore().IsMatch(text[Math.Max(0, start - 25)..start]) || KinAfter().IsMatch(text[end..Math.Min(text.Length, end + 40)]))
                    {
                        kin.Add(m.PersonId);
                    }
                }
            }
        }
        return kin;
    }

    /// <summary>The given names of the people the article names in full, where only one of them has that given name.</summary>
    private Dictionary<string, int> GivenNamesIn(List<IReadOnlyList<NameToken>> tokenized, IReadOnlyList<string> paragraphs)
    {
        var byKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var keys = tokenized.SelectMany(t => t).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].IsCapitalized && !tokens[i].IsInitial && MatchFull(tokens, i) is { } m)
                {
                    Add(byKey, NameTokens.Plain(tokens[i].Text), m.PersonId);
                }
                else if (tokens[i].IsCapitalized && KinBefore().IsMatch(paragraphs[p][Math.Max(0, tokens[i].Start - 25)..tokens[i].Start])
                    && RelativeByGivenName(tokens[i], keys) is { } relative)
                {
                    Add(byKey, NameTokens.Plain(tokens[i].Text), relative);
                }
            }
        }
        return byKey.Where(k => k.Value.Count == 1 && k.Key.Length >= 3 && !CandidateFinder.IsNonNameWord(k.Key)).ToDictionary(k => k.Key, k => k.Value.First());
    }

    /// <summary>
    /// "His wife, Susan, …": a given name after a word of kinship is the one known person of that given name whose
    /// surname the article names, where there is one (the relative the candidate finder named after the family).
    /// </summary>
    private int? RelativeByGivenName(NameToken token, HashSet<string> articleKeys) =>
        _fullNamesByFirst.TryGetValue(token.Key, out var names)
        && names.Where(n => n.Keys.Length == 2 && articleKeys.Contains(n.Keys[1])).Select(n => n.PersonId).Distinct().ToList() is [var only]
            ? only : null;

    /// <summary>"Daniel is coming home" after "Daniel Brooks": a given name standing alone, of one person the article named in full.</summary>
    private static (int PersonId, int Count)? MatchGivenName(IReadOnlyList<NameToken> tokens, int i, Dictionary<string, int> givenOnly)
    {
        var standsAlone = (i == 0 || !tokens[i - 1].IsCapitalized || !Adjacent(tokens[i - 1], tokens[i]))
            && (i + 1 >= tokens.Count || !tokens[i + 1].IsCapitalized || !Adjacent(tokens[i], tokens[i + 1]));
        // The exact spelling: name keys fold vowels, and "July" must not be taken for "Julie".
        return standsAlone && givenOnly.TryGetValue(NameTokens.Plain(tokens[i].Text), out var id) ? (id, 1) : null;
    }

    /// <summary>Who the article names in full, paragraph by paragraph, to settle shared surnames.</summary>
    private List<(int Paragraph, int PersonId)> FullNamesIn(List<IReadOnlyList<NameToken>> tokenized)
    {
        var named = new List<(int, int)>();
        for (var p = 0; p < tokenized.Count; p++)
        {
            for (var i = 0; i < tokenized[p].Count; i++)
            {
                if (tokenized[p][i].IsCapitalized && MatchFull(tokenized[p], i) is { } m)
                {
                    named.Add((p, m.PersonId));
                }
            }
        }
        return named;
    }

    private (int PersonId, int Count)? MatchFull(IReadOnlyList<NameToken> tokens, int i)
    {
        // A name's first word is matched at i itself (no initial is passed over before it), so only names starting with its key can match.
        if (!_fullNamesByFirst.TryGetValue(tokens[i].Key, out var names))
        {
            return null;
        }
        foreach (var name in names)
        {
            var j = i;
            var all = true;
            for (var k = 0; k < name.Keys.Length && all; k++, j++)
            {
                // A middle initial in the text ("George W. Bush") is passed over.
                if (k > 0 && j < tokens.Count - 1 && tokens[j].IsInitial)
                {
                    j++;
                }
                all = j < tokens.Count && tokens[j].IsCapitalized && tokens[j].Key == name.Keys[k] && (k == 0 || Adjacent(tokens[j - 1], tokens[j]));
            }
            if (all)
            {
                return (name.PersonId, j - i);
            }
        }
        return null;
    }

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private (int PersonId, int Count)? MatchInitial(IReadOnlyList<NameToken> tokens, int i)
    {
        if (!tokens[i].IsInitial || i + 1 >= tokens.Count || !_surnamesByKey.TryGetValue(tokens[i + 1].Key, out var ids))
        {
            return null;
        }
        var initial = char.ToUpperInvariant(NameTokens.Plain(tokens[i].Text)[0]);
        var matching = _fullNames.Where(f => ids.Contains(f.PersonId) && f.Initials.Contains(initial)).Select(f => f.PersonId).Distinct().ToList();
        return matching.Count == 1 ? (matching[0], 2) : null;
    }

    private (int PersonId, int Count)? MatchSurname(IReadOnlyList<NameToken> tokens, int i, List<(int Paragraph, int PersonId)> namedInFull, int paragraph,
        HashSet<int> seen, HashSet<int> kin)
    {
        var token = tokens[i];
        // Short keys meet too many words, so a short surname must be spelled as one of its aliases.
        var ids = token.Key.Length >= 4 && _surnamesByKey.TryGetValue(token.Key, out var byKey) ? byKey
            : _surnamesByPlain.TryGetValue(NameTokens.Plain(token.Text), out var byPlain) ? byPlain
            : null;
        if (ids is null)
        {
            return null;
        }
        ids = [.. ids.Where(id => !OtherGivenNameBefore(tokens, i, id))];
        if (ids.Count == 0)
        {
            return null;
        }
        if (ids.Count == 1)
        {
            return (ids.First(), 1);
        }
        // Namesakes of one family: the bare surname is the one not introduced as someone's son, wife or brother.
        var named = namedInFull.Where(n => ids.Contains(n.PersonId)).Select(n => n.PersonId).Distinct().ToList();
        if (named.Count > 1 && named.Where(id => !kin.Contains(id)).ToList() is [var principal])
        {
            return (principal, 1);
        }
        // Namesakes: the one the article named in full most recently, unless another was named beside it.
        var before = namedInFull.Where(n => n.Paragraph <= paragraph && ids.Contains(n.PersonId)).ToList();
        if (before.Count > 0)
        {
            var last = before[^1];
            var besideIt = before.Where(n => n.Paragraph == last.Paragraph).Select(n => n.PersonId).Distinct().Count();
            return besideIt > 1 ? null : (last.PersonId, 1);
        }
        var inArticle = namedInFull.Where(n => ids.Contains(n.PersonId)).Select(n => n.PersonId).Distinct().ToList();
        var alreadySeen = ids.Where(seen.Contains).ToList();
        return inArticle.Count == 1 ? (inArticle[0], 1) : alreadySeen.Count == 1 ? (alreadySeen[0], 1)
            : inArticle.Count == 0 && alreadySeen.Count == 0 && BestKnown(ids) is { } best ? (best, 1) : null;
    }

    /// <summary>
    /// "Lukashenka said" in an article that names no Lukashenka in full: the bearer of the surname whom at least
    /// twice as many articles name as any other (the president, not the son two articles mentioned), else nobody.
    /// </summary>
    private int? BestKnown(HashSet<int> ids)
    {
        var ranked = ids.Select(id => (Id: id, Articles: _articles.GetValueOrDefault(id))).OrderByDescending(r => r.Articles).ToList();
        return ranked[0].Articles >= 2 && ranked[0].Articles >= 2 * ranked[1].Articles ? ranked[0].Id : null;
    }

    private static bool Adjacent(NameToken previous, NameToken next) => next.Start - previous.End <= 2;

    /// <summary>
    /// "Viktor Lukashenko", "V. Lukashenko", "George H. W. Bush": a surname right after a given name or an
    /// initial that is not the known person's is somebody else of that name.
    /// </summary>
    private bool OtherGivenNameBefore(IReadOnlyList<NameToken> tokens, int i, int personId)
    {
        if (i == 0 || tokens[i].Start - tokens[i - 1].End != 1 || !tokens[i - 1].IsCapitalized)
        {
            return false;
        }
        var previous = tokens[i - 1];
        if (previous.IsInitial)
        {
            return true;
        }
        if (CandidateFinder.IsNonNameWord(previous.Text) || previous.Text.All(c => !char.IsLower(c)))
        {
            return false;
        }
        return !(_givenKeys.TryGetValue(personId, out var keys) && keys.Contains(previous.Key));
    }
}
