using System.Globalization;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Articles;

/// <summary>
/// Totals and facets of a listing filtered by one person alone, read from the trigger-kept counts (PersonStats,
/// PersonYearCounts, CoMentionCounts, PersonAuthorCounts, PersonOutletCounts): the most-mentioned person is named in
/// nearly every article, so counting their articles per request grouped the whole archive four times. An author or
/// outlet alone selects few enough articles to count, except for its people, which come from the same kept pairs. A person and a
/// year, or a range of whole years, read PersonYearFacets.
/// </summary>
public static class KeptFacets
{
    /// <summary>The number of articles the filter selects, when a kept count holds it; null when it must be counted.</summary>
    public static async Task<int?> TotalAsync(ArchiveDb db, ArticleFilter filter, CancellationToken cancellationToken)
    {
        if (filter is { Author: null, Outlet: null, Person: { } person } && (filter.Year is not null || filter.Range is not null))
        {
            return await YearsOfAsync(db, filter, cancellationToken) is { } years
                ? await db.People.Where(p => p.Slug == person)
                    .Select(p => db.PersonYearCounts.Where(s => s.PersonId == p.Id && s.Year >= years.First && s.Year <= years.Last).Sum(s => s.Articles))
                    .FirstOrDefaultAsync(cancellationToken)
                : null;
        }
        return filter switch
        {
        { Year: null, Author: null, Outlet: null, From: null, To: null, Person: null } =>
            await db.ArticleYearCounts.SumAsync(y => y.Articles, cancellationToken),
        { Year: null, Author: null, Outlet: null, From: null, To: null, Person: { } slug } =>
            await db.People.Where(p => p.Slug == slug)
                .Select(p => db.PersonStats.Where(s => s.PersonId == p.Id).Select(s => s.Articles).FirstOrDefault()).FirstOrDefaultAsync(cancellationToken),
        { Year: { } onlyYear, Author: null, Outlet: null, From: null, To: null, Person: null } =>
            await db.ArticleYearCounts.Where(y => y.Year == onlyYear).SumAsync(y => y.Articles, cancellationToken),
        _ => null,
        };
    }

