using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Names;

public static partial class CandidateFinder
{
    // "His wife, Susan, taught", "their daughter Anna", "her sister Olga", "Speckhard's son Pavel": a word of kinship after
    // a possessive, then a lone given name (no capitalised word after it: "his son Viktor Lukashenko" is a full name).
    [GeneratedRegex(@"\b(?:[Hh]is|[Hh]er|[Tt]heir|(?<owner>\p{Lu}[\p{Ll}'’-]+)['’]s)\s+(?:(?:late|elder|older|younger|eldest|youngest|adult|teenage|little)\s+)?(?:wife|husband|son|daughter|sister|brother|mother|father|widow|widower|niece|nephew|cousin|grandson|granddaughter|stepson|stepdaughter)\s*,?\s+(?<given>\p{Lu}\p{Ll}+)\b(?![ \t]+(?:Mc|Mac|O['’])?\p{Lu})")]
    private static partial Regex KinGivenName();

    /// <summary>
    /// Relatives the text calls by given name only ("His wife, Susan, taught English …"): a given name of the lexicons
    /// after a possessive and a word of kinship is the relative of the person the possessive points at, named with that
    /// person's surname: the owner written out ("Speckhard's wife"), else the surname of the article's people read last
    /// before it ("Speckhard grew up in Wisconsin. His wife, Susan, …"). Where no person was read before, nobody.
    /// </summary>
    private static IEnumerable<CandidateName> Relatives(IReadOnlyList<string> paragraphs, IReadOnlyList<CandidateName> named)
    {
        var surnames = named.Select(c => c.Name.Split(' ')[^1]).Distinct(StringComparer.Ordinal).ToList();
        if (surnames.Count == 0)
        {
            yield break;
        }
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (Match m in KinGivenName().Matches(paragraphs[p]))
            {
                var given = m.Groups["given"];
                if (!GivenNames.Contains(given.Value) || IsNonNameWord(given.Value))
                {
                    continue;
                }
                var owner = m.Groups["owner"];
                var surname = owner.Success ? surnames.FirstOrDefault(s => NameKey.Fold(s) == NameKey.Fold(owner.Value))
                    : LastSurnameBefore(paragraphs, p, m.Index, surnames);
                if (surname is not null)
                {
                    yield return new CandidateName(p, given.Index, given.Length, $"{NameKey.Strip(given.Value)} {surname}", ByGivenName: true);
                }
            }
        }
    }

    /// <summary>The surname, among the article's people, that the text names last before paragraph <paramref name="p"/>, offset <paramref name="offset"/>.</summary>
    private static string? LastSurnameBefore(IReadOnlyList<string> paragraphs, int p, int offset, IReadOnlyList<string> surnames)
    {
        for (var q = p; q >= 0; q--)
        {
            var text = q == p ? paragraphs[q][..offset] : paragraphs[q];
            var best = (At: -1, Surname: (string?)null);
            foreach (var surname in surnames)
            {
                var at = Regex.Match(text, $@"\b{Regex.Escape(surname)}\b", RegexOptions.RightToLeft);
                if (at.Success && at.Index > best.At)
                {
                    best = (at.Index, surname);
                }
            }
            if (best.Surname is not null)
            {
                return best.Surname;
            }
        }
        return null;
    }
}
