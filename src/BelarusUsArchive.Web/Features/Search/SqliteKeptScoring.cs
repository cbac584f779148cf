using System.Globalization;
using BelarusUsArchive.Text.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>
/// The window's scores: bm25 as FTS5 computes it, with each phrase's document count taken from <see cref="DocumentCounts"/>
/// instead of FTS5's pass over the phrase's whole doclist in every statement (<see cref="KeptBm25"/>).
/// </summary>
public sealed partial class SqliteSearchIndex
{
    private const string IdSpans = """
        SELECT (SELECT coalesce(min("Id"), 0) FROM "Paragraphs") AS "LowestParagraph", (SELECT coalesce(max("Id"), 0) FROM "Paragraphs") AS "Paragraphs",
            (SELECT coalesce(min("Id"), 0) FROM "Articles") AS "LowestArticle", (SELECT coalesce(max("Id"), 0) FROM "Articles") AS "Articles",
            (SELECT coalesce(min("Id"), 0) FROM "Commentary") AS "LowestNote", (SELECT coalesce(max("Id"), 0) FROM "Commentary") AS "Notes"
        """;

    private async Task<Scoring> ScoringAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        await Db.Database.OpenConnectionAsync(cancellationToken);
        KeptBm25.EnsureRegistered((SqliteConnection)Db.Database.GetDbConnection());
        var ids = await Db.Database.SqlQueryRaw<Spans>(IdSpans).SingleAsync(cancellationToken);
        var phrases = DocumentCounts.Phrases(query);
        return new Scoring(
            await DocumentCounts.InAsync(Db, "ParagraphsFts", ids.LowestParagraph, ids.Paragraphs, phrases, cancellationToken),
            await DocumentCounts.InAsync(Db, "ArticlesFts", ids.LowestArticle, ids.Articles, phrases, cancellationToken),
            await DocumentCounts.InAsync(Db, "CommentaryFts", ids.LowestNote, ids.Notes, phrases, cancellationToken));
    }

    private sealed record Spans(long LowestParagraph, long Paragraphs, long LowestArticle, long Articles, long LowestNote, long Notes);

    /// <summary>Each table's document counts, one per phrase, put into a statement's <c>{counts}</c> (integers the store gave).</summary>
    private sealed record Scoring(long[] ParagraphCounts, long[] TitleCounts, long[] NoteCounts)
    {
        public string Paragraphs(string sql) => With(sql, ParagraphCounts);

        public string Titles(string sql) => With(sql, TitleCounts);

        public string Notes(string sql) => With(sql, NoteCounts);

        private static string With(string sql, long[] counts) =>
            sql.Replace("{counts}", string.Join(", ", counts.Select(c => c.ToString(CultureInfo.InvariantCulture))), StringComparison.Ordinal);
    }
}
