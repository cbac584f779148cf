using System.Text.Json;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Articles;

public sealed record NameRef(string Slug, string Name);

public sealed record ArticleSummary(int Id, string Slug, string Title, string? Subtitle, IReadOnlyList<NameRef> Authors, NameRef? Outlet, ArchiveDate? Published);

public sealed record NoteRef(int Offset, string Label);

public sealed record MentionLink(int Offset, int Length, string PersonSlug, string PersonName);

public sealed record ParagraphView(int Number, ParagraphKind Kind, string Text, IReadOnlyList<NoteRef> Notes, IReadOnlyList<MentionLink> Mentions)
{
    public string KindName => Kind == ParagraphKind.ListItem ? "list-item" : Kind.ToString().ToLowerInvariant();
}

public sealed record PersonCount(string Slug, string Name, int Mentions);

public sealed record ArticleDetails(
    ArticleSummary Summary,
    IReadOnlyList<ParagraphView> Paragraphs,
    IReadOnlyList<PersonCount> People,
    string SourceFile,
    string? SourceUrl,
    string Language,
    DateOnly? PageUpdated,
    IReadOnlyDictionary<string, string> FieldSources,
    IReadOnlyList<(string Slug, string Name, string? Bio)> AuthorBios);

/// <summary>The reads behind the article pages and their API twins: one query each, no tracking.</summary>
public static class ArticleReads
{
    public static async Task<(int Total, List<ArticleSummary> Items)> ListAsync(ArchiveDb db, ArticleFilter filter, CancellationToken cancellationToken)
    {
        var query = filter.Apply(db.Articles.AsNoTracking());
        var total = await query.CountAsync(cancellationToken);
        var skip = (filter.CurrentPage - 1) * filter.Size;
        if (filter.Sort == "title")
        {
            return (total, await Summaries(filter.Sorted(query).Skip(skip).Take(filter.Size)).ToListAsync(cancellationToken));
        }
        // Dated articles in date order, then the undated by title: each part walks the index on the
        // publication date (or is small), where one ORDER BY with "undated last" would sort the whole archive.
        var dated = query.Where(a => a.Published != null);
        var byDate = filter.Sort == "oldest"
            ? dated.OrderBy(a => a.Published!.Start).ThenBy(a => a.Title)
            : dated.OrderByDescending(a => a.Published!.Start).ThenBy(a => a.Title);
        var items = await Summaries(byDate.Skip(skip).Take(filter.Size)).ToListAsync(cancellationToken);
        if (items.Count < filter.Size && total > skip + items.Count)
        {
            var datedTotal = items.Count > 0 ? skip + items.Count : await dated.CountAsync(cancellationToken);
            items.AddRange(await Summaries(query.Where(a => a.Published == null).OrderBy(a => a.Title)
                .Skip(Math.Max(0, skip - datedTotal)).Take(filter.Size - items.Count)).ToListAsync(cancellationToken));
        }
        return (total, items);
    }

    private static IQueryable<ArticleSummary> Summaries(IQueryable<Article> articles) =>
        articles.Select(a => new ArticleSummary(a.Id, a.Slug, a.Title, a.Subtitle,
            a.Authors.OrderBy(x => x.Order).Select(x => new NameRef(x.Author!.Slug, x.Author.Name)).ToList(),
            a.Outlet == null ? null : new NameRef(a.Outlet.Slug, a.Outlet.Name),
            a.Published));

    public static async Task<ArticleDetails?> DetailsAsync(ArchiveDb db, string slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Outlet)
            .Include(a => a.Authors.OrderBy(x => x.Order)).ThenInclude(x => x.Author)
            .Include(a => a.Paragraphs.OrderBy(p => p.Number))
            .FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null)
        {
            return null;
        }
        var mentions = await db.Mentions.AsNoTracking().Where(m => m.ArticleId == article.Id)
            .Select(m => new { m.ParagraphId, m.Offset, m.Length, m.Person!.Slug, m.Person.Name })
            .ToListAsync(cancellationToken);
        var people = mentions.GroupBy(m => (m.Slug, m.Name)).Select(g => new PersonCount(g.Key.Slug, g.Key.Name, g.Count())).ToList();
        var linksByParagraph = mentions.ToLookup(m => m.ParagraphId, m => new MentionLink(m.Offset, m.Length, m.Slug, m.Name));
        var authors = article.Authors.OrderBy(x => x.Order).Select(x => x.Author!).ToList();
        var summary = new ArticleSummary(article.Id, article.Slug, article.Title, article.Subtitle,
            [.. authors.Select(a => new NameRef(a.Slug, a.Name))],
            article.Outlet is null ? null : new NameRef(article.Outlet.Slug, article.Outlet.Name),
            article.Published);
        return new ArticleDetails(summary,
            [.. article.Paragraphs.OrderBy(p => p.Number).Select(p => new ParagraphView(p.Number, p.Kind, p.Text, ReadNotes(p.Notes), [.. linksByParagraph[p.Id].OrderBy(l => l.Offset)]))],
            [.. people.OrderByDescending(p => p.Mentions).ThenBy(p => p.Name)],
            article.SourceFile, article.SourceUrl, article.Language, article.PageUpdated,
            JsonSerializer.Deserialize<Dictionary<string, string>>(article.FieldSources) ?? [],
            [.. authors.Select(a => (a.Slug, a.Name, a.Bio))]);
    }

    private static List<NoteRef> ReadNotes(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<NoteRef>>(json, JsonSerializerOptions.Web) ?? [];
}
