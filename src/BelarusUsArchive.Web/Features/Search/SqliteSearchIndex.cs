using System.Globalization;
using BelarusUsArchive.Text.Search;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using BelarusUsArchive.Web.Rendering;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>
/// Search on SQLite FTS5 (the tables and triggers of the Search migration). An article matches when
/// its title and subtitle, one of its paragraphs, or a published note on it matches every required
/// clause, and none of them contains an excluded term. Titles weigh more than body text.
/// </summary>
public sealed class SqliteSearchIndex(ArchiveDb db, ILogger<SqliteSearchIndex> logger) : ISearchIndex
{
    // bm25 is negative, lower is better; a title hit counts as much as this many paragraph hits. A short
    // heading or caption would otherwise beat the paragraph that discusses the matter, so it counts half.
    private const string TitleWeight = "4.0";
    private const string SubtitleWeight = "2.0";
    private const int SnippetTokens = 32;

    // The articles any unit of which matches {n}: paragraphs, titles and subtitles, published commentary.
    private const string MatchingArticles = """
        SELECT p."ArticleId" AS "Value" FROM "ParagraphsFts" JOIN "Paragraphs" AS p ON p."Id" = "ParagraphsFts".rowid WHERE "ParagraphsFts" MATCH {n}
        UNION SELECT rowid FROM "ArticlesFts" WHERE "ArticlesFts" MATCH {n}
        UNION SELECT c."ArticleId" FROM "CommentaryFts" JOIN "Commentary" AS c ON c."Id" = "CommentaryFts".rowid WHERE "CommentaryFts" MATCH {n}
        """;

    // One row per article: its best paragraph's score plus its title's; the best paragraph is taken from
    // the row that holds the minimum, which SQLite guarantees for bare columns beside MIN(). LIMIT -1
    // keeps SQLite from flattening the inner selects into the grouping, where bm25 has no match to score.
    private const string Ranked = $$"""
        SELECT "ArticleId", SUM("Score") AS "Score", MAX("ParagraphId") AS "ParagraphId", MAX("ParagraphNumber") AS "ParagraphNumber" FROM (
            SELECT "ArticleId", MIN("Score") AS "Score", "ParagraphId", "ParagraphNumber" FROM (
                SELECT p."ArticleId", bm25("ParagraphsFts") * (CASE WHEN p."Kind" IN ('Heading', 'Caption', 'Note') THEN 0.5 ELSE 1.0 END) AS "Score", p."Id" AS "ParagraphId", p."Number" AS "ParagraphNumber"
                FROM "ParagraphsFts" JOIN "Paragraphs" AS p ON p."Id" = "ParagraphsFts".rowid WHERE "ParagraphsFts" MATCH {0} LIMIT -1)
            GROUP BY "ArticleId"
            UNION ALL
            SELECT rowid, bm25("ArticlesFts", {{TitleWeight}}, {{SubtitleWeight}}), NULL, NULL FROM "ArticlesFts" WHERE "ArticlesFts" MATCH {0}
            UNION ALL
            SELECT "ArticleId", MIN("Score"), NULL, NULL FROM (
                SELECT c."ArticleId", bm25("CommentaryFts") AS "Score"
                FROM "CommentaryFts" JOIN "Commentary" AS c ON c."Id" = "CommentaryFts".rowid WHERE "CommentaryFts" MATCH {0} LIMIT -1)
            GROUP BY "ArticleId")
        GROUP BY "ArticleId"
        """;

    private static readonly string Matching = MatchingArticles.Replace("{n}", "{0}", StringComparison.Ordinal);
    private static readonly string MatchingExcept = Matching + " EXCEPT " + MatchingArticles.Replace("{n}", "{1}", StringComparison.Ordinal);
    private static readonly string RankedExcept = Ranked + " HAVING \"ArticleId\" NOT IN (" + MatchingArticles.Replace("{n}", "{1}", StringComparison.Ordinal) + ")";

