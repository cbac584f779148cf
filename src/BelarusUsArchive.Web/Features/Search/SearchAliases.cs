using BelarusUsArchive.Text.Names;
using BelarusUsArchive.Text.Search;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>
/// A person's name in a query also matches the person's other spellings: a plain word whose name key
/// (NameKey.Fold) is the key of a person's alias is widened to all that person's aliases.
/// </summary>
public static class SearchAliases
{
    // A key of one or two consonants ("_vn" for Ivan) is shared by everyday words ("even", "oven"),
    // so such a word widens only when it is spelled exactly as an alias.
    private const int MinKeyConsonants = 3;

    public static async Task<SearchQuery> ExpandAsync(ArchiveDb db, SearchQuery query, CancellationToken cancellationToken)
    {
        var keys = query.PlainWords().Select(w => (Word: w, Key: NameKey.Fold(w))).Where(w => w.Key.Length > 0).ToList();
        if (keys.Count == 0)
        {
            return query;
        }
        var wanted = keys.Select(k => k.Key).Distinct().ToList();
        var found = await db.PersonAliases.AsNoTracking().Where(a => wanted.Contains(a.Key) && a.Person!.Status != PersonStatus.Rejected)
            .Select(a => new { a.Key, a.Text, a.PersonId }).ToListAsync(cancellationToken);
        var peopleByWord = keys.ToDictionary(
            k => k.Word,
            k => found.Where(a => a.Key == k.Key && (k.Key.TrimStart('_').Length >= MinKeyConsonants || string.Equals(a.Text, k.Word, StringComparison.OrdinalIgnoreCase)))
                .Select(a => a.PersonId).ToHashSet());
        var people = peopleByWord.Values.SelectMany(p => p).Distinct().ToList();
        if (people.Count == 0)
        {
            return query;
        }
        var aliases = await db.PersonAliases.AsNoTracking().Where(a => people.Contains(a.PersonId))
            .Select(a => new { a.PersonId, a.Text }).ToListAsync(cancellationToken);
        return query.Expand(word => peopleByWord.TryGetValue(word, out var ids)
            ? aliases.Where(a => ids.Contains(a.PersonId)).Select(a => a.Text).Distinct()
            : []);
    }
}
