using System.Globalization;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Rendering.Charts;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Articles;

/// <summary>Articles per year of publication, as the home page and the listing draw them.</summary>
public static class ArticleYears
{
    public sealed record Counts(IReadOnlyList<YearCount> Years, int Undated);

    public sealed record YearCount(int Year, int Count);

    /// <summary>
    /// Counts per year among the articles the other filters select: the year filter itself is left
    /// out, so the chart still offers every year to switch to.
    /// </summary>
    public static async Task<Counts> CountsAsync(ArchiveDb db, ArticleFilter filter, CancellationToken cancellationToken)
    {
        // The whole archive's years and one person's are kept by the store's triggers; other filters select few enough to count.
        if (filter is { Person: null, Author: null, Outlet: null })
        {
            var all = await db.ArticleYearCounts.AsNoTracking().OrderBy(y => y.Year).ToListAsync(cancellationToken);
            return new Counts([.. all.Where(y => y.Year != 0).Select(y => new YearCount(y.Year, y.Articles))], all.Where(y => y.Year == 0).Sum(y => y.Articles));
        }
        if (filter is { Author: null, Outlet: null, Person: { } slug })
        {
            var person = db.People.Where(p => p.Slug == slug).Select(p => p.Id);
            var personYears = await db.PersonYearCounts.AsNoTracking().Where(y => person.Contains(y.PersonId)).OrderBy(y => y.Year)
                .Select(y => new YearCount(y.Year, y.Articles)).ToListAsync(cancellationToken);
            var undated = await db.PersonArticles.CountAsync(x => person.Contains(x.PersonId) && x.Year == null, cancellationToken);
            return new Counts(personYears, undated);
        }
        var articles = (filter with { Year = null }).Apply(db.Articles.AsNoTracking(), db);
        var years = await articles.Where(ArticleFilter.IsDated)
            .GroupBy(a => a.Published!.Start.Year).Select(g => new YearCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var total = await articles.CountAsync(cancellationToken);
        return new Counts([.. years.OrderBy(y => y.Year)], total - years.Sum(y => y.Count));
    }

    public static YearChartView Chart(string id, Counts counts, int? current, Func<int, string> href)
    {
        var chart = YearChart.Build("article", counts.Years.Select(y => new YearValue(y.Year, y.Count, href(y.Year))), current);
        var undated = counts.Undated switch
        {
            0 => "",
            1 => " One undated article is not shown.",
            var n => $" {n.ToString(CultureInfo.InvariantCulture)} undated articles are not shown.",
        };
        var span = chart.FirstYear == chart.LastYear ? $"{chart.FirstYear}" : $"{chart.FirstYear}–{chart.LastYear}";
        return new YearChartView(id, chart, $"Articles per year of publication, {span}; each bar opens that year's articles.{undated}");
    }
}
