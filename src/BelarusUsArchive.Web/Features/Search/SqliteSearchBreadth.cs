using BelarusUsArchive.Text.Search;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>How broad a query is, read off FTS5 with a limit: FTS5 hands its matches over one by one, so counting the
/// first N costs N entries, where the union of all matching articles first gathers every one (1.4 s for a word in every
/// article at 100,000).</summary>
public sealed partial class SqliteSearchIndex
{
    public override async Task<bool> MatchesMoreThanAsync(SearchQuery query, int most, CancellationToken cancellationToken) =>
        !query.IsEmpty && await Db.Database.SqlQueryRaw<int>("""
            SELECT (SELECT count(*) FROM (SELECT 1 FROM "ParagraphsFts" WHERE "ParagraphsFts" MATCH {0} LIMIT {1}))
                + (SELECT count(*) FROM (SELECT 1 FROM "ArticlesFts" WHERE "ArticlesFts" MATCH {0} LIMIT {1}))
                + (SELECT count(*) FROM (SELECT 1 FROM "CommentaryFts" WHERE "CommentaryFts" MATCH {0} LIMIT {1})) AS "Value"
            """, query.ToFts5(), most + 1).SingleAsync(cancellationToken) > most;
}
