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
        var query = filter.Apply(db.Articles.AsNoTracking(), db);
        var total = await KeptFacets.TotalAsync(db, filter, cancellationToken) ?? await query.CountAsync(cancellationToken);
        var ids = await PageIdsAsync(query, filter.Sort, (filter.CurrentPage - 1) * filter.Size, filter.Size, cancellationToken);
        return (total, await SummariesAsync(db, ids, cancellationToken));
    }

    /// <summary>
    /// One page of article ids in the listing's order: by title, or the dated articles by date then the undated by title.
    /// Each part walks an index (the publication date's, or the title order of the few undated), where one ORDER BY with
    /// "undated last" would sort the whole archive; only the ids are read, so no row is joined before it is on the page.
    /// </summary>
    public static async Task<List<int>> PageIdsAsync(IQueryable<Article> query, string? sort, int skip, int take, CancellationToken cancellationToken)
    {
        if (sort == "title")
        {
            return await query.OrderBy(a => a.Title).Skip(skip).Take(take).Select(a => a.Id).ToListAsync(cancellationToken);
        }
        // The start alone tells the dated apart ("Published != null" tests the owned date's six columns, reading every
        // skipped article's row), so a deep page walks the newest or oldest index without touching the table.
        var dated = query.Where(ArticleFilter.IsDated);
        var byDate = sort == "oldest"
            ? dated.OrderBy(a => a.Published!.Start).ThenBy(a => a.Title)
            : dated.OrderByDescending(a => a.Published!.Start).ThenBy(a => a.Title);
        var ids = await byDate.Skip(skip).Take(take).Select(a => a.Id).ToListAsync(cancellationToken);
        if (ids.Count < take)
        {
            var datedTotal = ids.Count > 0 ? skip + ids.Count : await dated.CountAsync(cancellationToken);
            ids.AddRange(await query.Where(a => a.Published == null).OrderBy(a => a.Title)
                .Skip(Math.Max(0, skip - datedTotal)).Take(take - ids.Count).Select(a => a.Id).ToListAsync(cancellationToken));
        }
        return ids;
    }

    /// <summary>
    /// The summaries of the given articles, in the order given. A split query: one statement for the articles and one for
    /// their authors by article id; in a single statement SQLite materialised every article's authors to join them.
    /// </summary>
    public static async Task<List<ArticleSummary>> SummariesAsync(ArchiveDb db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var found = await db.Articles.AsNoTracking().AsSplitQuery().Where(a => ids.Contains(a.Id))
            .Select(a => new ArticleSummary(a.Id, a.Slug, a.Title, a.Subtitle,
                a.Authors.OrderBy(x => x.Order).Select(x => new NameRef(x.Author!.Slug, x.Author.Name)).ToList(),
                a.Outlet == null ? null : new NameRef(a.Outlet.Slug, a.Outlet.Name),
                a.Published))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

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
