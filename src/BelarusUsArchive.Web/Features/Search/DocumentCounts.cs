using System.Collections.Concurrent;
using BelarusUsArchive.Text.Search;
using BelarusUsArchive.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>
/// How many rows of an FTS5 table each phrase of a query matches, which bm25's idf needs (<see cref="KeptBm25"/>). Counted
/// with <c>count(*)</c> on the phrase's MATCH and kept in memory per store, table and phrase, for an hour and as long as
/// the table's highest row id is unchanged: an import or an edit adds rows with new ids, so the counts are taken again
/// after one. A deletion alone can leave a count high for up to the hour; the idf then drifts by a few per cent, and
/// only the order of near ties can change.
/// <para>
/// A count reads at most <see cref="MostCounted"/> matches (oldest first, FTS5's own order); a phrase that matches more is
/// estimated from how far into the table's ids its last counted match lies (the matches' density so far, times the
/// table). Counting every match cost a pass over the whole doclist (35 ms of CPU for a word in 1.6 million paragraphs at
/// 100,000 articles, idle; fifteen one-letter words ORed ran past the 3 s budget, so they were counted again by every such
/// search); a bounded count costs at most that many entries. The estimate only touches phrases in more than one row in
/// 200 of a table of 2 million, where bm25's idf is small and flat (a phrase in 1 % of rows against 2 %: idf 4.6 against
/// 3.9), so relevance moves little; phrases under the bound are counted exactly, as before.
/// </para>
/// </summary>
internal static class DocumentCounts
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);
    private const int MostKept = 50_000;

    /// <summary>The most matches one count reads; beyond it the count is estimated.</summary>
    public const int MostCounted = 10_000;

    private static readonly ConcurrentDictionary<(string Store, string Table, long Highest, string Phrase), (long Count, DateTime At)> Kept = new();

    /// <summary>The phrases of the MATCH expression <see cref="SearchQuery.ToFts5"/> makes, in the order FTS5 numbers them.</summary>
    public static IReadOnlyList<string> Phrases(SearchQuery query) =>
        [.. query.Required.SelectMany(c => c.Alternatives).Select(t => t.ToFts5())];

    /// <summary>
    /// Each phrase's count of matching rows in <paramref name="table"/>, whose content table's ids run from
    /// <paramref name="lowest"/> to <paramref name="highest"/>: exact up to <see cref="MostCounted"/>, estimated beyond.
    /// </summary>
    public static async Task<long[]> InAsync(ArchiveDb db, string table, long lowest, long highest, IReadOnlyList<string> phrases, CancellationToken cancellationToken)
    {
        var store = db.Database.GetDbConnection().DataSource;
        var known = new Dictionary<string, long>();
        foreach (var phrase in phrases.Distinct())
        {
            if (Kept.TryGetValue((store, table, highest, phrase), out var kept) && DateTime.UtcNow - kept.At < KeptFor)
            {
                known[phrase] = kept.Count;
            }
        }
        var missing = phrases.Distinct().Where(p => !known.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            // One statement for all of them: a query may name the same word many times and up to 16 terms.
#pragma warning disable EF1002 // the table name is one of the index's own, never the reader's; the phrases are parameters
            var sql = string.Join(" UNION ALL ", missing.Select((_, i) =>
                $"SELECT {i} AS \"Index\", count(*) AS \"Count\", coalesce(max(\"Row\"), 0) AS \"Last\" FROM (SELECT rowid AS \"Row\" FROM \"{table}\" WHERE \"{table}\" MATCH {{{i}}} LIMIT {MostCounted})"));
            var counted = await db.Database.SqlQueryRaw<Counted>(sql, [.. missing]).ToListAsync(cancellationToken);
#pragma warning restore EF1002
            if (Kept.Count >= MostKept)
            {
                Kept.Clear();
            }
            foreach (var c in counted)
            {
                var count = Estimate(c.Count, c.Last, lowest, highest);
                known[missing[c.Index]] = count;
                Kept[(store, table, highest, missing[c.Index])] = (count, DateTime.UtcNow);
            }
        }
        return [.. phrases.Select(p => known[p])];
    }

    /// <summary>
    /// The count itself when under the bound; otherwise the matches counted, scaled by the share of the table's ids
    /// they were found in (ids ascend in the order rows were written, so the share is of the rows so far).
    /// </summary>
    public static long Estimate(long counted, long last, long lowest, long highest)
    {
        if (counted < MostCounted || last < lowest || highest <= last)
        {
            return counted;
        }
        var span = (double)(highest - lowest + 1);
        var share = (last - lowest + 1) / span;
        return (long)Math.Min(span, Math.Round(counted / share));
    }

    private sealed record Counted(int Index, long Count, long Last);
}
