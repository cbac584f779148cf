using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Harvesting;

/// <summary>What an OAI-PMH record says of an article: its header (datestamp = last change, sets) and Dublin Core.</summary>
public sealed record OaiItem(
    int Id, string Slug, string Title, IReadOnlyList<string> Authors, string? OutletSlug, string? Outlet, ArchiveDate? Published,
    string? SourceUrl, string Language, DateTime UpdatedAt, IReadOnlyList<string> People)
{
    public IEnumerable<string> Sets()
    {
        if (OutletSlug is not null)
        {
            yield return OaiSets.Outlet + ":" + OutletSlug;
        }
        if (Published is not null)
        {
            yield return OaiSets.Year + ":" + Published.Start.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

public sealed record OaiSet(string Spec, string Name);

/// <summary>The sets: articles by outlet and by year of publication, each under its parent set.</summary>
public static class OaiSets
{
    public const string Outlet = "outlet";
    public const string Year = "year";

    public static async Task<IReadOnlyList<OaiSet>> AllAsync(ArchiveDb db, CancellationToken cancellationToken)
    {
        var outlets = await db.Outlets.AsNoTracking().Where(o => o.Articles.Any()).OrderBy(o => o.Slug)
            .Select(o => new { o.Slug, o.Name }).ToListAsync(cancellationToken);
        var years = await db.Articles.AsNoTracking().Where(a => a.Published != null)
            .Select(a => a.Published!.Start.Year).Distinct().OrderBy(y => y).ToListAsync(cancellationToken);
        return
        [
            new(Outlet, "Articles by outlet"),
            .. outlets.Select(o => new OaiSet($"{Outlet}:{o.Slug}", o.Name)),
            new(Year, "Articles by year of publication"),
            .. years.Select(y => new OaiSet($"{Year}:{y:D4}", $"Articles published in {y}")),
        ];
    }
}

/// <summary>The reads behind /oai: one page of records in id order (stable while articles are added), and single records.</summary>
public static class OaiReads
{
    public static IQueryable<Article> Selected(ArchiveDb db, OaiRequest request)
    {
        var articles = db.Articles.AsNoTracking();
        if (request.From is { } from)
        {
            articles = articles.Where(a => a.UpdatedAt >= from.Utc);
        }
        if (request.Until is { } until)
        {
            var end = until.End;
            articles = articles.Where(a => a.UpdatedAt < end);
        }
        return request.Set?.Split(':') switch
        {
            null => articles,
            [OaiSets.Outlet] => articles.Where(a => a.OutletId != null),
            [OaiSets.Outlet, var slug] => articles.Where(a => a.Outlet != null && a.Outlet.Slug == slug),
            [OaiSets.Year] => articles.Where(a => a.Published != null),
            [OaiSets.Year, var year] when int.TryParse(year, out var y) && year.Length == 4 && y >= 1
                => articles.Where(a => a.Published != null && a.Published.Start >= new DateOnly(y, 1, 1) && a.Published.Start <= new DateOnly(y, 12, 31)),
            _ => articles.Where(a => false),
        };
    }

    public static async Task<List<OaiItem>> PageAsync(ArchiveDb db, IQueryable<Article> selected, int afterId, int take, CancellationToken cancellationToken) =>
        await WithPeopleAsync(db, await Project(selected.Where(a => a.Id > afterId).OrderBy(a => a.Id).Take(take)).ToListAsync(cancellationToken), cancellationToken);

    public static async Task<OaiItem?> BySlugAsync(ArchiveDb db, string slug, CancellationToken cancellationToken) =>
        (await WithPeopleAsync(db, await Project(db.Articles.AsNoTracking().Where(a => a.Slug == slug)).ToListAsync(cancellationToken), cancellationToken)).FirstOrDefault();

    /// <summary>The people each article mentions, in one query for the page (their names are the records' subjects).</summary>
    private static async Task<List<OaiItem>> WithPeopleAsync(ArchiveDb db, List<OaiItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.Id).ToList();
        var people = (await db.Mentions.AsNoTracking().Where(m => ids.Contains(m.ArticleId))
            .Select(m => new { m.ArticleId, m.Person!.Name }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(m => m.ArticleId, m => m.Name);
        return [.. items.Select(i => i with { People = [.. people[i.Id].Order(StringComparer.Ordinal)] })];
    }

    private static IQueryable<OaiItem> Project(IQueryable<Article> articles) => articles.Select(a => new OaiItem(
        a.Id, a.Slug, a.Title,
        a.Authors.OrderBy(x => x.Order).Select(x => x.Author!.Name).ToList(),
        a.Outlet == null ? null : a.Outlet.Slug,
        a.Outlet == null ? null : a.Outlet.Name,
        a.Published, a.SourceUrl, a.Language, a.UpdatedAt, new List<string>()));
}
