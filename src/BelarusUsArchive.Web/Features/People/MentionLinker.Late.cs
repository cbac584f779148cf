using BelarusUsArchive.Text.Names;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.People;

/// <summary>
/// Surnames met before their bearer was named in full. An import reads files in order, and a candidate person
/// (with their surname as an alias) exists only from the article that names them in full: an article read earlier
/// that calls them by surname alone ("Putin's war", "Lukashenka said") found nobody. At the end of a run the
/// articles that hold a surname added after they were linked are linked again.
/// </summary>
public sealed partial class MentionLinker
{
    /// <summary>The folded surnames of the candidates this run added, in the order they were added.</summary>
    private readonly List<string> _surnamesAdded = [];

    /// <summary>Each article this run linked, with how many surnames had been added when it was.</summary>
    private readonly Dictionary<int, int> _linked = [];

    /// <summary>How many articles mention each person, counted from the store once and kept up as this run links articles.</summary>
    private Dictionary<int, int>? _articles;

    private void CountArticle(IReadOnlyList<FoundMention> found)
    {
        foreach (var id in found.Select(m => m.PersonId).Distinct())
        {
            _articles![id] = _articles.GetValueOrDefault(id) + 1;
        }
    }

    /// <summary>The articles of this run that hold a surname added after they were linked, to be linked again.</summary>
    public async Task<IReadOnlyList<int>> LateSurnameArticlesAsync(CancellationToken cancellationToken)
    {
        var late = _linked.Where(a => a.Value < _surnamesAdded.Count).ToDictionary(a => a.Key, a => a.Value);
        if (late.Count == 0)
        {
            return [];
        }
        var firstAdded = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = _surnamesAdded.Count - 1; i >= 0; i--)
        {
            firstAdded[_surnamesAdded[i]] = i;
        }
        var found = new HashSet<int>();
        foreach (var chunk in late.Keys.Chunk(500))
        {
            var texts = await db.Paragraphs.AsNoTracking().Where(p => chunk.Contains(p.ArticleId))
                .Select(p => new { p.ArticleId, p.Text }).ToListAsync(cancellationToken);
            foreach (var paragraph in texts.Where(t => !found.Contains(t.ArticleId)))
            {
                var linkedAt = late[paragraph.ArticleId];
                if (NameTokens.Tokenize(paragraph.Text).Any(t => t.IsCapitalized && firstAdded.TryGetValue(t.Key, out var at) && at >= linkedAt))
                {
                    found.Add(paragraph.ArticleId);
                }
            }
        }
        _linked.Clear();
        _surnamesAdded.Clear();
        return [.. found.Order()];
    }
}
