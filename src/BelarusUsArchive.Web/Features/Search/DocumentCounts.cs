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
/// only the order of near ties can change. A common word costs its count once (about 0.25 s for a word in 1.6 million
/// paragraphs at 100,000 articles) instead of in every search.
/// </summary>
internal static class DocumentCounts
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);
    private const int MostKept = 50_000;

    private static readonly ConcurrentDictionary<(string Store, string Table, long Highest, string Phrase), (long Count, DateTime At)> Kept = new();

    /// <summary>The phrases of the MATCH expression <see cref="SearchQuery.ToFts5"/> makes, in the order FTS5 numbers them.</summary>
    public static IReadOnlyList<string> Phrases(SearchQuery query) =>
        [.. query.Required.SelectMany(c => c.Alternatives).Select(t => t.ToFts5())];

    /// <summary>Each phrase's count of matching rows in <paramref name="table"/>, whose content table's highest id is <paramref name="highest"/>.</summary>
    public static async Task<long[]> InAsync(ArchiveDb db, string table, long highest, IReadOnlyList<string> phrases, CancellationToken cancellationToken)
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
                $"SELECT {i} AS \"Index\", (SELECT count(*) FROM \"{table}\" WHERE \"{table}\" MATCH {{{i}}}) AS \"Count\""));
            var counted = await db.Database.SqlQueryRaw<Counted>(sql, [.. missing]).ToListAsync(cancellationToken);
#pragma warning restore EF1002
            if (Kept.Count >= MostKept)
            {
                Kept.Clear();
            }
            foreach (var c in counted)
            {
                known[missing[c.Index]] = c.Count;
                Kept[(store, table, highest, missing[c.Index])] = (c.Count, DateTime.UtcNow);
            }
        }
        return [.. phrases.Select(p => known[p])];
    }

    private sealed record Counted(int Index, long Count);
}
