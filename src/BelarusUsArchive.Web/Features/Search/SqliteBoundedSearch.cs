using System.Text.Json;
using BelarusUsArchive.Text.Search;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>
/// The plan that keeps a search's cost bounded at any archive size: FTS5 hands over matches newest
/// first (rowid order, which it reads without sorting), the filters are applied as they stream, and
/// only the first <see cref="Window"/> matching paragraphs and titles are scored with bm25, grouped by
/// article and ranked. Ranking every match instead costs time in proportion to the matches (155 ms for a
/// word in every article at 100,000). When the window fills, the total says "at least" and the facets
/// count the ranked articles.
/// </summary>
public sealed partial class SqliteSearchIndex
{
    public const int Window = 1000;

    /// <summary>
    /// The most units a deep page widens the window to (four times <see cref="Window"/>, about 200 pages of a word in every
    /// article): a window grows with the page asked for (four units per article shown before it), so without a bound a
    /// page number alone would set a search's cost. Deeper pages show what the widest window ranked, and say so.
    /// </summary>
    public const int WidestWindow = 4 * Window;

    private const string RankedIds = "SELECT value AS \"Value\" FROM json_each({0})";

    private const string ParagraphCandidates = """
        SELECT p."ArticleId", "ParagraphsFts".rowid AS "Unit", p."Id" AS "ParagraphId", p."Number" AS "ParagraphNumber",
            kept_bm25("ParagraphsFts", 1.0, {counts}) * (CASE WHEN p."Kind" IN ('Heading', 'Caption', 'Note') THEN 0.5 ELSE 1.0 END) AS "Score"
        FROM "ParagraphsFts" JOIN "Paragraphs" AS p ON p."Id" = "ParagraphsFts".rowid WHERE "ParagraphsFts" MATCH {0}
        """;

    // "rowid + 0": a filter on the article id must not reach FTS5 as a rowid constraint, or SQLite drives the
    // query from the filtered articles and evaluates the MATCH once per article (35 s for a common word at 100,000).
    private const string TitleCandidates = """
        SELECT rowid + 0 AS "ArticleId", rowid AS "Unit", NULL AS "ParagraphId", NULL AS "ParagraphNumber",
            kept_bm25("ArticlesFts", 4.0, 2.0, {counts}) AS "Score"
        FROM "ArticlesFts" WHERE "ArticlesFts" MATCH {0}
        """;

    private const string CommentaryCandidates = """
        SELECT c."ArticleId", c."Id" AS "Unit", NULL AS "ParagraphId", NULL AS "ParagraphNumber", kept_bm25("CommentaryFts", 1.0, {counts}) AS "Score"
        FROM "CommentaryFts" JOIN "Commentary" AS c ON c."Id" = "CommentaryFts".rowid WHERE "CommentaryFts" MATCH {0}
        """;

    private async Task<SearchPage> RunBoundedAsync(SearchQuery query, IQueryable<Article> within, int skip, int take, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return new SearchPage(0, [], Db.Articles.Where(a => false).Select(a => a.Id));
        }
        var limit = Math.Clamp((skip + take) * 4, Window, WidestWindow);
        var match = query.ToFts5();
        var scoring = await ScoringAsync(query, cancellationToken);
        var paragraphs = await CandidatesAsync(scoring.Paragraphs(ParagraphCandidates), match, within, limit, cancellationToken);
        var titles = await CandidatesAsync(scoring.Titles(TitleCandidates), match, within, limit, cancellationToken);
        var notes = await CandidatesAsync(scoring.Notes(CommentaryCandidates), match, within, limit, cancellationToken);
        _window = new WindowFloor(match, paragraphs.Count >= limit ? paragraphs.Min(c => c.Unit) : 0, [.. paragraphs.Select(c => (int)c.Unit)]);
        var full = paragraphs.Count >= limit || titles.Count >= limit || notes.Count >= limit;
        var excluded = await ExcludedAsync(query, [.. paragraphs.Concat(titles).Concat(notes).Select(c => c.ArticleId).Distinct()], cancellationToken);
        var ranked = paragraphs.Where(c => !excluded.Contains(c.ArticleId)).GroupBy(c => c.ArticleId).Select(g => g.MinBy(c => c.Score)!)
            .Concat(titles.Where(c => !excluded.Contains(c.ArticleId)))
            .Concat(notes.Where(c => !excluded.Contains(c.ArticleId)).GroupBy(c => c.ArticleId).Select(g => g.MinBy(c => c.Score)! with { ParagraphId = null, ParagraphNumber = null }))
            .GroupBy(c => c.ArticleId)
            .Select(g => new RankedRow(g.Key, g.Sum(c => c.Score), g.Max(c => c.ParagraphId), g.Max(c => c.ParagraphNumber)))
            .OrderBy(r => r.Score).ThenBy(r => r.ArticleId).ToList();
        // The facets count these as one JSON parameter: as one parameter each, every window size is a new statement to prepare.
        var ids = ranked.Select(r => r.ArticleId).ToList();
        var rows = ranked.Skip(skip).Take(take).ToList();
        IReadOnlyList<SearchHit> hits;
        try
        {
            hits = await HitsAsync(query, rows, cancellationToken);
        }
        finally
        {
            // The window knows its filtered articles' paragraphs alone: no later call on this scope may rely on it, nor on
            // what the scratch table holds (another search on the scope fills it anew).
            _window = null;
            _scratch = null;
        }
        // Read straight off the JSON list, one statement text for every search; through Articles, each id was looked up again.
        return new SearchPage(ranked.Count, hits, Db.Database.SqlQueryRaw<int>(RankedIds, JsonSerializer.Serialize(ids)), full);
    }

    /// <summary>
    /// The newest matching units within the filters, at most <paramref name="limit"/>; FTS5 stops reading there. The filters
    /// are checked per unit (EXISTS on the article): as an IN set, SQLite first built the set of every article passing them.
    /// </summary>
    private Task<List<Candidate>> CandidatesAsync(string sql, string match, IQueryable<Article> within, int limit, CancellationToken cancellationToken) =>
        Db.Database.SqlQueryRaw<Candidate>(sql, match).Where(c => within.Any(a => a.Id == c.ArticleId))
            .OrderByDescending(c => c.Unit).Take(limit).ToListAsync(cancellationToken);

    /// <summary>Which of the candidate articles hold an excluded term in any unit.</summary>
    private async Task<HashSet<int>> ExcludedAsync(SearchQuery query, List<int> candidates, CancellationToken cancellationToken)
    {
        if (query.ExcludedFts5() is not { } excluded || candidates.Count == 0)
        {
            return [];
        }
        var found = await Db.Database.SqlQueryRaw<int>(MatchingArticles.Replace("{n}", "{0}", StringComparison.Ordinal), excluded)
            .Where(id => candidates.Contains(id)).ToListAsync(cancellationToken);
        return [.. found];
    }

    private sealed record Candidate(int ArticleId, long Unit, int? ParagraphId, int? ParagraphNumber, double Score);
}
