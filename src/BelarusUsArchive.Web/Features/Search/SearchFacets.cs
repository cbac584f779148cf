using System.Globalization;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Articles;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>
/// A search's facets, counted over the articles it found (on SQLite the ranked ones, at most a window's worth). Each
/// count is driven from those ids, grouped by the other side's id, and joined to its name in the same statement: joined
/// the other way, SQLite walked every person (or author, outlet) and probed each of the found articles for it (45 ms
/// for the people of 1,300 articles at 100,000, 7 ms this way, and the first grows with the number of people). Four
/// statements whose SQL is the same for every search, so EF and SQLite reuse their work: the names were read by three
/// more, each listing its ids one parameter apiece, a new statement to generate and prepare per search (half the facets'
/// CPU was EF's, not SQLite's).
/// </summary>
public static class SearchFacets
{
    public static async Task<Facets> CountAsync(ArchiveDb db, IQueryable<int> ids, CancellationToken cancellationToken)
    {
        var years = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id) && a.Published != null)
            .GroupBy(a => a.Published!.Start.Year).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var people = await db.PersonArticles.AsNoTracking().Where(x => ids.Contains(x.ArticleId))
            .GroupBy(x => x.PersonId).Select(g => new { Id = g.Key, Count = g.Count() })
            .Join(db.People, c => c.Id, p => p.Id, (c, p) => new FacetValue(p.Slug, p.Name, c.Count)).ToListAsync(cancellationToken);
        var authors = await db.ArticleAuthors.AsNoTracking().Where(x => ids.Contains(x.ArticleId))
            .GroupBy(x => x.AuthorId).Select(g => new { Id = g.Key, Count = g.Count() })
            .Join(db.Authors, c => c.Id, p => p.Id, (c, p) => new FacetValue(p.Slug, p.Name, c.Count)).ToListAsync(cancellationToken);
        var outlets = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id) && a.OutletId != null)
            .GroupBy(a => a.OutletId!.Value).Select(g => new { Id = g.Key, Count = g.Count() })
            .Join(db.Outlets, c => c.Id, p => p.Id, (c, p) => new FacetValue(p.Slug, p.Name, c.Count)).ToListAsync(cancellationToken);
        return new Facets(
            [.. years.OrderByDescending(y => y.Key).Select(y => new FacetValue(y.Key.ToString(CultureInfo.InvariantCulture), y.Key.ToString(CultureInfo.InvariantCulture), y.Count))],
            KeptFacets.Ranked(people), KeptFacets.Ranked(authors), KeptFacets.Ranked(outlets));
    }
}
