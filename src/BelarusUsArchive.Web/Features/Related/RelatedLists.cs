using System.Text.Json;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Related;

/// <summary>
/// Keeps every article's related-reading list (RelatedReadings), so an article page reads five rows. The store's
/// triggers mark an article stale when its people or event sources change (an import, a merge, a rejected event) and
/// the lists that named an article losing them; <see cref="RefreshStaleAsync"/> computes the marked lists again, at the
/// end of every import and in the background of the web process (<see cref="RelatedListsWorker"/>). A newly computed
/// article is also offered to the lists of its candidates: the weight is symmetric, so it enters every list it outranks
/// and older articles learn of newer ones without being computed again.
/// </summary>
public static class RelatedLists
{
    /// <summary>
    /// Computes the lists of every stale article, <paramref name="batch"/> to a transaction; how many it computed. One
    /// process weighs at a time (on PostgreSQL an advisory lock across nodes; SQLite's writer lock does it there): two
    /// weighing one list at once would both write its rows.
    /// </summary>
    public static async Task<int> RefreshStaleAsync(ArchiveDb db, int batch, ILogger logger, CancellationToken cancellationToken)
    {
        await using var weighing = await StoreLock.AcquireAsync(db, StoreLock.RelatedReading, logger, cancellationToken);
        var done = 0;
        while (true)
        {
            var ids = await db.RelatedStale.AsNoTracking().OrderBy(s => s.ArticleId).Select(s => s.ArticleId).Take(batch).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return done;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var id in ids)
            {
                await RefreshAsync(db, id, cancellationToken);
            }
            await db.RelatedStale.Where(s => ids.Contains(s.ArticleId)).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            done += ids.Count;
        }
    }

    /// <summary>Computes one article's list and offers the article to its candidates' lists.</summary>
    public static async Task RefreshAsync(ArchiveDb db, int articleId, CancellationToken cancellationToken)
    {
        await db.RelatedReadings.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        if (!await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
        {
            return;
        }
        var scores = await RelatedScores.ForAsync(db, articleId, cancellationToken);
        db.RelatedReadings.AddRange(RelatedScores.Ranked(scores).Take(RelatedScores.Size).Select((s, rank) => Entry(articleId, rank, s.Key, s.Value)));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await OfferAsync(db, articleId, scores, cancellationToken);
    }

    /// <summary>
    /// Puts the article into each candidate's kept list where it now ranks among the first <see cref="RelatedScores.Size"/>
    /// (or moves it, when the list already names it). A candidate still marked stale is left to its own computation.
    /// </summary>
    private static async Task OfferAsync(ArchiveDb db, int articleId, Dictionary<int, RelatedScore> scores, CancellationToken cancellationToken)
    {
        var candidateIds = scores.Keys.ToArray();
        var stale = (await db.RelatedStale.AsNoTracking().Where(s => EF.Parameter(candidateIds).Contains(s.ArticleId)).Select(s => s.ArticleId)
            .ToListAsync(cancellationToken)).ToHashSet();
        var lists = (await db.RelatedReadings.AsNoTracking().Where(r => EF.Parameter(candidateIds).Contains(r.ArticleId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.ArticleId);
        foreach (var (candidate, score) in scores)
        {
            if (stale.Contains(candidate))
            {
                continue;
            }
            var kept = lists[candidate].ToList();
            // The weighing is symmetric: the candidate scores the article as the article scores it.
            var mine = new KeyValuePair<int, RelatedScore>(articleId, score);
            var ranked = RelatedScores.Ranked(kept.Where(r => r.RelatedId != articleId).Select(Score).Append(mine)).Take(RelatedScores.Size).ToList();
            if (ranked.Select(r => r.Key).SequenceEqual(kept.OrderBy(r => r.Rank).Select(r => r.RelatedId)) && !kept.Any(r => r.RelatedId == articleId && r.Weight != score.Weight))
            {
                continue;
            }
            await db.RelatedReadings.Where(r => r.ArticleId == candidate).ExecuteDeleteAsync(cancellationToken);
            db.RelatedReadings.AddRange(ranked.Select((s, rank) => Entry(candidate, rank, s.Key, s.Value)));
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static KeyValuePair<int, RelatedScore> Score(RelatedReadingEntry entry)
    {
        var score = new RelatedScore { Weight = entry.Weight };
        score.People.AddRange(JsonSerializer.Deserialize<int[]>(entry.SharedPeople) ?? []);
        score.Events.AddRange(JsonSerializer.Deserialize<int[]>(entry.SharedEvents) ?? []);
        return new(entry.RelatedId, score);
    }

    private static RelatedReadingEntry Entry(int articleId, int rank, int relatedId, RelatedScore score) => new()
    {
        ArticleId = articleId,
        Rank = rank,
        RelatedId = relatedId,
        Weight = score.Weight,
        SharedPeople = JsonSerializer.Serialize(score.People),
        SharedEvents = JsonSerializer.Serialize(score.Events),
    };
}
