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
    /// From this many marked lists on, a round reads the whole store's people and events once (<see cref="RelatedIndex.AllAsync"/>)
    /// and weighs every list from memory; below it, each list reads only what it needs.
    /// </summary>
    public const int WholeStoreFrom = 200;

    /// <summary>
    /// Computes the lists of every stale article, <paramref name="batch"/> to a transaction; how many it computed. One
    /// process weighs at a time (on PostgreSQL an advisory lock across nodes; SQLite's writer lock does it there): two
    /// weighing one list at once would both write its rows. The marks are read once a round, and a round is repeated
    /// while any are left (a list marked again meanwhile, by an edit, is weighed again from the store as it is then).
    /// </summary>
    public static async Task<int> RefreshStaleAsync(ArchiveDb db, int batch, ILogger logger, CancellationToken cancellationToken, int wholeStoreFrom = WholeStoreFrom)
    {
        await using var weighing = await StoreLock.AcquireAsync(db, StoreLock.RelatedReading, logger, cancellationToken);
        var done = 0;
        while (true)
        {
            var stale = await db.RelatedStale.AsNoTracking().OrderBy(s => s.ArticleId).Select(s => s.ArticleId).ToListAsync(cancellationToken);
            if (stale.Count == 0)
            {
                return done;
            }
            var round = stale.Count >= wholeStoreFrom ? await Round.ReadAsync(db, stale, cancellationToken) : null;
            foreach (var ids in stale.Chunk(batch))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var id in ids)
                {
                    await RefreshAsync(db, id, round, cancellationToken);
                }
                await db.RelatedStale.Where(s => ids.Contains(s.ArticleId)).ExecuteDeleteAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                round?.Stale.ExceptWith(ids);
                done += ids.Length;
            }
        }
    }

    /// <summary>
    /// What a round of many lists holds in memory: the whole store's weighing inputs, the marks not yet computed, and
    /// each kept list's last entry (kept up to date as the round rewrites lists), so an article's thousands of
    /// candidates cost no statement.
    /// </summary>
    private sealed class Round(RelatedIndex index, HashSet<int> stale, Dictionary<int, (int RelatedId, double Weight)> last)
    {
        public RelatedIndex Index { get; } = index;
        public HashSet<int> Stale { get; } = stale;
        public Dictionary<int, (int RelatedId, double Weight)> Last { get; } = last;

        public static async Task<Round> ReadAsync(ArchiveDb db, List<int> stale, CancellationToken cancellationToken) => new(
            await RelatedIndex.AllAsync(db, cancellationToken), [.. stale],
            await db.RelatedReadings.AsNoTracking().Where(r => r.Rank == RelatedScores.Size - 1)
                .ToDictionaryAsync(r => r.ArticleId, r => (r.RelatedId, r.Weight), cancellationToken));

        public void Written(int articleId, IReadOnlyList<RelatedReadingEntry> list)
        {
            if (list.Count == RelatedScores.Size)
            {
                Last[articleId] = (list[^1].RelatedId, list[^1].Weight);
            }
            else
            {
                Last.Remove(articleId);
            }
        }
    }

    /// <summary>
    /// Computes one article's list and offers the article to its candidates' lists: from the round's memory, or reading
    /// only what this list needs.
    /// </summary>
    private static async Task RefreshAsync(ArchiveDb db, int articleId, Round? round, CancellationToken cancellationToken)
    {
        await db.RelatedReadings.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        round?.Last.Remove(articleId);
        if (!await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
        {
            return;
        }
        var index = round?.Index ?? await RelatedIndex.AroundAsync(db, articleId, cancellationToken);
        var scores = RelatedScores.For(index, articleId);
        var top = RelatedScores.Ranked(scores).Take(RelatedScores.Size).Select(s => s.Key).ToList();
        var offers = await OffersAsync(db, articleId, scores, round, cancellationToken);
        RelatedScores.AddSharedPeople(index, articleId, scores, top.Union(offers.Select(o => o.Key)));
        var own = top.Select((id, rank) => Entry(articleId, rank, id, scores[id])).ToList();
        db.RelatedReadings.AddRange(own);
        var rewritten = offers.Select(o => Offer(articleId, o.Key, o.Value, scores[o.Key])).OfType<List<RelatedReadingEntry>>().ToList();
        var changed = rewritten.Select(list => list[0].ArticleId).ToArray();
        await db.RelatedReadings.Where(r => EF.Parameter(changed).Contains(r.ArticleId)).ExecuteDeleteAsync(cancellationToken);
        db.RelatedReadings.AddRange(rewritten.SelectMany(list => list));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        round?.Written(articleId, own);
        rewritten.ForEach(list => round?.Written(list[0].ArticleId, list));
    }

    /// <summary>
    /// The kept lists the article may change: those that name it already and those whose last entry it outranks (or that
    /// have room). A candidate still marked stale is left to its own computation. Read by each list's last entry, so the
    /// thousands of candidates a list has at 100,000 articles cost one index lookup each (none in a round's memory).
    /// </summary>
    private static async Task<Dictionary<int, List<RelatedReadingEntry>>> OffersAsync(ArchiveDb db, int articleId, Dictionary<int, RelatedScore> scores, Round? round, CancellationToken cancellationToken)
    {
        var candidateIds = scores.Keys.ToArray();
        var stale = round?.Stale ?? (await db.RelatedStale.AsNoTracking().Where(s => EF.Parameter(candidateIds).Contains(s.ArticleId)).Select(s => s.ArticleId)
            .ToListAsync(cancellationToken)).ToHashSet();
        var last = round?.Last ?? await db.RelatedReadings.AsNoTracking().Where(r => r.Rank == RelatedScores.Size - 1 && EF.Parameter(candidateIds).Contains(r.ArticleId))
            .ToDictionaryAsync(r => r.ArticleId, r => (r.RelatedId, r.Weight), cancellationToken);
        var naming = await db.RelatedReadings.AsNoTracking().Where(r => r.RelatedId == articleId).Select(r => r.ArticleId).ToListAsync(cancellationToken);
        var open = scores.Where(s => !stale.Contains(s.Key) && (naming.Contains(s.Key) || !last.TryGetValue(s.Key, out var end)
            || s.Value.Weight > end.Weight || (s.Value.Weight == end.Weight && articleId < end.RelatedId))).Select(s => s.Key).ToArray();
        var lists = (await db.RelatedReadings.AsNoTracking().Where(r => EF.Parameter(open).Contains(r.ArticleId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.ArticleId);
        return open.ToDictionary(id => id, id => lists[id].ToList());
    }

    /// <summary>
    /// Puts the article into the candidate's kept list where it now ranks among the first <see cref="RelatedScores.Size"/>
    /// (or moves it, when the list already names it): the candidate's new list, or null when it stays as it is.
    /// </summary>
    private static List<RelatedReadingEntry>? Offer(int articleId, int candidate, List<RelatedReadingEntry> kept, RelatedScore score)
    {
        // The weighing is symmetric: the candidate scores the article as the article scores it.
        var mine = new KeyValuePair<int, RelatedScore>(articleId, score);
        var ranked = RelatedScores.Ranked(kept.Where(r => r.RelatedId != articleId).Select(Score).Append(mine)).Take(RelatedScores.Size).ToList();
        if (ranked.Select(r => r.Key).SequenceEqual(kept.OrderBy(r => r.Rank).Select(r => r.RelatedId)) && !kept.Any(r => r.RelatedId == articleId && r.Weight != score.Weight))
        {
            return null;
        }
        return [.. ranked.Select((s, rank) => Entry(candidate, rank, s.Key, s.Value))];
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
