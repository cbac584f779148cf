using BelarusUsArchive.Text.Names;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>The person a search names in full (by any of their spellings): shown first, above the articles.</summary>
public sealed record PersonCard(string Slug, string Name, string? Description, int Articles, int Events, int Spellings)
{
    /// <summary>The person whose alias has the whole query's name key, or null (a topic, a phrase, a surname shared by two people).</summary>
    public static async Task<PersonCard?> FindAsync(ArchiveDb db, string? q, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > 100 || q.Any(c => c is '"' or '*' or '-' or '(' or ')'))
        {
            return null;
        }
        var key = string.Join(' ', NameKey.FoldName(q.Trim()));
        if (key.Length == 0)
        {
            return null;
        }
        var people = await db.PersonAliases.AsNoTracking()
            .Where(a => a.Key == key && a.Person!.Status != PersonStatus.Rejected)
            .Select(a => a.PersonId).Distinct().Take(2).ToListAsync(cancellationToken);
        if (people is not [var id])
        {
            return null;
        }
        return await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => new PersonCard(
            p.Slug, p.Name, p.Description,
            db.PersonStats.Where(s => s.PersonId == p.Id).Select(s => s.Articles).FirstOrDefault(),
            db.EventParticipants.Count(e => e.PersonId == p.Id && e.Event!.Status != EventStatus.Rejected),
            p.Aliases.Count())).FirstOrDefaultAsync(cancellationToken);
    }
}
