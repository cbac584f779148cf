using System.Data;
using BelarusUsArchive.Text;
using BelarusUsArchive.Text.Names;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.People;

/// <summary>
/// Links an article to its people: every mention of a known person, candidates for the people the
/// authority lacks (with the same mention records), and its authors to the people they are.
/// Scoped: one import run keeps one finder and rebuilds it only when candidates are added.
/// </summary>
public sealed partial class MentionLinker(ArchiveDb db)
{
    private MentionFinder? _finder;
    private Dictionary<string, int>? _fullNameKeys;
    private Dictionary<int, string> _names = [];

    /// <summary>
    /// Links the article's people; a new article (<paramref name="fresh"/>) has no mentions to remove first. The
    /// answer holds the mentions stored, in the order found, and the names of the people they are of.
    /// </summary>
    public async Task<LinkedPeople> LinkAsync(Article article, CancellationToken cancellationToken, bool fresh = false)
    {
        var paragraphs = article.Paragraphs.OrderBy(p => p.Number).ToList();
        var texts = paragraphs.Select(p => p.Text).ToList();
        await EnsureFinderAsync(cancellationToken);
        IReadOnlyList<FoundMention> found;
        using (Import.ImportProfile.Time("people: find known"))
        {
            found = _finder!.Find(texts);
        }
        if (await AddCandidatesAsync(paragraphs, texts, found, cancellationToken))
        {
            _finder = null;
            await EnsureFinderAsync(cancellationToken);
            found = _finder!.Find(texts);
        }
        if (!fresh)
        {
            await db.Mentions.Where(m => m.ArticleId == article.Id).ExecuteDeleteAsync(cancellationToken);
        }
        else
        {
            CountArticle(found);
        }
        _linked[article.Id] = _surnamesAdded.Count;
        using var inserting = Import.ImportProfile.Time("people: insert mentions+save");
        await InsertAsync([.. found.Select(m => new Mention
        {
            ArticleId = article.Id,
            ParagraphId = paragraphs[m.Paragraph].Id,
            PersonId = m.PersonId,
            Offset = m.Offset,
            Length = m.Length,
            Surface = m.Surface,
        })], cancellationToken);
        foreach (var author in article.Authors.Select(a => a.Author).OfType<Author>())
        {
            if (author.PersonId is null && _fullNameKeys!.TryGetValue(string.Join(' ', NameKey.FoldName(author.Name)), out var personId))
            {
                author.PersonId = personId;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return new LinkedPeople(found, _names);
    }

    /// <summary>
    /// The mentions, one prepared statement run per row: an article has dozens, and the change tracker would send (and
    /// track) them one by one, each statement compiled afresh with the count triggers it fires. Nothing reads them back
    /// as entities; the store's triggers keep the counts as for any insert.
    /// </summary>
    private async Task InsertAsync(List<Mention> mentions, CancellationToken cancellationToken)
    {
        _insertMention ??= new PreparedCommand(db,
            "INSERT INTO \"Mentions\" (\"ArticleId\", \"ParagraphId\", \"PersonId\", \"Offset\", \"Length\", \"Surface\") VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
            DbType.Int32, DbType.Int32, DbType.Int32, DbType.Int32, DbType.Int32, DbType.String);
        foreach (var m in mentions)
        {
            await _insertMention.ExecuteAsync(cancellationToken, m.ArticleId, m.ParagraphId, m.PersonId, m.Offset, m.Length, m.Surface);
        }
    }

    private PreparedCommand? _insertMention;

    /// <summary>Removes candidate people no article mentions any more (after texts changed).</summary>
    public async Task<int> RemoveOrphanCandidatesAsync(CancellationToken cancellationToken) =>
        await db.People.Where(p => p.Status == PersonStatus.Candidate && !p.Curated && !p.Mentions.Any())
            .ExecuteDeleteAsync(cancellationToken);

    public void Forget()
    {
        _finder = null;
        _articles = null;
    }

    private async Task EnsureFinderAsync(CancellationToken cancellationToken)
    {
        if (_finder is not null)
        {
            return;
        }
        using var timing = Import.ImportProfile.Time("people: build finder");
        var aliases = await db.PersonAliases.AsNoTracking()
            .Select(a => new { a.PersonId, a.Text, a.Key, Rejected = a.Person!.Status == PersonStatus.Rejected, a.Person.Name }).ToListAsync(cancellationToken);
        // A rejected name is never linked, but its key stays known so it is not found again as a candidate.
        _articles ??= await db.PersonYearCounts.GroupBy(c => c.PersonId).Select(g => new { g.Key, Articles = g.Sum(c => c.Articles) })
            .ToDictionaryAsync(g => g.Key, g => g.Articles, cancellationToken);
        // The finder may be used on other threads while this run counts on: it gets its own copy of the counts.
        _finder = new MentionFinder(aliases.Where(a => !a.Rejected).GroupBy(a => a.PersonId).Select(g => new KnownPerson(g.Key, [.. g.Select(a => a.Text)])),
            new Dictionary<int, int>(_articles));
        _fullNameKeys = aliases.Where(a => a.Key.Contains(' ', StringComparison.Ordinal))
            .GroupBy(a => a.Key).Where(g => g.Select(a => a.PersonId).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().PersonId);
        var names = new Dictionary<int, string>();
        foreach (var alias in aliases.Where(a => !a.Rejected))
        {
            names[alias.PersonId] = alias.Name;
        }
        _names = names;
    }

    /// <summary>The candidate names in an article's prose (paragraphs, quotes and list items).</summary>
    public static IReadOnlyList<CandidateName> CandidatesIn(IReadOnlyList<(ParagraphKind Kind, string Text)> paragraphs) =>
        CandidateFinder.Find([.. paragraphs.Select(p => p.Kind is ParagraphKind.Paragraph or ParagraphKind.Quote or ParagraphKind.ListItem ? p.Text : "")]);

    private async Task<bool> AddCandidatesAsync(List<Paragraph> paragraphs, List<string> texts, IReadOnlyList<FoundMention> known, CancellationToken cancellationToken)
    {
        var added = false;
        IReadOnlyList<CandidateName> candidates;
        using (Import.ImportProfile.Time("people: find candidates"))
        {
            candidates = CandidatesIn([.. paragraphs.Select((p, i) => (p.Kind, texts[i]))]);
        }
        foreach (var candidate in candidates)
        {
            var overlapsKnown = known.Any(m => m.Paragraph == candidate.Paragraph
                && m.Offset < candidate.Offset + candidate.Length && candidate.Offset < m.Offset + m.Length);
            var key = string.Join(' ', NameKey.FoldName(candidate.Name));
            if (overlapsKnown || _fullNameKeys!.ContainsKey(key))
            {
                continue;
            }
            var person = new Person
            {
                Name = candidate.Name,
                Slug = await ArchiveSlugs.UniqueAsync(db.People.Select(p => p.Slug), Slugs.From(candidate.Name), cancellationToken),
                Status = PersonStatus.Candidate,
                Description = "Found in the texts; not yet confirmed by an editor.",
            };
            var surname = candidate.Name.Split(' ')[^1];
            // A relative the text calls by given name only ("his wife, Susan") shares the surname of the one it is named
            // after: the bare surname stays that person's.
            PeopleFile.SetAliases(person, candidate.ByGivenName ? [candidate.Name] : [candidate.Name, surname]);
            if (!candidate.ByGivenName)
            {
                _surnamesAdded.Add(NameKey.Fold(surname));
            }
            db.People.Add(person);
            using var timing = Import.ImportProfile.Time("people: add candidate");
            await db.SaveChangesAsync(cancellationToken);
            _fullNameKeys[key] = person.Id;
            added = true;
        }
        return added;
    }
}

/// <summary>An article's mentions as stored (paragraph index, offset, person; in the order found) and the names of the people they are of.</summary>
public sealed record LinkedPeople(IReadOnlyList<FoundMention> Found, IReadOnlyDictionary<int, string> Names);
