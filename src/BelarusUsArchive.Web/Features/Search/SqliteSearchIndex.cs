using BelarusUsArchive.Text.Search;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>
/// Search on SQLite FTS5 (the tables and triggers of the Search migration). An article matches when
/// its title and subtitle, one of its paragraphs, or a published note on it matches every required
/// clause, and none of them contains an excluded term. Titles weigh more than body text.
/// </summary>
public sealed partial class SqliteSearchIndex(ArchiveDb store, ILogger<SqliteSearchIndex> logger) : FullTextSearchIndex(store)
{
    // bm25 is negative, lower is better; a title hit counts as much as this many paragraph hits. A short
    // heading or caption would otherwise beat the paragraph that discusses the matter, so it counts half.
    private const string TitleWeight = "4.0";
    private const string SubtitleWeight = "2.0";

    // The articles any unit of which matches {n}: paragraphs, titles and subtitles, published commentary.
    private const string MatchingArticles = """
        SELECT p."ArticleId" AS "Value" FROM "ParagraphsFts" JOIN "Paragraphs" AS p ON p."Id" = "ParagraphsFts".rowid WHERE "ParagraphsFts" MATCH {n}
        UNION SELECT rowid FROM "ArticlesFts" WHERE "ArticlesFts" MATCH {n}
        UNION SELECT c."ArticleId" FROM "CommentaryFts" JOIN "Commentary" AS c ON c."Id" = "CommentaryFts".rowid WHERE "CommentaryFts" MATCH {n}
        """;

    // One row per article: its best paragraph's score plus its title's; the best paragraph is taken from
    // the row that holds the minimum, which SQLite guarantees for bare columns beside MIN(). LIMIT -1
    // keeps SQLite from flattening the inner selects into the grouping, where bm25 has no match to score.
    private const string RankedSql = $$"""
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

    private static readonly string MatchingSql = MatchingArticles.Replace("{n}", "{0}", StringComparison.Ordinal);
    // A compound SELECT runs left to right, so each side is its own subquery: otherwise the excluded
    // side's second and third branches would be added back after the EXCEPT.
    private static readonly string MatchingExcept =
        $"SELECT m.\"Value\" FROM ({MatchingSql}) AS m EXCEPT SELECT x.\"Value\" FROM ({MatchingArticles.Replace("{n}", "{1}", StringComparison.Ordinal)}) AS x";
    private static readonly string RankedExcept = RankedSql + " HAVING \"ArticleId\" NOT IN (" + MatchingArticles.Replace("{n}", "{1}", StringComparison.Ordinal) + ")";

    public override async Task<SearchPage> SearchAsync(SearchQuery query, IQueryable<Article> within, int skip, int take, CancellationToken cancellationToken)
    {
        try
        {
            return await RunBoundedAsync(query, within, skip, take, cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            // Every term is quoted, so this should not happen; if FTS5 still rejects the expression,
            // the reader gets the plain words searched rather than an error.
            logger.LogWarning("FTS5 rejected {Match} ({Error}); searching its words alone", query.ToFts5(), e.Message);
            return await RunBoundedAsync(query.WordsOnly(), within, skip, take, cancellationToken);
        }
    }

    protected override IQueryable<int> Matching(SearchQuery query) => query.ExcludedFts5() is { } excluded
        ? Db.Database.SqlQueryRaw<int>(MatchingExcept, query.ToFts5(), excluded)
        : Db.Database.SqlQueryRaw<int>(MatchingSql, query.ToFts5());

    protected override IQueryable<RankedRow> Ranked(SearchQuery query) => query.ExcludedFts5() is { } excluded
        ? Db.Database.SqlQueryRaw<RankedRow>(RankedExcept, query.ToFts5(), excluded)
        : Db.Database.SqlQueryRaw<RankedRow>(RankedSql, query.ToFts5());
}
