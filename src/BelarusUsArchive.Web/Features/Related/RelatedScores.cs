using BelarusUsArchive.Web.Data;

namespace BelarusUsArchive.Web.Features.Related;

/// <summary>How much another article has in common with one: its weight, the people and the events both share.</summary>
public sealed class RelatedScore
{
    public double Weight { get; set; }
    public List<int> People { get; } = [];
    public List<int> Events { get; } = [];
}

/// <summary>
/// The weighing of related reading. A shared person weighs the fewer of the two articles' mentions of them, times how
/// rare the person is in the archive (ln(1 + articles / articles naming them)), so a president named everywhere counts
/// for little and a deputy minister named in two pieces for much; a shared event (not rejected) weighs
/// <see cref="EventWeight"/>. The weight is symmetric: what article A scores against B, B scores against A.
/// </summary>
public static class RelatedScores
{
    public const int Size = 5;
    public const double EventWeight = 3.0;
    public const int CandidatesPerPerson = 300;

    /// <summary>Every candidate's score against the article, heaviest first when ordered by <see cref="Ranked"/>.</summary>
    public static async Task<Dictionary<int, RelatedScore>> ForAsync(ArchiveDb db, int articleId, CancellationToken cancellationToken) =>
        For(await RelatedIndex.AroundAsync(db, articleId, cancellationToken), articleId);

    /// <summary>Every candidate's score against the article, weighed from what <paramref name="index"/> holds.</summary>
    public static Dictionary<int, RelatedScore> For(RelatedIndex index, int articleId)
    {
        var scores = new Dictionary<int, RelatedScore>();
        AddPeople(index, articleId, scores);
        AddEvents(index, articleId, scores);
        return scores;
    }

    /// <summary>The order of a list: by weight, then by the older article first, so equal weights always rank alike.</summary>
    public static IEnumerable<KeyValuePair<int, RelatedScore>> Ranked(IEnumerable<KeyValuePair<int, RelatedScore>> scores) =>
        scores.OrderByDescending(s => s.Value.Weight).ThenBy(s => s.Key);

    /// <summary>
    /// Candidates are, per person of the article, the <see cref="CandidatesPerPerson"/> newest other articles naming
    /// them (all of them for anyone named in fewer); each candidate is then weighed with every person it shares, the
    /// rarity coming from PersonStats. Weighed in memory (a list has thousands of candidates at 100,000 articles: a
    /// statement per list cost ~21 ms of CPU, this about a millisecond). The people are added in ascending order of
    /// id and the sum rounded to 9 decimals, so A's weight against B is B's against A to the last bit.
    /// </summary>
    private static void AddPeople(RelatedIndex index, int articleId, Dictionary<int, RelatedScore> scores)
    {
        if (!index.ByArticle.TryGetValue(articleId, out var mine))
        {
            return;
        }
        var rarity = new Dictionary<int, (int Mentions, double Rarity)>(mine.Count);
        var candidates = new HashSet<int>();
        foreach (var (person, mentions) in mine)
        {
            var named = index.PersonArticles.GetValueOrDefault(person);
            rarity[person] = (mentions, Math.Log(1.0 + index.Total / (named > 1 ? named : 1)));
            var articles = index.ByPerson[person];
            for (int i = articles.Count - 1, taken = 0; i >= 0 && taken < CandidatesPerPerson; i--)
            {
                if (articles[i].Article != articleId)
                {
                    candidates.Add(articles[i].Article);
                    taken++;
                }
            }
        }
        candidates.Remove(articleId);
        foreach (var candidate in candidates)
        {
            var weight = 0.0;
            foreach (var (person, mentions) in index.ByArticle[candidate])
            {
                if (rarity.TryGetValue(person, out var m))
                {
                    weight += Math.Min(m.Mentions, mentions) * m.Rarity;
                }
            }
            Entry(scores, candidate).Weight += Math.Round(weight, 9);
        }
    }

    /// <summary>
    /// Fills in the people each of <paramref name="ids"/> shares with the article (only the lists being written need
    /// them), in ascending order of person id.
    /// </summary>
    public static void AddSharedPeople(RelatedIndex index, int articleId, Dictionary<int, RelatedScore> scores, IEnumerable<int> ids)
    {
        if (!index.ByArticle.TryGetValue(articleId, out var mine))
        {
            return;
        }
        var people = mine.Select(m => m.Person).ToHashSet();
        foreach (var id in ids)
        {
            if (scores.TryGetValue(id, out var score) && index.ByArticle.TryGetValue(id, out var theirs))
            {
                score.People.AddRange(theirs.Select(t => t.Person).Where(p => people.Contains(p) && !score.People.Contains(p)));
            }
        }
    }

    /// <summary>A shared event that is not rejected weighs <see cref="EventWeight"/>, in ascending order of event id.</summary>
    private static void AddEvents(RelatedIndex index, int articleId, Dictionary<int, RelatedScore> scores)
    {
        foreach (var eventId in index.EventsByArticle.GetValueOrDefault(articleId) ?? [])
        {
            foreach (var other in index.ArticlesByEvent[eventId])
            {
                if (other != articleId)
                {
                    var score = Entry(scores, other);
                    score.Weight += EventWeight;
                    score.Events.Add(eventId);
                }
            }
        }
    }

    private static RelatedScore Entry(Dictionary<int, RelatedScore> scores, int articleId)
    {
        if (!scores.TryGetValue(articleId, out var score))
        {
            scores[articleId] = score = new RelatedScore();
        }
        return score;
    }
}
