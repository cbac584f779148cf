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
    /// weighed with every person it shares, and the rarity comes from PersonStats. The store does the weighing in one
    /// statement and returns one weight per candidate: at 100,000 articles a list has thousands of candidates, and
    /// reading their shared mentions row by row cost ~40 ms of CPU per list. Weights are rounded to 9 decimals so the
    /// order of the store's additions cannot make A's weight against B differ from B's against A.
    /// </summary>
    private static async Task AddPeopleAsync(ArchiveDb db, int articleId, Dictionary<int, RelatedScore> scores, CancellationToken cancellationToken)
    {
        var total = await db.ArticleYearCounts.SumAsync(y => y.Articles, cancellationToken);
        var weights = await db.Database.SqlQueryRaw<CandidateWeight>(Weights, articleId, (double)total, CandidatesPerPerson).ToListAsync(cancellationToken);
        foreach (var candidate in weights)
        {
            Entry(scores, candidate.ArticleId).Weight += Math.Round(candidate.Weight, 9);
        }
    }

    /// <summary>
    /// Fills in the people each of <paramref name="ids"/> shares with the article (only the lists being written need
    /// them), in ascending order of person id.
    /// </summary>
    public static async Task AddSharedPeopleAsync(ArchiveDb db, int articleId, Dictionary<int, RelatedScore> scores, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }
        var wanted = ids.ToArray();
        var mine = db.PersonArticles.Where(m => m.ArticleId == articleId).Select(m => m.PersonId);
        var shared = await db.PersonArticles.AsNoTracking().Where(x => EF.Parameter(wanted).Contains(x.ArticleId) && mine.Contains(x.PersonId))
            .OrderBy(x => x.ArticleId).ThenBy(x => x.PersonId).Select(x => new { x.ArticleId, x.PersonId }).ToListAsync(cancellationToken);
        foreach (var pair in shared)
        {
            if (scores.TryGetValue(pair.ArticleId, out var score) && !score.People.Contains(pair.PersonId))
            {
                score.People.Add(pair.PersonId);
            }
        }
    }

    private sealed record CandidateWeight(int ArticleId, double Weight);

    // {0} the article, {1} the number of articles (for rarity), {2} candidates per person. A person's candidates are the
    // articles from their newest-but-N-1st on, a range of the key (PersonId, ArticleId): a LIMIT inside IN or LATERAL
    // made SQLite scan every mention in the store. CASE rather than min/max (SQLite) or least/greatest (PostgreSQL), so
    // one text serves both.
    private const string Weights = """
        WITH "mine" AS (
            SELECT m."PersonId", m."Mentions",
                   ln(1.0 + {1} / CASE WHEN coalesce(s."Articles", 0) > 1 THEN s."Articles" ELSE 1 END) AS "Rarity"
            FROM "PersonArticles" AS m LEFT JOIN "PersonStats" AS s ON s."PersonId" = m."PersonId"
            WHERE m."ArticleId" = {0}),
        "candidates" AS (
            SELECT DISTINCT z."ArticleId" FROM "mine" AS m JOIN "PersonArticles" AS z ON z."PersonId" = m."PersonId"
            WHERE z."ArticleId" <> {0} AND z."ArticleId" >= coalesce((SELECT w."ArticleId" FROM "PersonArticles" AS w
                WHERE w."PersonId" = m."PersonId" AND w."ArticleId" <> {0} ORDER BY w."ArticleId" DESC LIMIT 1 OFFSET {2} - 1), 0))
        SELECT o."ArticleId" AS "ArticleId",
               sum(CASE WHEN m."Mentions" < o."Mentions" THEN m."Mentions" ELSE o."Mentions" END * m."Rarity") AS "Weight"
        FROM "mine" AS m JOIN "PersonArticles" AS o ON o."PersonId" = m."PersonId"
        WHERE o."ArticleId" IN (SELECT "ArticleId" FROM "candidates")
        GROUP BY o."ArticleId"
        """;

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
