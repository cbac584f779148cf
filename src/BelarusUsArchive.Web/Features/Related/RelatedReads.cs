using System.Text.Json;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Related;

public sealed record RelatedArticle(string Slug, string Title, ArchiveDate? Published, double Weight, IReadOnlyList<string> SharedPeople, IReadOnlyList<string> SharedEvents);

public sealed record Neighbour(string Slug, string Title, ArchiveDate? Published);

public sealed record RelatedReading(IReadOnlyList<RelatedArticle> Related, Neighbour? Earlier, Neighbour? Later);

/// <summary>
/// Articles to read next: the article's kept list (<see cref="RelatedLists"/>), or, while its people or events have
/// changed since the list was computed, the list weighed now (<see cref="RelatedScores"/>), so an edit shows at once.
/// Earlier and later are the neighbours by publication date.
/// </summary>
public static class RelatedReads
{
    public static async Task<RelatedReading> ForAsync(ArchiveDb db, int articleId, CancellationToken cancellationToken)
    {
        var current = !await db.RelatedStale.AnyAsync(s => s.ArticleId == articleId, cancellationToken);
        var ranked = current
            ? [.. (await db.RelatedReadings.AsNoTracking().Where(r => r.ArticleId == articleId).OrderBy(r => r.Rank).ToListAsync(cancellationToken))
                .Select(r => (r.RelatedId, r.Weight, People: Ids(r.SharedPeople), Events: Ids(r.SharedEvents)))]
            : await WeighedNowAsync(db, articleId, cancellationToken);
        var related = await NamedAsync(db, ranked, cancellationToken);
        var (earlier, later) = await NeighboursAsync(db, articleId, cancellationToken);
        return new RelatedReading(related, earlier, later);
    }

    private static async Task<List<(int RelatedId, double Weight, IReadOnlyList<int> People, IReadOnlyList<int> Events)>> WeighedNowAsync(ArchiveDb db, int articleId, CancellationToken cancellationToken)
    {
        var index = await RelatedIndex.AroundAsync(db, articleId, cancellationToken);
        var scores = RelatedScores.For(index, articleId);
        var top = RelatedScores.Ranked(scores).Take(RelatedScores.Size).ToList();
        RelatedScores.AddSharedPeople(index, articleId, scores, top.Select(s => s.Key));
        return [.. top.Select(s => (s.Key, s.Value.Weight, (IReadOnlyList<int>)s.Value.People, (IReadOnlyList<int>)s.Value.Events))];
    }

    private static int[] Ids(string json) => JsonSerializer.Deserialize<int[]>(json) ?? [];

    /// <summary>The listed articles with their titles and the names of what they share, in one statement each.</summary>
    private static async Task<List<RelatedArticle>> NamedAsync(ArchiveDb db, List<(int RelatedId, double Weight, IReadOnlyList<int> People, IReadOnlyList<int> Events)> ranked, CancellationToken cancellationToken)
    {
        if (ranked.Count == 0)
        {
            return [];
        }
        var ids = ranked.Select(r => r.RelatedId).ToArray();
        var peopleIds = ranked.SelectMany(r => r.People).Distinct().ToArray();
        var eventIds = ranked.SelectMany(r => r.Events).Distinct().ToArray();
        var articles = await db.Articles.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Title, a.Published }).ToDictionaryAsync(a => a.Id, cancellationToken);
        var people = peopleIds.Length == 0 ? [] : await db.People.AsNoTracking().Where(p => EF.Parameter(peopleIds).Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var events = eventIds.Length == 0 ? [] : await db.Events.AsNoTracking().Where(e => EF.Parameter(eventIds).Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Title, cancellationToken);
        return [.. ranked.Where(r => articles.ContainsKey(r.RelatedId)).Select(r => new RelatedArticle(
            articles[r.RelatedId].Slug, articles[r.RelatedId].Title, articles[r.RelatedId].Published, r.Weight,
            [.. r.People.Where(people.ContainsKey).Select(id => people[id])], [.. r.Events.Where(events.ContainsKey).Select(id => events[id])]))];
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
