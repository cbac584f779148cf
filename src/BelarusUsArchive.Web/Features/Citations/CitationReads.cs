using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Articles;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Citations;

/// <summary>The citation fields of one article, or of every article a listing filter selects, read without tracking.</summary>
public static class CitationReads
{
    public static Task<CitedArticle?> ForSlugAsync(ArchiveDb db, string slug, CancellationToken cancellationToken) =>
        Project(db.Articles.AsNoTracking().Where(a => a.Slug == slug)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Streamed in the listing's order, so a bibliography of the whole archive is never held in memory.</summary>
    public static IAsyncEnumerable<CitedArticle> ForFilter(ArchiveDb db, ArticleFilter filter) =>
        Project(filter.Sorted(filter.Apply(db.Articles.AsNoTracking(), db))).AsAsyncEnumerable();

    /// <summary>Articles by id (what a search found), newest first.</summary>
    public static IAsyncEnumerable<CitedArticle> ForIds(ArchiveDb db, IQueryable<int> ids)
    {
        var newest = new ArticleFilter(null, null, null, null, null, null, null);
        return Project(newest.Sorted(db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)))).AsAsyncEnumerable();
    }

    private static IQueryable<CitedArticle> Project(IQueryable<Article> articles) => articles.Select(a => new CitedArticle(
        a.Slug,
        a.Title,
        a.Authors.OrderBy(x => x.Order).Select(x => x.Author!.Name).ToList(),
        a.Outlet == null ? null : a.Outlet.Name,
        a.Published,
        a.SourceUrl,
        a.Language));
}
