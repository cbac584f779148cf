using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Related;

public sealed record RelatedArticle(string Slug, string Title, ArchiveDate? Published, double Weight, IReadOnlyList<string> SharedPeople, IReadOnlyList<string> SharedEvents);

public sealed record Neighbour(string Slug, string Title, ArchiveDate? Published);

public sealed record RelatedReading(IReadOnlyList<RelatedArticle> Related, Neighbour? Earlier, Neighbour? Later);

/// <summary>
/// Articles to read next. A shared person weighs the fewer of the two articles' mentions of them, times how rare
/// the person is in the archive (ln(1 + articles / articles naming them)), so a president named everywhere counts for
/// little and a deputy minister named in two pieces for much; a shared event (not rejected) weighs
/// <see cref="EventWeight"/>. Earlier and later are the neighbours by publication date.
/// </summary>
public static class RelatedReads
{
    public const int Size = 5;
    public const double EventWeight = 3.0;
    public const int CandidatesPerPerson = 300;

    public static async Task<RelatedReading> ForAsync(ArchiveDb db, int articleId, CancellationToken cancellationToken)
    {
        var scores = new Dictionary<int, (double Weight, List<string> People, List<string> Events)>();
        await AddPeopleAsync(db, articleId, scores, cancellationToken);
        await AddEventsAsync(db, articleId, scores, cancellationToken);
        var top = scores.OrderByDescending(s => s.Value.Weight).ThenBy(s => s.Key).Take(Size).ToList();
        var ids = top.Select(t => t.Key).ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Title, a.Published }).ToDictionaryAsync(a => a.Id, cancellationToken);
        var related = top.Where(t => articles.ContainsKey(t.Key)).Select(t => new RelatedArticle(
            articles[t.Key].Slug, articles[t.Key].Title, articles[t.Key].Published, t.Value.Weight, t.Value.People, t.Value.Events)).ToList();
        var (earlier, later) = await NeighboursAsync(db, articleId, cancellationToken);
        return new RelatedReading(related, earlier, later);
    }

    /// <summary>
    /// Candidates are, per person of the article, the <see cref="CandidatesPerPerson"/> newest other articles naming
    /// them (all of them for anyone named in fewer), read off the trigger-kept PersonArticles; each candidate is then
    /// weighed with every person it shares. The rarity comes from PersonStats, not from a count over the mentions.
    /// </summary>
    private static async Task AddPeopleAsync(ArchiveDb db, int articleId, Dictionary<int, (double, List<string>, List<string>)> scores, CancellationToken cancellationToken)
    {
        var mine = await db.PersonArticles.AsNoTracking().Where(x => x.ArticleId == articleId)
            .Join(db.People, x => x.PersonId, p => p.Id, (x, p) => new { x.PersonId, p.Name, Count = x.Mentions, Named = db.PersonStats.Where(s => s.PersonId == x.PersonId).Select(s => s.Articles).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        if (mine.Count == 0)
        {
            return;
        }
        var personIds = mine.Select(m => m.PersonId).ToList();
        var total = await db.ArticleYearCounts.SumAsync(y => y.Articles, cancellationToken);
        var candidates = new HashSet<int>();
        foreach (var id in personIds)
        {
            candidates.UnionWith(await db.PersonArticles.Where(x => x.PersonId == id && x.ArticleId != articleId)
                .OrderByDescending(x => x.ArticleId).Take(CandidatesPerPerson).Select(x => x.ArticleId).ToListAsync(cancellationToken));
        }
        // Thousands of candidates go as one JSON parameter (EF.Parameter): as one parameter each, every article's count of
        // them made a new statement for EF to translate and SQLite to prepare (about 100 ms of CPU per article page).
        var candidateIds = candidates.ToArray();
        var theirs = await db.PersonArticles.AsNoTracking().Where(x => EF.Parameter(personIds).Contains(x.PersonId) && EF.Parameter(candidateIds).Contains(x.ArticleId))
            .Select(x => new { x.ArticleId, x.PersonId, Count = x.Mentions }).ToListAsync(cancellationToken);
        foreach (var person in mine)
        {
            var rarity = Math.Log(1 + (double)total / Math.Max(1, person.Named));
            foreach (var other in theirs.Where(t => t.PersonId == person.PersonId))
            {
                var entry = scores.GetValueOrDefault(other.ArticleId, (0, [], []));
                entry.Item1 += Math.Min(person.Count, other.Count) * rarity;
                entry.Item2.Add(person.Name);
                scores[other.ArticleId] = entry;
            }
        }
    }

    private static async Task AddEventsAsync(ArchiveDb db, int articleId, Dictionary<int, (double, List<string>, List<string>)> scores, CancellationToken cancellationToken)
    {
        var events = db.EventSources.Where(s => s.ArticleId == articleId && s.Event!.Status != EventStatus.Rejected).Select(s => s.EventId);
        var shared = await db.EventSources.AsNoTracking().Where(s => events.Contains(s.EventId) && s.ArticleId != articleId)
            .Select(s => new { s.ArticleId, s.EventId, s.Event!.Title }).Distinct()
            .ToListAsync(cancellationToken);
        foreach (var e in shared)
        {
            var entry = scores.GetValueOrDefault(e.ArticleId, (0, [], []));
            entry.Item1 += EventWeight;
            entry.Item3.Add(e.Title);
            scores[e.ArticleId] = entry;
        }
    }

    private static async Task<(Neighbour? Earlier, Neighbour? Later)> NeighboursAsync(ArchiveDb db, int articleId, CancellationToken cancellationToken)
    {
        var start = await db.Articles.Where(a => a.Id == articleId && a.Published != null).Select(a => (DateOnly?)a.Published!.Start).FirstOrDefaultAsync(cancellationToken);
        if (start is not { } day)
        {
            return (null, null);
        }
        var dated = db.Articles.AsNoTracking().Where(a => a.Published != null && a.Id != articleId);
        var earlier = await dated.Where(a => a.Published!.Start < day || (a.Published.Start == day && a.Id < articleId))
            .OrderByDescending(a => a.Published!.Start).ThenByDescending(a => a.Id)
            .Select(a => new Neighbour(a.Slug, a.Title, a.Published)).FirstOrDefaultAsync(cancellationToken);
        var later = await dated.Where(a => a.Published!.Start > day || (a.Published.Start == day && a.Id > articleId))
            .OrderBy(a => a.Published!.Start).ThenBy(a => a.Id)
            .Select(a => new Neighbour(a.Slug, a.Title, a.Published)).FirstOrDefaultAsync(cancellationToken);
        return (earlier, later);
    }
}
