using System.Globalization;
using BelarusUsArchive.Text.Search;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Exports;
using BelarusUsArchive.Web.Features.Search;
using BelarusUsArchive.Web.Model;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Attention;

public enum SubjectKind { Person, Outlet, Query }

/// <summary>What one series follows: a person or an outlet by slug, or a search query.</summary>
public sealed record AttentionSubject(SubjectKind Kind, string Key)
{
    public string Parameter => Kind switch { SubjectKind.Person => "person", SubjectKind.Outlet => "outlet", _ => "q" };
}

/// <summary>One year of a series: its articles, all the archive's articles that year, and (for a person) mentions and events.</summary>
public sealed record AttentionYear(int Year, int Articles, int ArchiveArticles, int? Mentions, int? Events)
{
    /// <summary>The share of the year's articles in the series, in per cent.</summary>
    public double Share => ArchiveArticles == 0 ? 0 : 100.0 * Articles / ArchiveArticles;
}

/// <summary>A series over the page's years, named and linked as its subject is.</summary>
public sealed record AttentionSeries(AttentionSubject Subject, string Name, string Href, IReadOnlyList<AttentionYear> Years, int Position)
{
    /// <summary>The series' place on the page, which no two series share (two searches may begin alike).</summary>
    public string Id => "attention-" + Position;

    /// <summary>Where a year's articles of the series are listed.</summary>
    public string ArticlesHref(int year) => Subject.Kind switch
    {
        SubjectKind.Query => $"/search?q={Uri.EscapeDataString(Subject.Key)}&from={year}&to={year}",
        _ => $"/articles?year={year}&{Subject.Parameter}={Uri.EscapeDataString(Subject.Key)}",
    };

    public string EventsHref(int year) => $"/timeline?person={Uri.EscapeDataString(Subject.Key)}&from={year}&to={year}";
}

/// <summary>
/// The numbers behind /attention: articles per year for people (from the counts kept at import, PersonYearCounts), for
/// outlets (their articles grouped by year, an index range per outlet) and for search queries (the matching articles
/// counted by year within the search budget, names widened to their spellings as search does), beside all the
/// archive's articles per year (ArticleYearCounts).
/// </summary>
public static class AttentionReads
{
    public const int MostSeries = 4;

    /// <summary>The series in the order asked, or the problems that stop them, each naming its parameter.</summary>
    public static async Task<(IReadOnlyList<AttentionSeries> Series, IReadOnlyList<string> Problems)> LoadAsync(
        ArchiveDb db, ISearchIndex index, SearchLimits limits, IReadOnlyList<AttentionSubject> subjects, CancellationToken cancellationToken)
    {
        if (subjects.Count > MostSeries)
        {
            return ([], [$"at most {MostSeries} people, outlets and searches may be compared at once (got {subjects.Count})"]);
        }
        var archive = await db.ArticleYearCounts.AsNoTracking().Where(y => y.Year != 0).ToDictionaryAsync(y => y.Year, y => y.Articles, cancellationToken);
        var loaded = new List<(AttentionSubject Subject, string Name, string Href, Dictionary<int, Counts> Years)>();
        var problems = new List<string>();
        foreach (var subject in subjects)
        {
            try
            {
                if (await CountAsync(db, index, limits, subject, cancellationToken) is { } found)
                {
                    loaded.Add((subject, found.Name, found.Href, found.Years));
                }
                else
                {
                    problems.Add(Unknown(subject));
                }
            }
            catch (SearchTooCostlyException e)
            {
                problems.Add($"q '{subject.Key}': {e.Message} Search for fewer or longer words.");
            }
        }
        if (problems.Count > 0)
        {
            return ([], problems);
        }
        var years = loaded.SelectMany(l => l.Years.Keys).ToList();
        if (years.Count == 0)
        {
            return ([.. loaded.Select((l, i) => new AttentionSeries(l.Subject, l.Name, l.Href, [], i))], []);
        }
        var span = Enumerable.Range(years.Min(), years.Max() - years.Min() + 1).ToList();
        return ([.. loaded.Select((l, i) => new AttentionSeries(l.Subject, l.Name, l.Href, [.. span.Select(y =>
        {
            var c = l.Years.GetValueOrDefault(y);
            var person = l.Subject.Kind == SubjectKind.Person;
            return new AttentionYear(y, c?.Articles ?? 0, archive.GetValueOrDefault(y), person ? c?.Mentions ?? 0 : null, person ? c?.Events ?? 0 : null);
        })], i))], []);
    }

