using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Features.Articles;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Feeds;

public sealed record FeedArticle(
    string Slug, string Title, string? Subtitle, IReadOnlyList<string> Authors, string? Outlet,
    ArchiveDate? Published, DateTime UpdatedAt, string? FirstParagraph);

/// <summary>The newest articles of a selection, as a feed entry needs them.</summary>
public static class FeedReads
{
    public const int Size = 50;

    /// <summary>Newest first by publication date (undated last), as the listing sorts them.</summary>
    public static async Task<List<FeedArticle>> NewestAsync(IQueryable<Article> articles, CancellationToken cancellationToken)
    {
        var ids = await ArticleReads.PageIdsAsync(articles.AsNoTracking(), null, 0, Size, cancellationToken);
        var found = await articles.AsNoTracking().AsSplitQuery().Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                Item = new FeedArticle(
                    a.Slug, a.Title, a.Subtitle,
                    a.Authors.OrderBy(x => x.Order).Select(x => x.Author!.Name).ToList(),
                    a.Outlet == null ? null : a.Outlet.Name,
                    a.Published,
                    a.UpdatedAt,
                    a.Paragraphs.Where(p => p.Kind == ParagraphKind.Paragraph).OrderBy(p => p.Number).Select(p => p.Text).FirstOrDefault()),
            })
            .ToDictionaryAsync(a => a.Id, a => a.Item, cancellationToken);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }
}
