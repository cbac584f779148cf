using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.People;

public sealed record PersonSummary(string Slug, string Name, string? Country, PersonStatus Status, IReadOnlyList<string> Aliases, int Articles, int Mentions);

public sealed record RoleView(string Title, string? Organization, ArchiveDate? From, ArchiveDate? To, string? Source);

public sealed record AliasView(string Text, AliasScript Script, AliasKind Kind);

public sealed record MentionView(int Paragraph, string Surface, int Offset, int Length, string Text);

public sealed record MentionedArticle(string Slug, string Title, ArchiveDate? Published, IReadOnlyList<MentionView> Mentions);

public sealed record CoMention(string Slug, string Name, int Count);

public sealed record YearCount(int Year, int Count);

public sealed record PersonDetails(
    int Id, string Slug, string Name, string? Description, string? Country, PersonStatus Status,
    IReadOnlyList<AliasView> Aliases, IReadOnlyList<RoleView> Roles, IReadOnlyList<MentionedArticle> Articles,
    IReadOnlyList<CoMention> CoMentioned, IReadOnlyList<YearCount> MentionsByYear, IReadOnlyList<(string Slug, string Name)> AsAuthor,
    int ArticleCount, int MentionCount, int Page)
{
    /// <summary>Articles per page of a person's mentions: the most-mentioned person is named in tens of thousands.</summary>
    public const int PageSize = 50;

    public int Pages => Math.Max(1, (ArticleCount + PageSize - 1) / PageSize);
}

