using System.Globalization;
using BelarusUsArchive.Text.Search;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>
/// Search on PostgreSQL: the generated "SearchVector" tsvector columns of the Postgres Search migration
/// (paragraphs, titles weighted A and subtitles B, published commentary), each with a GIN index, and the
/// "archive" text-search configuration (accents folded, English stems, no stop words, like the FTS5
/// tokenizer). The same units match, and rank, as on SQLite.
/// </summary>
public sealed class PostgresSearchIndex(ArchiveDb store, ILogger<PostgresSearchIndex> logger) : FullTextSearchIndex(store)
{
    private const string HeadlineOptions = "MaxWords=32, MinWords=16, ShortWord=2, MaxFragments=1";

    private const string MatchingArticles = """
        SELECT p."ArticleId" AS "Value" FROM "Paragraphs" AS p WHERE p."SearchVector" @@ to_tsquery('archive', {n})
        UNION SELECT a."Id" FROM "Articles" AS a WHERE a."SearchVector" @@ to_tsquery('archive', {n})
        UNION SELECT c."ArticleId" FROM "Commentary" AS c WHERE c."SearchVector" @@ to_tsquery('archive', {n})
        """;

    // ts_rank is higher for better matches; the shared ordering wants lower-is-better, as bm25 gives.
    // A short heading or caption would otherwise beat the paragraph that discusses the matter, so it counts half.
    private const string RankedSql = """
        SELECT u."ArticleId", SUM(u."Score")::float8 AS "Score", MAX(u."ParagraphId") AS "ParagraphId", MAX(u."ParagraphNumber") AS "ParagraphNumber" FROM (
            (SELECT DISTINCT ON (p."ArticleId") p."ArticleId",
                (-ts_rank(p."SearchVector", to_tsquery('archive', {0})) * (CASE WHEN p."Kind" IN ('Heading', 'Caption', 'Note') THEN 0.5 ELSE 1.0 END))::float8 AS "Score",
                p."Id" AS "ParagraphId", p."Number" AS "ParagraphNumber"
             FROM "Paragraphs" AS p WHERE p."SearchVector" @@ to_tsquery('archive', {0})
             ORDER BY p."ArticleId", 2, p."Number")
            UNION ALL
            (SELECT a."Id", (-4.0 * ts_rank(a."SearchVector", to_tsquery('archive', {0})))::float8, NULL::integer, NULL::integer
             FROM "Articles" AS a WHERE a."SearchVector" @@ to_tsquery('archive', {0}))
            UNION ALL
            (SELECT c."ArticleId", MIN(-ts_rank(c."SearchVector", to_tsquery('archive', {0})))::float8, NULL::integer, NULL::integer
             FROM "Commentary" AS c WHERE c."SearchVector" @@ to_tsquery('archive', {0}) GROUP BY c."ArticleId")
        ) AS u GROUP BY u."ArticleId"
        """;

    private static readonly string MatchingSql = MatchingArticles.Replace("{n}", "{0}", StringComparison.Ordinal);
    private static readonly string MatchingExcept =
        $"SELECT m.\"Value\" FROM ({MatchingSql}) AS m EXCEPT SELECT x.\"Value\" FROM ({MatchingArticles.Replace("{n}", "{1}", StringComparison.Ordinal)}) AS x";
    private static readonly string RankedExcept = RankedSql + " HAVING u.\"ArticleId\" NOT IN (" + MatchingArticles.Replace("{n}", "{1}", StringComparison.Ordinal) + ")";

    public override async Task<SearchPage> SearchAsync(SearchQuery query, IQueryable<Article> within, int skip, int take, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(query, within, skip, take, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.SyntaxError)
        {
            // Every lexeme is quoted, so this should not happen; if to_tsquery still rejects the
            // expression, the reader gets the plain words searched rather than an error.
            logger.LogWarning("to_tsquery rejected {Query} ({Error}); searching its words alone", query.ToTsQuery(), e.MessageText);
            return await RunAsync(query.WordsOnly(), within, skip, take, cancellationToken);
        }
    }

    protected override IQueryable<int> Matching(SearchQuery query) => query.ExcludedTsQuery() is { } excluded
        ? Db.Database.SqlQueryRaw<int>(MatchingExcept, query.ToTsQuery(), excluded)
        : Db.Database.SqlQueryRaw<int>(MatchingSql, query.ToTsQuery());

