using System.Globalization;
using BelarusUsArchive.Text.Search;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>
/// Which of a page's paragraphs match, and their passages, read from a scratch FTS5 table that holds those
/// paragraphs alone (a TEMP table of the search's connection, emptied and refilled per call, with the archive's
/// tokenizer, so a match and its marks are the same as in the archive's index). Asking the archive's index
/// instead ("MATCH … AND rowid IN (…)") opens an FTS5 cursor per listed paragraph, and each cursor seeks every
/// term in every segment of a doclist that grows with the archive: at 100,000 articles 65 ms for one word and
/// 680 ms for a person's ten spellings over a page's 400 paragraphs, and a prefix is expanded anew per cursor
/// (about 10 s for "sanction*"). The scratch table costs about 4 ms for those 400 paragraphs, whatever the
/// archive's size. Most of a page's matching paragraphs are known without it, from the window the search ranked.
/// </summary>
public sealed partial class SqliteSearchIndex
{
    private const int SnippetTokens = 32;

    /// <summary>The archive's tokenizer (the Search migration's), so the scratch table tokenizes alike.</summary>
    private const string Tokenizer = "tokenize='porter unicode61 remove_diacritics 2'";

    private const string Scratch = "temp.\"PageParagraphsFts\"";

    /// <summary>
    /// The matching paragraphs the last window read (<see cref="RunBoundedAsync"/>): for its query, every paragraph whose id
    /// is at least <see cref="WindowFloor.Lowest"/> matches exactly when it is among them (FTS5 handed them over newest
    /// first, and the filters are on the article, which a page's paragraphs share), so only older ones need the scratch table.
    /// </summary>
    private WindowFloor? _window;

    /// <summary>The paragraphs the scratch table holds, once this search has filled it.</summary>
    private HashSet<int>? _scratch;

    private sealed record WindowFloor(string Match, long Lowest, HashSet<int> Matching);

    protected override async Task<List<int>> MatchingParagraphsAsync(SearchQuery query, IReadOnlyList<int> paragraphIds, CancellationToken cancellationToken)
    {
        var known = _window is { } w && w.Match == query.ToFts5() ? w : null;
        var older = known is null ? paragraphIds : [.. paragraphIds.Where(id => id < known.Lowest)];
        var found = known is null ? [] : paragraphIds.Where(id => id >= known.Lowest && known.Matching.Contains(id)).ToList();
        if (older.Count > 0)
        {
            await FillScratchAsync(older, cancellationToken);
            found.AddRange(await Db.Database.SqlQueryRaw<int>($"SELECT rowid AS \"Value\" FROM {Scratch} WHERE \"PageParagraphsFts\" MATCH {{0}}", query.ToFts5())
                .ToListAsync(cancellationToken));
        }
        return found;
    }

    protected override async Task<Dictionary<int, string>> MarkedAsync(SearchQuery query, IReadOnlyList<int> paragraphIds, (char Open, char Close) sentinels, CancellationToken cancellationToken)
    {
        // Usually the scratch table already holds these paragraphs (the page's matching ones were found in it): only the
        // rest are added, rather than all of them tokenized again, and the marks are asked of these alone.
        var holdsOthers = await AddToScratchAsync(paragraphIds, cancellationToken);
        var only = holdsOthers ? $" AND rowid IN ({string.Join(',', paragraphIds.Select(id => id.ToString(CultureInfo.InvariantCulture)))})" : "";
#pragma warning disable EF1002 // no reader input in this SQL but the parameter: a table name, two characters, integer ids
        var sql = $$"""
            SELECT rowid AS "Id", snippet("PageParagraphsFts", 0, char({{(int)sentinels.Open}}), char({{(int)sentinels.Close}}), '…', {{SnippetTokens}}) AS "Text"
            FROM {{Scratch}} WHERE "PageParagraphsFts" MATCH {0}{{only}}
            """;
#pragma warning restore EF1002
        return await Db.Database.SqlQueryRaw<SnippetRow>(sql, query.ToFts5()).ToDictionaryAsync(s => (int)s.Id, s => s.Text, cancellationToken);
    }

    /// <summary>
    /// The scratch table holding exactly the given paragraphs; the connection stays open so the next statement sees it. It
    /// is dropped and made anew: emptying an FTS5 table with DELETE tokenizes every row again to take it out of the index
    /// (13 ms for 400 paragraphs), dropping it costs nothing.
    /// </summary>
    private async Task FillScratchAsync(IReadOnlyList<int> paragraphIds, CancellationToken cancellationToken)
    {
        await Db.Database.OpenConnectionAsync(cancellationToken);
#pragma warning disable EF1002 // no reader input in this SQL: a table name and the tokenizer
        await Db.Database.ExecuteSqlRawAsync($"""
            DROP TABLE IF EXISTS {Scratch};
            CREATE VIRTUAL TABLE {Scratch} USING fts5("Text", {Tokenizer});
            """, cancellationToken);
#pragma warning restore EF1002
        _scratch = [];
        await InsertIntoScratchAsync([.. paragraphIds.Distinct()], cancellationToken);
    }

    /// <summary>Adds paragraphs the scratch table does not hold yet (an FTS5 insert tokenizes the new rows alone).</summary>
    private async Task InsertIntoScratchAsync(List<int> paragraphIds, CancellationToken cancellationToken)
    {
        if (paragraphIds.Count == 0)
        {
            return;
        }
        // Ids are integers from the database, so listing them in the SQL is safe.
        var list = string.Join(',', paragraphIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
#pragma warning disable EF1002 // no reader input in this SQL: a table name and integer ids
        await Db.Database.ExecuteSqlRawAsync($"""INSERT INTO {Scratch}(rowid, "Text") SELECT "Id", "Text" FROM "Paragraphs" WHERE "Id" IN ({list})""", cancellationToken);
#pragma warning restore EF1002
        _scratch!.UnionWith(paragraphIds);
    }

    /// <summary>
    /// Makes the scratch table hold the given paragraphs, adding only those it lacks when it was filled earlier in this
    /// search; whether it holds others too.
    /// </summary>
    private async Task<bool> AddToScratchAsync(IReadOnlyList<int> paragraphIds, CancellationToken cancellationToken)
    {
        if (_scratch is null)
        {
            await FillScratchAsync(paragraphIds, cancellationToken);
            return false;
        }
        await Db.Database.OpenConnectionAsync(cancellationToken);
        await InsertIntoScratchAsync([.. paragraphIds.Where(id => !_scratch.Contains(id)).Distinct()], cancellationToken);
        return _scratch.Count > paragraphIds.Distinct().Count();
    }
}
