using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Related;

/// <summary>
/// What related reading is weighed from, held in memory: who names whom (the trigger-kept PersonArticles with their
/// mention counts), how many articles name each person (PersonStats), the archive's size, and which articles report
/// each event that is not rejected. <see cref="AllAsync"/> reads the whole store once, for a round that weighs many
/// lists (an import's); <see cref="AroundAsync"/> reads only what one article's list needs, for a page or an edit.
/// Either way <see cref="RelatedScores"/> weighs from it with the same code.
/// </summary>
public sealed class RelatedIndex
{
    /// <summary>Per person, the articles naming them and their mentions, in ascending order of article id.</summary>
    internal Dictionary<int, List<(int Article, int Mentions)>> ByPerson { get; } = [];

    /// <summary>Per article, the people it names and their mentions, in ascending order of person id (from
    /// <see cref="AroundAsync"/>: only the people of the article it was read for).</summary>
    internal Dictionary<int, List<(int Person, int Mentions)>> ByArticle { get; } = [];

    internal Dictionary<int, int> PersonArticles { get; } = [];

    internal Dictionary<int, List<int>> EventsByArticle { get; } = [];

    internal Dictionary<int, List<int>> ArticlesByEvent { get; } = [];

    internal double Total { get; private set; }

    /// <summary>Every row weighing needs, in four statements (about 40 bytes a (person, article) pair).</summary>
    public static async Task<RelatedIndex> AllAsync(ArchiveDb db, CancellationToken cancellationToken)
    {
        var index = new RelatedIndex { Total = await db.ArticleYearCounts.SumAsync(y => y.Articles, cancellationToken) };
        await foreach (var s in db.PersonStats.AsNoTracking().Select(s => new { s.PersonId, s.Articles }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            index.PersonArticles[s.PersonId] = s.Articles;
        }
        var pairs = db.PersonArticles.AsNoTracking().OrderBy(m => m.PersonId).ThenBy(m => m.ArticleId).Select(m => new { m.PersonId, m.ArticleId, m.Mentions });
        await foreach (var m in pairs.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            index.AddPair(m.PersonId, m.ArticleId, m.Mentions);
        }
        var sources = db.EventSources.AsNoTracking().Where(s => s.Event!.Status != EventStatus.Rejected)
            .Select(s => new { s.ArticleId, s.EventId }).Distinct().OrderBy(s => s.EventId).ThenBy(s => s.ArticleId);
        await foreach (var s in sources.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            index.AddSource(s.EventId, s.ArticleId);
        }
        return index;
    }

    /// <summary>
    /// What one article's list needs: its people and events, each person's <see cref="RelatedScores.CandidatesPerPerson"/>
    /// newest other articles, the other articles reporting its events, and those candidates' mentions of its people.
    /// </summary>
    public static async Task<RelatedIndex> AroundAsync(ArchiveDb db, int articleId, CancellationToken cancellationToken)
    {
        var index = new RelatedIndex { Total = await db.ArticleYearCounts.SumAsync(y => y.Articles, cancellationToken) };
        var mine = await db.PersonArticles.AsNoTracking().Where(m => m.ArticleId == articleId).OrderBy(m => m.PersonId)
            .Select(m => new { m.PersonId, m.Mentions }).ToListAsync(cancellationToken);
        var people = mine.Select(m => m.PersonId).ToArray();
        foreach (var s in await db.PersonStats.AsNoTracking().Where(s => EF.Parameter(people).Contains(s.PersonId)).ToListAsync(cancellationToken))
        {
            index.PersonArticles[s.PersonId] = s.Articles;
        }
        var candidates = new HashSet<int>();
        foreach (var person in people)
        {
            candidates.UnionWith(await db.PersonArticles.Where(m => m.PersonId == person && m.ArticleId != articleId)
                .OrderByDescending(m => m.ArticleId).Take(RelatedScores.CandidatesPerPerson).Select(m => m.ArticleId).ToListAsync(cancellationToken));
        }
        var events = db.EventSources.Where(s => s.ArticleId == articleId && s.Event!.Status != EventStatus.Rejected).Select(s => s.EventId);
        var sources = await db.EventSources.AsNoTracking().Where(s => events.Contains(s.EventId))
            .Select(s => new { s.ArticleId, s.EventId }).Distinct().OrderBy(s => s.EventId).ThenBy(s => s.ArticleId).ToListAsync(cancellationToken);
        foreach (var s in sources)
        {
            index.AddSource(s.EventId, s.ArticleId);
            candidates.Add(s.ArticleId);
        }
        candidates.Remove(articleId);
        var wanted = candidates.Append(articleId).ToArray();
        var pairs = await db.PersonArticles.AsNoTracking().Where(m => EF.Parameter(wanted).Contains(m.ArticleId) && EF.Parameter(people).Contains(m.PersonId))
            .OrderBy(m => m.PersonId).ThenBy(m => m.ArticleId).Select(m => new { m.PersonId, m.ArticleId, m.Mentions }).ToListAsync(cancellationToken);
        foreach (var m in pairs)
        {
            index.AddPair(m.PersonId, m.ArticleId, m.Mentions);
        }
        return index;
    }

    // Rows arrive ordered by person, then article: each list is appended to in ascending order.
    private void AddPair(int person, int article, int mentions)
    {
        Add(ByPerson, person, (article, mentions));
        Add(ByArticle, article, (person, mentions));
    }

    // Rows arrive ordered by event, then article.
    private void AddSource(int eventId, int article)
    {
        Add(EventsByArticle, article, eventId);
        Add(ArticlesByEvent, eventId, article);
    }

    private static void Add<T>(Dictionary<int, List<T>> lists, int key, T value)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }
        list.Add(value);
    }
}
