using BelarusUsArchive.Text.Search;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using BelarusUsArchive.Web.Rendering;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>
/// What both full-text indexes do alike: count the matching articles within the caller's filter, rank
/// a page of them, and mark the best paragraph of each (or show the article's beginning) and its first
/// matching paragraphs. Each provider supplies the four queries in its own dialect.
/// </summary>
public abstract class FullTextSearchIndex(ArchiveDb db) : ISearchIndex
{
    protected ArchiveDb Db => db;

    public virtual Task<SearchPage> SearchAsync(SearchQuery query, IQueryable<Article> within, int skip, int take, CancellationToken cancellationToken) =>
        RunAsync(query, within, skip, take, cancellationToken);

    /// <summary>The ids of the articles any unit of which (paragraph, title, published note) matches.</summary>
    protected abstract IQueryable<int> Matching(SearchQuery query);

    public IQueryable<int> MatchingArticleIds(SearchQuery query) => Matching(query);

    public abstract Task<bool> MatchesMoreThanAsync(SearchQuery query, int most, CancellationToken cancellationToken);

    public Task<List<int>> MatchingParagraphIdsAsync(SearchQuery query, IReadOnlyList<int> paragraphIds, CancellationToken cancellationToken) =>
        paragraphIds.Count == 0 ? Task.FromResult(new List<int>()) : MatchingParagraphsAsync(query, paragraphIds, cancellationToken);

    /// <summary>One row per matching article with its score (lower is better) and best paragraph.</summary>
    protected abstract IQueryable<RankedRow> Ranked(SearchQuery query);

    /// <summary>Which of the given paragraphs match.</summary>
    protected abstract Task<List<int>> MatchingParagraphsAsync(SearchQuery query, IReadOnlyList<int> paragraphIds, CancellationToken cancellationToken);

    /// <summary>The given paragraphs' passages around the matches, the matches between the sentinels.</summary>
    protected abstract Task<Dictionary<int, string>> MarkedAsync(SearchQuery query, IReadOnlyList<int> paragraphIds, (char Open, char Close) sentinels, CancellationToken cancellationToken);

    protected async Task<SearchPage> RunAsync(SearchQuery query, IQueryable<Article> within, int skip, int take, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return new SearchPage(0, [], db.Articles.Where(a => false).Select(a => a.Id));
        }
        var withinIds = within.Select(a => a.Id);
        var ids = Matching(query).Where(id => withinIds.Contains(id));
        var total = await ids.CountAsync(cancellationToken);
        if (total == 0 || skip >= total)
        {
            return new SearchPage(total, [], ids);
        }
        var rows = await Ranked(query).Where(r => withinIds.Contains(r.ArticleId))
            .OrderBy(r => r.Score).ThenBy(r => r.ArticleId).Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return new SearchPage(total, await HitsAsync(query, rows, cancellationToken), ids);
    }

    /// <summary>How many matching paragraphs of an article a result shows, in reading order; the rest are counted.</summary>
    public const int PassagesShown = 3;

    /// <summary>The page's hits: each article's best snippet, and its first matching paragraphs with their passages.</summary>
    protected async Task<IReadOnlyList<SearchHit>> HitsAsync(SearchQuery query, List<RankedRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var articleIds = rows.Select(r => r.ArticleId).ToList();
        var paragraphs = await db.Paragraphs.AsNoTracking().Where(p => articleIds.Contains(p.ArticleId))
            .Select(p => new { p.Id, p.ArticleId, p.Number }).ToListAsync(cancellationToken);
        var matching = paragraphs.Count == 0 ? [] : (await MatchingParagraphsAsync(query, [.. paragraphs.Select(p => p.Id)], cancellationToken)).ToHashSet();
        var byArticle = paragraphs.Where(p => matching.Contains(p.Id)).GroupBy(p => p.ArticleId)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Number).Select(p => (p.Id, p.Number)).ToList());
        var shown = byArticle.Values.SelectMany(list => list.Take(PassagesShown).Select(p => p.Id)).ToList();
        var snippets = await SnippetsAsync(query, rows, shown, cancellationToken);
        return [.. rows.Select(r =>
        {
            var mine = byArticle.GetValueOrDefault(r.ArticleId) ?? [];
            var passages = mine.Take(PassagesShown).Where(p => snippets.Passages.ContainsKey(p.Id))
                .Select(p => new SearchPassage(p.Number, snippets.Passages[p.Id])).ToList();
            return new SearchHit(r.ArticleId, r.ParagraphNumber, snippets.Best[r.ArticleId], passages, [.. mine.Select(p => p.Number)]);
        })];
    }

    /// <summary>Each row's best snippet (its best paragraph marked, or the article's beginning), and the passages of the other paragraphs asked for.</summary>
    private async Task<(Dictionary<int, string> Best, Dictionary<int, string> Passages)> SnippetsAsync(
        SearchQuery query, List<RankedRow> rows, IReadOnlyList<int> passages, CancellationToken cancellationToken)
    {
        var paragraphIds = rows.Where(r => r.ParagraphId is not null).Select(r => r.ParagraphId!.Value).Concat(passages).Distinct().ToList();
        var marked = new Dictionary<int, string>();
        var sentinels = (Open: '\uE000', Close: '\uE001');
        if (paragraphIds.Count > 0)
        {
            var texts = await db.Paragraphs.AsNoTracking().Where(p => EF.Parameter(paragraphIds).Contains(p.Id)).Select(p => p.Text).ToListAsync(cancellationToken);
            sentinels = MarkedText.Sentinels(texts);
            marked = await MarkedAsync(query, paragraphIds, sentinels, cancellationToken);
        }
        var withoutParagraph = rows.Where(r => r.ParagraphId is null || !marked.ContainsKey(r.ParagraphId.Value)).Select(r => r.ArticleId).ToList();
        var beginnings = withoutParagraph.Count == 0 ? [] : await db.Paragraphs.AsNoTracking()
            .Where(p => EF.Parameter(withoutParagraph).Contains(p.ArticleId) && p.Number == 1)
            .ToDictionaryAsync(p => p.ArticleId, p => p.Text, cancellationToken);
        var best = rows.ToDictionary(r => r.ArticleId, r => r.ParagraphId is { } id && marked.TryGetValue(id, out var text)
            ? MarkedText.ToHtml(text, sentinels.Open, sentinels.Close)
            : MarkedText.Beginning(beginnings.GetValueOrDefault(r.ArticleId, "")));
        return (best, passages.Where(marked.ContainsKey).ToDictionary(id => id, id => MarkedText.ToHtml(marked[id], sentinels.Open, sentinels.Close)));
    }

    protected sealed record RankedRow(int ArticleId, double Score, int? ParagraphId, int? ParagraphNumber);

    protected sealed record SnippetRow(long Id, string Text);
}
