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
    IReadOnlyList<CoMention> CoMentioned, IReadOnlyList<YearCount> MentionsByYear, IReadOnlyList<(string Slug, string Name)> AsAuthor);

/// <summary>The people index and a person's page, as both the pages and the API read them.</summary>
public static class PeopleReads
{
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
        var projected = people.Select(p => new
        {
            p.Slug,
            p.Name,
            p.Country,
            p.Status,
            Aliases = p.Aliases.OrderBy(a => a.Id).Select(a => a.Text).ToList(),
            Articles = p.Mentions.Select(m => m.ArticleId).Distinct().Count(),
            Mentions = p.Mentions.Count,
        });
        projected = sort == "name" ? projected.OrderBy(p => p.Name) : projected.OrderByDescending(p => p.Mentions).ThenBy(p => p.Name);
        var items = await projected.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (total, [.. items.Select(p => new PersonSummary(p.Slug, p.Name, p.Country, p.Status, p.Aliases, p.Articles, p.Mentions))]);
    }

    public static async Task<IReadOnlyList<string>> CountriesAsync(ArchiveDb db, CancellationToken cancellationToken) =>
        await db.People.Where(p => p.Country != null && p.Status != PersonStatus.Rejected).Select(p => p.Country!).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);

    public static async Task<PersonDetails?> DetailsAsync(ArchiveDb db, string slug, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().AsSplitQuery().Include(p => p.Aliases).Include(p => p.Roles)
            .FirstOrDefaultAsync(p => p.Slug == slug && p.Status != PersonStatus.Rejected, cancellationToken);
        if (person is null)
        {
            return null;
        }
        var mentions = await db.Mentions.AsNoTracking().Where(m => m.PersonId == person.Id)
            .Select(m => new { m.ArticleId, m.Article!.Slug, m.Article.Title, m.Article.Published, Paragraph = m.Paragraph!.Number, m.Paragraph.Text, m.Surface, m.Offset, m.Length })
            .ToListAsync(cancellationToken);
        var articles = mentions.GroupBy(m => m.ArticleId)
            .Select(g => new MentionedArticle(g.First().Slug, g.First().Title, g.First().Published,
                [.. g.OrderBy(m => m.Paragraph).ThenBy(m => m.Offset).Select(m => new MentionView(m.Paragraph, m.Surface, m.Offset, m.Length, m.Text))]))
            .OrderBy(a => a.Published?.Start ?? DateOnly.MaxValue).ThenBy(a => a.Title)
            .ToList();
        var articleIds = mentions.Select(m => m.ArticleId).Distinct().ToList();
        var coMentioned = await db.Mentions.AsNoTracking().Where(m => articleIds.Contains(m.ArticleId) && m.PersonId != person.Id && m.Person!.Status != PersonStatus.Rejected)
            .Select(m => new { m.ArticleId, m.Person!.Slug, m.Person.Name }).Distinct()
            .GroupBy(m => new { m.Slug, m.Name }).Select(g => new CoMention(g.Key.Slug, g.Key.Name, g.Count()))
            .ToListAsync(cancellationToken);
        var byYear = mentions.Where(m => m.Published is not null).GroupBy(m => m.Published!.Start.Year)
            .Select(g => new YearCount(g.Key, g.Count())).OrderBy(y => y.Year).ToList();
        var asAuthor = await db.Authors.AsNoTracking().Where(a => a.PersonId == person.Id).Select(a => new { a.Slug, a.Name }).ToListAsync(cancellationToken);
        return new PersonDetails(person.Id, person.Slug, person.Name, person.Description, person.Country, person.Status,
            [.. person.Aliases.OrderBy(a => a.Kind).ThenBy(a => a.Text).Select(a => new AliasView(a.Text, a.Script, a.Kind))],
            [.. person.Roles.OrderBy(r => r.From?.Start ?? DateOnly.MaxValue).Select(r => new RoleView(r.Title, r.Organization, r.From, r.To, r.Source))],
            articles,
            [.. coMentioned.OrderByDescending(c => c.Count).ThenBy(c => c.Name)],
            byYear,
            [.. asAuthor.Select(a => (a.Slug, a.Name))]);
    }
}