    /// <summary>
    /// The years of publication a person filter's year, or range of whole years, selects exactly, so the kept per-year rows
    /// answer it: a range is an overlap of dates, so only when no article reaching into it started before it (the index of
    /// starts and ends, bounded by the longest kept span, tells). Null for any other filter: it is counted.
    /// </summary>
    private static async Task<(int First, int Last)?> YearsOfAsync(ArchiveDb db, ArticleFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Year is { } year)
        {
            return filter.Range is null ? (year, year) : null;
        }
        if (filter.Range is not { Start: var start, End: var end }
            || (start != DateOnly.MinValue && (start.Month, start.Day) != (1, 1))
            || (end != DateOnly.MaxValue && (end.Month, end.Day) != (12, 31)))
        {
            return null;
        }
        if (start != DateOnly.MinValue)
        {
            var longest = await db.ArticleSpanCounts.MaxAsync(s => (int?)s.Days, cancellationToken) ?? 0;
            var earliest = start.AddDays(-Math.Min(longest, start.DayNumber));
            if (await db.Articles.AnyAsync(a => a.Published!.Start >= earliest && a.Published.Start < start && a.Published.End >= start, cancellationToken))
            {
                return null;
            }
        }
        return (start == DateOnly.MinValue ? int.MinValue : start.Year, end == DateOnly.MaxValue ? int.MaxValue : end.Year);
    }

    /// <summary>The facets of a listing filtered by one person only, or by one person and one year; null for any other filter.</summary>
    public static async Task<Facets?> OfPersonAsync(ArchiveDb db, ArticleFilter filter, CancellationToken cancellationToken)
    {
        if (filter is not { Author: null, Outlet: null, Person: { } slug })
        {
            return null;
        }
        if (filter.Year is not null || filter.Range is not null)
        {
            return await YearsOfAsync(db, filter, cancellationToken) is { } span
                ? await OfPersonInYearsAsync(db, await db.People.Where(p => p.Slug == slug).Select(p => p.Id).FirstAsync(cancellationToken), span, cancellationToken)
                : null;
        }
        var id = await db.People.Where(p => p.Slug == slug).Select(p => p.Id).FirstAsync(cancellationToken);
        var years = await db.PersonYearCounts.AsNoTracking().Where(y => y.PersonId == id)
            .Select(y => new FacetValue(y.Year.ToString(CultureInfo.InvariantCulture), y.Year.ToString(CultureInfo.InvariantCulture), y.Articles))
            .ToListAsync(cancellationToken);
        var self = db.PersonStats.Where(s => s.PersonId == id).Select(s => new { s.PersonId, s.Articles });
        var people = await db.CoMentionCounts.Where(c => c.PersonId == id).Select(c => new { PersonId = c.OtherId, c.Articles }).Concat(self)
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new FacetValue(p.Slug, p.Name, c.Articles)).ToListAsync(cancellationToken);
        var authors = await db.PersonAuthorCounts.Where(c => c.PersonId == id)
            .Join(db.Authors, c => c.AuthorId, a => a.Id, (c, a) => new FacetValue(a.Slug, a.Name, c.Articles)).ToListAsync(cancellationToken);
        var outlets = await db.PersonOutletCounts.Where(c => c.PersonId == id)
            .Join(db.Outlets, c => c.OutletId, o => o.Id, (c, o) => new FacetValue(o.Slug, o.Name, c.Articles)).ToListAsync(cancellationToken);
        return new Facets([.. years.OrderByDescending(y => int.Parse(y.Value, CultureInfo.InvariantCulture))], Ranked(people), Ranked(authors), Ranked(outlets));
    }

    /// <summary>
    /// A person's articles of some years of publication, by year and by co-mentioned person, author and outlet: sums of the
    /// kept PersonYearCounts and PersonYearFacets rows (counted, each facet joined the years' articles to the person's:
    /// 1.4–2.3 s for two years of the most-mentioned person's at 100,000 articles).
    /// </summary>
    private static async Task<Facets> OfPersonInYearsAsync(ArchiveDb db, int id, (int First, int Last) years, CancellationToken cancellationToken)
    {
        var (first, last) = years;
        var counts = await db.PersonYearCounts.Where(y => y.PersonId == id && y.Year >= first && y.Year <= last && y.Articles > 0)
            .OrderByDescending(y => y.Year).Select(y => new { y.Year, y.Articles }).ToListAsync(cancellationToken);
        if (counts.Count == 0)
        {
            return new Facets([], [], [], []);
        }
        var pairs = db.PersonYearFacets.Where(f => f.PersonId == id && f.Year >= first && f.Year <= last)
            .GroupBy(f => new { f.Facet, f.ValueId }).Select(g => new { g.Key.Facet, g.Key.ValueId, Articles = g.Sum(f => f.Articles) });
        var people = await pairs.Where(f => f.Facet == YearFacet.Person)
            .Join(db.People, f => f.ValueId, p => p.Id, (f, p) => new FacetValue(p.Slug, p.Name, f.Articles)).ToListAsync(cancellationToken);
        var authors = await pairs.Where(f => f.Facet == YearFacet.Author)
            .Join(db.Authors, f => f.ValueId, a => a.Id, (f, a) => new FacetValue(a.Slug, a.Name, f.Articles)).ToListAsync(cancellationToken);
        var outlets = await pairs.Where(f => f.Facet == YearFacet.Outlet)
            .Join(db.Outlets, f => f.ValueId, o => o.Id, (f, o) => new FacetValue(o.Slug, o.Name, f.Articles)).ToListAsync(cancellationToken);
        var total = counts.Sum(c => c.Articles);
        var self = await db.People.Where(p => p.Id == id).Select(p => new FacetValue(p.Slug, p.Name, total)).FirstAsync(cancellationToken);
        var label = (int y) => y.ToString(CultureInfo.InvariantCulture);
        return new Facets([.. counts.Select(c => new FacetValue(label(c.Year), label(c.Year), c.Articles))], Ranked([.. people, self]), Ranked(authors), Ranked(outlets));
    }

    /// <summary>The people facet of a listing filtered by one author, one outlet or one year only; null for any other filter.</summary>
    public static async Task<IReadOnlyList<FacetValue>?> PeopleOfAsync(ArchiveDb db, ArticleFilter filter, CancellationToken cancellationToken)
    {
        var counts = filter switch
        {
            { Year: null, Person: null, Outlet: null, From: null, To: null, Author: { } author } =>
                db.PersonAuthorCounts.Where(c => db.Authors.Where(a => a.Slug == author).Select(a => a.Id).Contains(c.AuthorId)).Select(c => new { c.PersonId, c.Articles }),
            // A year alone: each person's articles of that year, kept (counted, it grouped the year's thousands of articles' people).
            { Year: { } year, Person: null, Author: null, Outlet: null, From: null, To: null } =>
                db.PersonYearCounts.Where(c => c.Year == year).Select(c => new { c.PersonId, c.Articles }),
            { Year: null, Person: null, Author: null, From: null, To: null, Outlet: { } outlet } =>
                db.PersonOutletCounts.Where(c => db.Outlets.Where(o => o.Slug == outlet).Select(o => o.Id).Contains(c.OutletId)).Select(c => new { c.PersonId, c.Articles }),
            _ => null,
        };
        return counts is null ? null
            : Ranked(await counts.Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new FacetValue(p.Slug, p.Name, c.Articles)).ToListAsync(cancellationToken));
    }

    /// <summary>Most articles first, then by name, as every facet lists its values.</summary>
    public static List<FacetValue> Ranked(IEnumerable<FacetValue> values) =>
        [.. values.OrderByDescending(v => v.Count).ThenBy(v => v.Label)];
}