    private static string Unknown(AttentionSubject subject) => subject.Kind switch
    {
        SubjectKind.Person => $"person '{subject.Key}' is not a person of the archive",
        SubjectKind.Outlet => $"outlet '{subject.Key}' is not an outlet of the archive",
        _ => $"q '{subject.Key}' has no word the archive can search for",
    };

    private sealed record Counts(int Articles, int Mentions, int Events);

    private sealed record Found(string Name, string Href, Dictionary<int, Counts> Years);

    private static Task<Found?> CountAsync(ArchiveDb db, ISearchIndex index, SearchLimits limits, AttentionSubject subject, CancellationToken cancellationToken) =>
        subject.Kind switch
        {
            SubjectKind.Person => PersonAsync(db, subject.Key, cancellationToken),
            SubjectKind.Outlet => OutletAsync(db, subject.Key, cancellationToken),
            _ => SearchBudget.RunAsync(db, limits.Budget, cancellationToken, token => QueryAsync(db, index, subject.Key, token)),
        };

    private static async Task<Found?> PersonAsync(ArchiveDb db, string slug, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Slug == slug && p.Status != PersonStatus.Rejected)
            .Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }
        var counts = await db.PersonYearCounts.AsNoTracking().Where(y => y.PersonId == person.Id && y.Year != 0).ToListAsync(cancellationToken);
        var events = await db.EventParticipants.Where(p => p.PersonId == person.Id && p.Event!.Status != EventStatus.Rejected && p.Event.Date != null)
            .GroupBy(p => p.Event!.Date!.Start.Year).Select(g => new { Year = g.Key, Count = g.Count() })
            .ToDictionaryAsync(e => e.Year, e => e.Count, cancellationToken);
        var years = counts.Select(c => c.Year).Union(events.Keys);
        return new Found(person.Name, "/people/" + slug, years.ToDictionary(y => y, y =>
        {
            var c = counts.FirstOrDefault(x => x.Year == y);
            return new Counts(c?.Articles ?? 0, c?.Mentions ?? 0, events.GetValueOrDefault(y));
        }));
    }

    private static async Task<Found?> OutletAsync(ArchiveDb db, string slug, CancellationToken cancellationToken)
    {
        var outlet = await db.Outlets.AsNoTracking().Where(o => o.Slug == slug).Select(o => new { o.Id, o.Name }).FirstOrDefaultAsync(cancellationToken);
        if (outlet is null)
        {
            return null;
        }
        var years = await db.Articles.AsNoTracking().Where(a => a.OutletId == outlet.Id && a.Published != null)
            .GroupBy(a => a.Published!.Start.Year).Select(g => new { Year = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Year, g => new Counts(g.Count, 0, 0), cancellationToken);
        return new Found(outlet.Name, "/outlets/" + slug, years);
    }

    private static async Task<Found?> QueryAsync(ArchiveDb db, ISearchIndex index, string q, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(q);
        if (query.IsEmpty)
        {
            return null;
        }
        query = await SearchAliases.ExpandAsync(db, query, cancellationToken);
        var matching = index.MatchingArticleIds(query);
        var years = await db.Articles.AsNoTracking().Where(a => matching.Contains(a.Id) && a.Published != null)
            .GroupBy(a => a.Published!.Start.Year).Select(g => new { Year = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Year, g => new Counts(g.Count, 0, 0), cancellationToken);
        return new Found("“" + q.Trim() + "”", "/search?q=" + Uri.EscapeDataString(q.Trim()), years);
    }

    /// <summary>The series' numbers as CSV, one row per series and year; mentions and events are empty where they do not apply.</summary>
    public static byte[] Csv(IReadOnlyList<AttentionSeries> series)
    {
        using var body = new MemoryStream();
        using (var csv = CsvWriter.Create(body, ExportEndpoints.CsvOptions, leaveOpen: true))
        {
            csv.WriteHeader(["kind", "key", "name", "year", "articles", "archive_articles", "share_percent", "mentions", "events"]);
            foreach (var s in series)
            {
                foreach (var y in s.Years)
                {
                    foreach (var field in new[] { s.Subject.Parameter, s.Subject.Key, s.Name, Number(y.Year), Number(y.Articles), Number(y.ArchiveArticles),
                        y.Share.ToString("0.###", CultureInfo.InvariantCulture), y.Mentions is { } m ? Number(m) : "", y.Events is { } e ? Number(e) : "" })
                    {
                        csv.WriteField(field);
                    }
                    csv.EndRecord();
                }
            }
        }
        return body.ToArray();
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
