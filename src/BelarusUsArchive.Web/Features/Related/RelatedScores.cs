using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Related;

/// <summary>How much another article has in common with one: its weight, the people and the events both share.</summary>
public sealed class RelatedScore
{
    public double Weight { get; set; }
    public List<int> People { get; } = [];
    public List<int> Events { get; } = [];
}

/// <summary>
/// The weighing of related reading. A shared person weighs the fewer of the two articles' mentions of them, times how
/// rare the person is in the archive (ln(1 + articles / articles naming them)), so a president named everywhere counts
/// for little and a deputy minister named in two pieces for much; a shared event (not rejected) weighs
/// <see cref="EventWeight"/>. The weight is symmetric: what article A scores against B, B scores against A.
/// </summary>
public static class RelatedScores
{
    public const int Size = 5;
    public const double EventWeight = 3.0;
    public const int CandidatesPerPerson = 300;

    /// <summary>Every candidate's score against the article, heaviest first when ordered by <see cref="Ranked"/>.</summary>
    public static async Task<Dictionary<int, RelatedScore>> ForAsync(ArchiveDb db, int articleId, CancellationToken cancellationToken)
    {
        var scores = new Dictionary<int, RelatedScore>();
        await AddPeopleAsync(db, articleId, scores, cancellationToken);
        await AddEventsAsync(db, articleId, scores, cancellationToken);
        return scores;
    }

    /// <summary>The order of a list: by weight, then by the older article first, so equal weights always rank alike.</summary>
    public static IEnumerable<KeyValuePair<int, RelatedScore>> Ranked(IEnumerable<KeyValuePair<int, RelatedScore>> scores) =>
        scores.OrderByDescending(s => s.Value.Weight).ThenBy(s => s.Key);

    /// <summary>
    /// Candidates are, per person of the article, the <see cref="CandidatesPerPerson"/> newest other articles naming
    /// them (all of them for anyone named in fewer), read off the trigger-kept PersonArticles; each candidate is then
    /// weighed with every person it shares. The rarity comes from PersonStats, not from a count over the mentions.
    /// </summary>
    private static async Task AddPeopleAsync(ArchiveDb db, int articleId, Dictionary<int, RelatedScore> scores, CancellationToken cancellationToken)
    {
        var mine = await db.PersonArticles.AsNoTracking().Where(x => x.ArticleId == articleId).OrderBy(x => x.PersonId)
            .Select(x => new { x.PersonId, Count = x.Mentions, Named = db.PersonStats.Where(s => s.PersonId == x.PersonId).Select(s => s.Articles).FirstOrDefault() })
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
        // them made a new statement for EF to translate and SQLite to prepare.
        var candidateIds = candidates.ToArray();
        var theirs = await db.PersonArticles.AsNoTracking().Where(x => EF.Parameter(personIds).Contains(x.PersonId) && EF.Parameter(candidateIds).Contains(x.ArticleId))
            .Select(x => new { x.ArticleId, x.PersonId, Count = x.Mentions }).ToListAsync(cancellationToken);
        foreach (var person in mine)
        {
            var rarity = Math.Log(1 + (double)total / Math.Max(1, person.Named));
            foreach (var other in theirs.Where(t => t.PersonId == person.PersonId))
            {
                var score = Entry(scores, other.ArticleId);
                score.Weight += Math.Min(person.Count, other.Count) * rarity;
                score.People.Add(person.PersonId);
            }
        }
    }

    private static async Task AddEventsAsync(ArchiveDb db, int articleId, Dictionary<int, RelatedScore> scores, CancellationToken cancellationToken)
    {
        var events = db.EventSources.Where(s => s.ArticleId == articleId && s.Event!.Status != EventStatus.Rejected).Select(s => s.EventId);
        var shared = await db.EventSources.AsNoTracking().Where(s => events.Contains(s.EventId) && s.ArticleId != articleId)
            .Select(s => new { s.ArticleId, s.EventId }).Distinct().OrderBy(s => s.EventId)
            .ToListAsync(cancellationToken);
        foreach (var e in shared)
        {
            var score = Entry(scores, e.ArticleId);
            score.Weight += EventWeight;
            score.Events.Add(e.EventId);
        }
    }

    private static RelatedScore Entry(Dictionary<int, RelatedScore> scores, int articleId)
    {
        if (!scores.TryGetValue(articleId, out var score))
        {
            scores[articleId] = score = new RelatedScore();
        }
        return score;
    }
}
