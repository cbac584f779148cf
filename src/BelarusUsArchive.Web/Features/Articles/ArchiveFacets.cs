using System.Globalization;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Articles;

/// <summary>
/// The unfiltered listing's facets: years and people from the trigger-kept counts (ArticleYearCounts,
/// PersonStats), bylines and outlets grouped on their foreign-key indexes, never a pass over the mentions.
/// </summary>
public static class ArchiveFacets
{
    public static async Task<Facets> WholeAsync(ArchiveDb db, CancellationToken cancellationToken)
    {
        var years = await db.ArticleYearCounts.AsNoTracking().Where(y => y.Year != 0).OrderByDescending(y => y.Year).ToListAsync(cancellationToken);
        var people = await db.PersonStats.AsNoTracking().Join(db.People, s => s.PersonId, p => p.Id, (s, p) => new { p.Slug, p.Name, s.Articles })
            .ToListAsync(cancellationToken);
        var authors = await db.ArticleAuthors.GroupBy(x => x.AuthorId).Select(g => new { Id = g.Key, Count = g.Count() })
            .Join(db.Authors, g => g.Id, a => a.Id, (g, a) => new { a.Slug, a.Name, g.Count }).ToListAsync(cancellationToken);
        var outlets = await db.Articles.Where(a => a.OutletId != null).GroupBy(a => a.OutletId).Select(g => new { Id = g.Key, Count = g.Count() })
            .Join(db.Outlets, g => g.Id, o => (int?)o.Id, (g, o) => new { o.Slug, o.Name, g.Count }).ToListAsync(cancellationToken);
        return new Facets(
            [.. years.Select(y => new FacetValue(y.Year.ToString(CultureInfo.InvariantCulture), y.Year.ToString(CultureInfo.InvariantCulture), y.Articles))],
            [.. people.OrderByDescending(p => p.Articles).ThenBy(p => p.Name).Select(p => new FacetValue(p.Slug, p.Name, p.Articles))],
            [.. authors.OrderByDescending(p => p.Count).ThenBy(p => p.Name).Select(p => new FacetValue(p.Slug, p.Name, p.Count))],
            [.. outlets.OrderByDescending(p => p.Count).ThenBy(p => p.Name).Select(p => new FacetValue(p.Slug, p.Name, p.Count))]);
    }
}