    protected override IQueryable<RankedRow> Ranked(SearchQuery query) => query.ExcludedTsQuery() is { } excluded
        ? Db.Database.SqlQueryRaw<RankedRow>(RankedExcept, query.ToTsQuery(), excluded)
        : Db.Database.SqlQueryRaw<RankedRow>(RankedSql, query.ToTsQuery());

    protected override Task<List<int>> MatchingParagraphsAsync(SearchQuery query, IReadOnlyList<int> paragraphIds, CancellationToken cancellationToken)
    {
        // Ids are integers from the database, so listing them in the SQL is safe.
        var list = string.Join(',', paragraphIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var sql = $"SELECT p.\"Id\" AS \"Value\" FROM \"Paragraphs\" AS p WHERE p.\"Id\" IN ({list}) AND p.\"SearchVector\" @@ to_tsquery('archive', {{0}})";
        return Db.Database.SqlQueryRaw<int>(sql, query.ToTsQuery()).ToListAsync(cancellationToken);
    }

    protected override async Task<Dictionary<int, string>> MarkedAsync(SearchQuery query, IReadOnlyList<int> paragraphIds, (char Open, char Close) sentinels, CancellationToken cancellationToken)
    {
        // Ids are integers from the database, so listing them in the SQL is safe.
        var list = string.Join(',', paragraphIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var options = $"StartSel=\"{sentinels.Open}\", StopSel=\"{sentinels.Close}\", {HeadlineOptions}";
        // ts_headline drops whatever its parser reads as an HTML tag, so angle brackets go in as stand-ins
        // and come back after (the text is HTML-encoded only later, so a stand-in can forge nothing).
        var sql = $"""
            SELECT p."Id"::bigint AS "Id", p."Text" AS "Text",
                ts_headline('archive', translate(p."Text", '<>', {"{2}"}), to_tsquery('archive', {"{0}"}), {"{1}"}) AS "Headline"
            FROM "Paragraphs" AS p WHERE p."Id" IN ({list})
            """;
        var rows = await Db.Database.SqlQueryRaw<HeadlineRow>(sql, query.ToTsQuery(), options, $"{StandInLt}{StandInGt}").ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (int)r.Id, r => WithEllipses(r.Text, Restore(r.Headline, sentinels), sentinels));
    }

    private const char StandInLt = '\uF8F0';
    private const char StandInGt = '\uF8F1';

    /// <summary>The brackets back, and a phrase's words, which ts_headline marks one by one, marked as one.</summary>
    private static string Restore(string headline, (char Open, char Close) sentinels) => headline
        .Replace(StandInLt, '<').Replace(StandInGt, '>')
        .Replace($"{sentinels.Close} {sentinels.Open}", " ", StringComparison.Ordinal);

    /// <summary>ts_headline cuts a fragment without saying so; mark the cuts as FTS5's snippet does.</summary>
    private static string WithEllipses(string text, string headline, (char Open, char Close) sentinels)
    {
        var plain = headline.Replace(sentinels.Open.ToString(), "", StringComparison.Ordinal).Replace(sentinels.Close.ToString(), "", StringComparison.Ordinal);
        var start = text.StartsWith(plain.TrimStart(), StringComparison.Ordinal) ? "" : "…";
        var end = text.EndsWith(plain.TrimEnd(), StringComparison.Ordinal) ? "" : "…";
        return start + headline.Trim() + end;
    }

    private sealed record HeadlineRow(long Id, string Text, string Headline);

    public override async Task<bool> MatchesMoreThanAsync(SearchQuery query, int most, CancellationToken cancellationToken) =>
        !query.IsEmpty && await Db.Database.SqlQueryRaw<int>("""
            SELECT ((SELECT count(*) FROM (SELECT 1 FROM "Paragraphs" AS p WHERE p."SearchVector" @@ to_tsquery('archive', {0}) LIMIT {1}) AS x)
                + (SELECT count(*) FROM (SELECT 1 FROM "Articles" AS a WHERE a."SearchVector" @@ to_tsquery('archive', {0}) LIMIT {1}) AS y)
                + (SELECT count(*) FROM (SELECT 1 FROM "Commentary" AS c WHERE c."SearchVector" @@ to_tsquery('archive', {0}) LIMIT {1}) AS z))::integer AS "Value"
            """, query.ToTsQuery(), most + 1).SingleAsync(cancellationToken) > most;
}