/// <summary>The people index and a person's page, as both the pages and the API read them.</summary>
public static class PeopleReads
{
    /// <summary>
    /// The filters' person pickers: the <paramref name="top"/> people most written about (from the kept counts) and the
    /// chosen ones, by name; never a count over all mentions or events per request.
    /// </summary>
    public static async Task<IReadOnlyList<(string Slug, string Name)>> PickerAsync(ArchiveDb db, IReadOnlyCollection<string> chosen, int top, CancellationToken cancellationToken)
    {
        var people = await db.PersonStats.OrderByDescending(s => s.Articles).Take(top)
            .Join(db.People.Where(p => p.Status != PersonStatus.Rejected), s => s.PersonId, p => p.Id, (s, p) => new { p.Slug, p.Name })
            .ToListAsync(cancellationToken);
        var missing = chosen.Where(c => people.All(p => p.Slug != c)).ToList();
        if (missing.Count > 0)
        {
            people.AddRange(await db.People.Where(p => missing.Contains(p.Slug) && p.Status != PersonStatus.Rejected)
                .Select(p => new { p.Slug, p.Name }).ToListAsync(cancellationToken));
        }
        return [.. people.DistinctBy(p => p.Slug).OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Slug, p.Name))];
    }

    public static readonly string[] Sorts = ["mentions", "name"];

    public static async Task<(int Total, List<PersonSummary> Items)> ListAsync(ArchiveDb db, string? q, string? country, string? sort, int page, int pageSize, CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking().Where(p => p.Status != PersonStatus.Rejected);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            var key = string.Join(' ', BelarusUsArchive.Text.Names.NameKey.FoldName(term));
            // Whole words of the folded key, so "Hale" finds David Hale and not Galperovich.
            people = people.Where(p => p.Name.Contains(term) || p.Aliases.Any(a => a.Text.Contains(term)
                || (key.Length > 0 && (a.Key == key || a.Key.StartsWith(key + " ") || a.Key.EndsWith(" " + key) || a.Key.Contains(" " + key + " ")))));
        }
        if (!string.IsNullOrWhiteSpace(country))
        {
            people = people.Where(p => p.Country == country);
        }
        var total = await people.CountAsync(cancellationToken);
        // The counts are kept by the store's triggers (PersonStats), so sorting by them reads an index.
        var counted = from p in people
                      join s in db.PersonStats on p.Id equals s.PersonId into stats
                      from s in stats.DefaultIfEmpty()
                      select new { Person = p, Articles = s == null ? 0 : s.Articles, Mentions = s == null ? 0 : s.Mentions };
        counted = sort == "name" ? counted.OrderBy(p => p.Person.Name) : counted.OrderByDescending(p => p.Mentions).ThenBy(p => p.Person.Name);
        var items = await counted.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new
            {
                p.Person.Slug,
                p.Person.Name,
                p.Person.Country,
                p.Person.Status,
                Aliases = p.Person.Aliases.OrderBy(a => a.Id).Select(a => a.Text).ToList(),
                p.Articles,
                p.Mentions,
            })
            .ToListAsync(cancellationToken);
        return (total, [.. items.Select(p => new PersonSummary(p.Slug, p.Name, p.Country, p.Status, p.Aliases, p.Articles, p.Mentions))]);
    }

    public static async Task<IReadOnlyList<string>> CountriesAsync(ArchiveDb db, CancellationToken cancellationToken) =>
        await db.People.Where(p => p.Country != null && p.Status != PersonStatus.Rejected).Select(p => p.Country!).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);

    /// <summary>
    /// A person with one page of their articles (oldest first) and the mentions in them; the totals, the
    /// co-mentioned people and the mentions per year come from the trigger-kept counts, not from the mentions.
    /// </summary>
    public static async Task<PersonDetails?> DetailsAsync(ArchiveDb db, string slug, int page, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().AsSplitQuery().Include(p => p.Aliases).Include(p => p.Roles)
            .FirstOrDefaultAsync(p => p.Slug == slug && p.Status != PersonStatus.Rejected, cancellationToken);
        if (person is null)
        {
            return null;
        }
        var stats = await db.PersonStats.AsNoTracking().Where(s => s.PersonId == person.Id).FirstOrDefaultAsync(cancellationToken);
        // The listing's own paging (oldest first, the undated last): it walks the date index and keeps the articles that
        // name the person, where joining their articles and sorting them sorted 90,000 rows for the most-mentioned.
        var theirs = db.Articles.AsNoTracking().Where(a => db.PersonArticles.Any(x => x.PersonId == person.Id && x.ArticleId == a.Id));
        var pageIds = await Articles.ArticleReads.PageIdsAsync(theirs, "oldest", (Math.Max(1, page) - 1) * PersonDetails.PageSize, PersonDetails.PageSize, cancellationToken);
        var mentions = await db.Mentions.AsNoTracking().Where(m => m.PersonId == person.Id && pageIds.Contains(m.ArticleId))
            .Select(m => new { m.ArticleId, m.Article!.Slug, m.Article.Title, m.Article.Published, Paragraph = m.Paragraph!.Number, m.Paragraph.Text, m.Surface, m.Offset, m.Length })
            .ToListAsync(cancellationToken);
        var byArticle = mentions.ToLookup(m => m.ArticleId);
        var articles = pageIds.Where(byArticle.Contains).Select(id => byArticle[id])
            .Select(g => new MentionedArticle(g.First().Slug, g.First().Title, g.First().Published,
                [.. g.OrderBy(m => m.Paragraph).ThenBy(m => m.Offset).Select(m => new MentionView(m.Paragraph, m.Surface, m.Offset, m.Length, m.Text))]))
            .ToList();
        var coMentioned = await (from c in db.CoMentionCounts
                                 join o in db.People on c.OtherId equals o.Id
                                 where c.PersonId == person.Id && o.Status != PersonStatus.Rejected
                                 select new CoMention(o.Slug, o.Name, c.Articles)).ToListAsync(cancellationToken);
        var byYear = await db.PersonYearCounts.AsNoTracking().Where(y => y.PersonId == person.Id).OrderBy(y => y.Year)
            .Select(y => new YearCount(y.Year, y.Mentions)).ToListAsync(cancellationToken);
        var asAuthor = await db.Authors.AsNoTracking().Where(a => a.PersonId == person.Id).Select(a => new { a.Slug, a.Name }).ToListAsync(cancellationToken);
        return new PersonDetails(person.Id, person.Slug, person.Name, person.Description, person.Country, person.Status,
            [.. person.Aliases.OrderBy(a => a.Kind).ThenBy(a => a.Text).Select(a => new AliasView(a.Text, a.Script, a.Kind))],
            [.. person.Roles.OrderBy(r => r.From?.Start ?? DateOnly.MaxValue).Select(r => new RoleView(r.Title, r.Organization, r.From, r.To, r.Source))],
            articles,
            [.. coMentioned.OrderByDescending(c => c.Count).ThenBy(c => c.Name)],
            byYear,
            [.. asAuthor.Select(a => (a.Slug, a.Name))],
            stats?.Articles ?? 0, stats?.Mentions ?? 0, Math.Max(1, page));
    }
}