    public async Task<SearchPage> SearchAsync(SearchQuery query, IQueryable<Article> within, int skip, int take, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(query, within, skip, take, cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            // Every term is quoted, so this should not happen; if FTS5 still rejects the expression,
            // the reader gets the plain words searched rather than an error.
            logger.LogWarning("FTS5 rejected {Match} ({Error}); searching its words alone", query.ToFts5(), e.Message);
            return await RunAsync(query.WordsOnly(), within, skip, take, cancellationToken);
        }
    }

    private async Task<SearchPage> RunAsync(SearchQuery query, IQueryable<Article> within, int skip, int take, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return new SearchPage(0, [], db.Articles.Where(a => false).Select(a => a.Id));
        }
        var match = query.ToFts5();
        var excluded = query.ExcludedFts5();
        var withinIds = within.Select(a => a.Id);
        var ids = (excluded is null
                ? db.Database.SqlQueryRaw<int>(Matching, match)
                : db.Database.SqlQueryRaw<int>(MatchingExcept, match, excluded))
            .Where(id => withinIds.Contains(id));
        var total = await ids.CountAsync(cancellationToken);
        if (total == 0 || skip >= total)
        {
            return new SearchPage(total, [], ids);
        }
        var ranked = excluded is null
            ? db.Database.SqlQueryRaw<RankedRow>(Ranked, match)
            : db.Database.SqlQueryRaw<RankedRow>(RankedExcept, match, excluded);
        var rows = await ranked.Where(r => withinIds.Contains(r.ArticleId))
            .OrderBy(r => r.Score).ThenBy(r => r.ArticleId).Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        var snippets = await SnippetsAsync(match, rows, cancellationToken);
        return new SearchPage(total, [.. rows.Select(r => new SearchHit(r.ArticleId, r.ParagraphNumber, snippets[r.ArticleId]))], ids);
    }

    /// <summary>The best paragraph's passage around the matches, or the article's beginning when no paragraph matched.</summary>
    private async Task<Dictionary<int, string>> SnippetsAsync(string match, List<RankedRow> rows, CancellationToken cancellationToken)
    {
        var paragraphIds = rows.Where(r => r.ParagraphId is not null).Select(r => r.ParagraphId!.Value).ToList();
        var marked = new Dictionary<int, string>();
        var sentinels = (Open: '\uE000', Close: '\uE001');
        if (paragraphIds.Count > 0)
        {
            var texts = await db.Paragraphs.AsNoTracking().Where(p => paragraphIds.Contains(p.Id)).Select(p => p.Text).ToListAsync(cancellationToken);
            sentinels = MarkedText.Sentinels(texts);
            // Ids are integers from the database, so listing them in the SQL is safe.
            var list = string.Join(',', paragraphIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
            var sql = $$"""
                SELECT rowid AS "Id", snippet("ParagraphsFts", 0, char({{(int)sentinels.Open}}), char({{(int)sentinels.Close}}), '…', {{SnippetTokens}}) AS "Text"
                FROM "ParagraphsFts" WHERE "ParagraphsFts" MATCH {0} AND rowid IN ({{list}})
                """;
            marked = await db.Database.SqlQueryRaw<SnippetRow>(sql, match).ToDictionaryAsync(s => (int)s.Id, s => s.Text, cancellationToken);
        }
        var withoutParagraph = rows.Where(r => r.ParagraphId is null || !marked.ContainsKey(r.ParagraphId.Value)).Select(r => r.ArticleId).ToList();
        var beginnings = withoutParagraph.Count == 0 ? [] : await db.Paragraphs.AsNoTracking()
            .Where(p => withoutParagraph.Contains(p.ArticleId) && p.Number == 1)
            .ToDictionaryAsync(p => p.ArticleId, p => p.Text, cancellationToken);
        return rows.ToDictionary(r => r.ArticleId, r => r.ParagraphId is { } id && marked.TryGetValue(id, out var text)
            ? MarkedText.ToHtml(text, sentinels.Open, sentinels.Close)
            : MarkedText.Beginning(beginnings.GetValueOrDefault(r.ArticleId, "")));
    }

    private sealed record RankedRow(int ArticleId, double Score, int? ParagraphId, int? ParagraphNumber);

    private sealed record SnippetRow(long Id, string Text);
}
