using System.Globalization;
using BelarusUsArchive.Text.Dates;
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

/// <summary>Whether a series counts years or months.</summary>
public enum AttentionStep { Year, Month }

/// <summary>
/// A year, or a month as year * 12 + month - 1 (so consecutive months are consecutive numbers); articles dated only to
/// the year belong to no month.
/// </summary>
public readonly record struct Period(AttentionStep Step, int Key)
{
    public int Year => Step == AttentionStep.Year ? Key : Key / 12;
    public int? Month => Step == AttentionStep.Year ? null : Key % 12 + 1;

    public static Period Of(AttentionStep step, int year, int month) => new(step, step == AttentionStep.Year ? year : year * 12 + month - 1);

    /// <summary>"2019" or "2019-03": the form the filters take, and what the table and CSV show.</summary>
    public override string ToString() => Month is { } m ? $"{Year:D4}-{m:D2}" : Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>"2019" or "March 2019", for labels read aloud.</summary>
    public string Name => Month is { } m ? new DateOnly(Year, m, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture) : ToString();
}

/// <summary>One year or month of a series: its articles, all the archive's articles then, and (for a person) mentions and events.</summary>
public sealed record AttentionPoint(Period Period, int Articles, int ArchiveArticles, int? Mentions, int? Events)
{
    /// <summary>The share of the period's articles in the series, in per cent.</summary>
    public double Share => ArchiveArticles == 0 ? 0 : 100.0 * Articles / ArchiveArticles;
}

/// <summary>
/// A series over the page's years or months, named and linked as its subject is; <paramref name="YearOnly"/> counts its
/// articles (and <paramref name="YearOnlyEvents"/> its events) dated only to the year, which a month-by-month series cannot place.
/// </summary>
public sealed record AttentionSeries(AttentionSubject Subject, string Name, string Href, IReadOnlyList<AttentionPoint> Points, int Position,
    int YearOnly = 0, int YearOnlyEvents = 0)
{
    /// <summary>The series' place on the page, which no two series share (two searches may begin alike).</summary>
    public string Id => "attention-" + Position;

    /// <summary>Where a period's articles of the series are listed.</summary>
    public string ArticlesHref(Period period) => Subject.Kind switch
    {
        SubjectKind.Query => $"/search?q={Uri.EscapeDataString(Subject.Key)}&from={period}&to={period}",
        _ => (period.Month is null ? $"/articles?year={period}" : $"/articles?from={period}&to={period}") + $"&{Subject.Parameter}={Uri.EscapeDataString(Subject.Key)}",
    };

    /// <summary>Where a period's events of the series are listed: a person's on the timeline, a query's in the search of that period.</summary>
    public string EventsHref(Period period) => Subject.Kind == SubjectKind.Query
        ? ArticlesHref(period)
        : $"/timeline?person={Uri.EscapeDataString(Subject.Key)}&from={period}&to={period}";
}

/// <summary>The periods a comparison covers: its step, and the first and last period asked for (null: the series' own span).</summary>
public sealed record AttentionRange(AttentionStep Step, int? First, int? Last)
{
    /// <summary>At most this many months are drawn; a longer span shows its last ones.</summary>
    public const int MostMonths = 120;
}

/// <summary>
/// The numbers behind /attention, per year or per month: for people from the counts kept at import (PersonYearCounts,
/// PersonMonthCounts), for outlets their articles grouped by date (an index range per outlet), for search queries the
/// matching articles counted within the search budget, names widened to their spellings as search does; beside all the
/// archive's articles of each period (ArticleYearCounts, ArticleMonthCounts).
/// </summary>
public static class AttentionReads
{
    public const int MostSeries = 4;

    /// <summary>The series in the order asked, or the problems that stop them, each naming its parameter.</summary>
    public static async Task<(IReadOnlyList<AttentionSeries> Series, IReadOnlyList<string> Problems, bool Clipped)> LoadAsync(
        ArchiveDb db, ISearchIndex index, SearchLimits limits, IReadOnlyList<AttentionSubject> subjects, AttentionRange range, CancellationToken cancellationToken)
    {
        if (subjects.Count > MostSeries)
        {
            return ([], [$"at most {MostSeries} people, outlets and searches may be compared at once (got {subjects.Count})"], false);
        }
        var step = range.Step;
        var archive = step == AttentionStep.Year
            ? await db.ArticleYearCounts.AsNoTracking().Where(y => y.Year != 0).ToDictionaryAsync(y => y.Year, y => y.Articles, cancellationToken)
            : (await db.ArticleMonthCounts.AsNoTracking().Where(m => m.Month % 100 != 0).ToListAsync(cancellationToken))
                .ToDictionary(m => Period.Of(step, m.Month / 100, m.Month % 100).Key, m => m.Articles);
        var loaded = new List<Found>();
        var problems = new List<string>();
        foreach (var subject in subjects)
        {
            try
            {
                if (await CountAsync(db, index, limits, subject, step, cancellationToken) is { } found)
                {
                    loaded.Add(found);
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
            catch (QueryTooBroadException)
            {
                problems.Add($"q '{subject.Key}' matches more than {limits.AttentionMostMatches.ToString("N0", CultureInfo.InvariantCulture)} paragraphs, too many to chart. "
                    + "Chart a rarer word, a phrase in quotes or a person (their counts are kept ready).");
            }
        }
        if (problems.Count > 0)
        {
            return ([], problems, false);
        }
        var (span, clipped) = Span(loaded.SelectMany(l => l.Periods.Keys).ToList(), range);
        return ([.. loaded.Select((l, i) => new AttentionSeries(l.Subject, l.Name, l.Href, [.. span.Select(key =>
        {
            var c = l.Periods.GetValueOrDefault(key);
            var person = l.Subject.Kind == SubjectKind.Person;
            return new AttentionPoint(new Period(step, key), c?.Articles ?? 0, archive.GetValueOrDefault(key), person ? c?.Mentions ?? 0 : null,
                l.Subject.Kind == SubjectKind.Outlet ? null : c?.Events ?? 0);
        })], i, l.YearOnly, l.YearOnlyEvents))], [], clipped);
    }

    /// <summary>The periods from the first to the last with anything, within the range asked; at most <see cref="AttentionRange.MostMonths"/> months, the last ones.</summary>
    private static (List<int> Span, bool Clipped) Span(List<int> keys, AttentionRange range)
    {
        var first = range.First ?? (keys.Count == 0 ? 0 : keys.Min());
        var last = range.Last ?? (keys.Count == 0 ? -1 : keys.Max());
        if (range.First is null && range.Last is null && keys.Count == 0)
        {
            return ([], false);
        }
        var clipped = range.Step == AttentionStep.Month && last - first + 1 > AttentionRange.MostMonths;
        if (clipped)
        {
            first = last - AttentionRange.MostMonths + 1;
        }
        return (last < first ? [] : [.. Enumerable.Range(first, last - first + 1)], clipped);
    }

    private static string Unknown(AttentionSubject subject) => subject.Kind switch
    {
        SubjectKind.Person => $"person '{subject.Key}' is not a person of the archive",
        SubjectKind.Outlet => $"outlet '{subject.Key}' is not an outlet of the archive",
        _ => $"q '{subject.Key}' has no word the archive can search for",
    };

    private sealed record Counts(int Articles, int Mentions, int Events);

    private sealed record Found(AttentionSubject Subject, string Name, string Href, Dictionary<int, Counts> Periods, int YearOnly, int YearOnlyEvents = 0);

    /// <summary>A year and month (0: known only to the year) with a count, as the queries group them.</summary>
    private sealed record Dated(int Year, int Month, int Count, int Mentions = 0);

    private static Task<Found?> CountAsync(ArchiveDb db, ISearchIndex index, SearchLimits limits, AttentionSubject subject, AttentionStep step,
        CancellationToken cancellationToken) => subject.Kind switch
        {
            SubjectKind.Person => PersonAsync(db, subject, step, cancellationToken),
            SubjectKind.Outlet => OutletAsync(db, subject, step, cancellationToken),
            _ => SearchBudget.RunAsync(db, limits.Budget, cancellationToken, token => QueryAsync(db, index, limits.AttentionMostMatches, subject, step, token)),
        };

    private static async Task<Found?> PersonAsync(ArchiveDb db, AttentionSubject subject, AttentionStep step, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Slug == subject.Key && p.Status != PersonStatus.Rejected)
            .Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }
        var articles = step == AttentionStep.Year
            ? await db.PersonYearCounts.AsNoTracking().Where(y => y.PersonId == person.Id && y.Year != 0)
                .Select(y => new Dated(y.Year, 1, y.Articles, y.Mentions)).ToListAsync(cancellationToken)
            : await db.PersonMonthCounts.AsNoTracking().Where(m => m.PersonId == person.Id)
                .Select(m => new Dated(m.Month / 100, m.Month % 100, m.Articles, m.Mentions)).ToListAsync(cancellationToken);
        var events = await db.EventParticipants.Where(p => p.PersonId == person.Id && p.Event!.Status != EventStatus.Rejected && p.Event.Date != null)
            .GroupBy(p => new { p.Event!.Date!.Start.Year, Month = p.Event.Date.Precision == DatePrecision.Day || p.Event.Date.Precision == DatePrecision.Month ? p.Event.Date.Start.Month : 0 })
            .Select(g => new Dated(g.Key.Year, g.Key.Month, g.Count(), 0)).ToListAsync(cancellationToken);
        var byArticles = Place(step, articles, out var yearOnly);
        var byEvents = Place(step, events, out var yearOnlyEvents);
        return new Found(subject, person.Name, "/people/" + subject.Key, byArticles.Keys.Union(byEvents.Keys).ToDictionary(k => k, k =>
        {
            var c = byArticles.GetValueOrDefault(k);
            return new Counts(c?.Count ?? 0, c?.Mentions ?? 0, byEvents.GetValueOrDefault(k)?.Count ?? 0);
        }), yearOnly, yearOnlyEvents);
    }

    private static async Task<Found?> OutletAsync(ArchiveDb db, AttentionSubject subject, AttentionStep step, CancellationToken cancellationToken)
    {
        var outlet = await db.Outlets.AsNoTracking().Where(o => o.Slug == subject.Key).Select(o => new { o.Id, o.Name }).FirstOrDefaultAsync(cancellationToken);
        return outlet is null ? null
            : Articles(subject, outlet.Name, "/outlets/" + subject.Key, step, await ByDateAsync(db.Articles.Where(a => a.OutletId == outlet.Id), cancellationToken));
    }

    private static async Task<Found?> QueryAsync(ArchiveDb db, ISearchIndex index, int mostMatches, AttentionSubject subject, AttentionStep step, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(subject.Key);
        if (query.IsEmpty)
        {
            return null;
        }
        query = await SearchAliases.ExpandAsync(db, query, cancellationToken);
        // The chart's cost grows with what the query matches (the matching articles gathered and grouped by date, their
        // event passages read; a word in every article of 100,000 took 1–2 s): a query matching more paragraphs, titles and
        // commentary than the limit is refused after reading that many entries of the index, so no word costs more.
        if (await index.MatchesMoreThanAsync(query, mostMatches, cancellationToken))
        {
            throw new QueryTooBroadException();
        }
        var matching = index.MatchingArticleIds(query);
        var q = subject.Key.Trim();
        var found = Articles(subject, "“" + q + "”", "/search?q=" + Uri.EscapeDataString(q), step,
            await ByDateAsync(db.Articles.Where(a => matching.Contains(a.Id)), cancellationToken));
        var events = Place(step, await QueryEventsAsync(db, index, query, matching, cancellationToken), out var yearOnlyEvents);
        foreach (var (key, e) in events)
        {
            found.Periods[key] = (found.Periods.GetValueOrDefault(key) ?? new Counts(0, 0, 0)) with { Events = e.Count };
        }
        return found with { YearOnlyEvents = yearOnlyEvents };
    }

    private sealed class QueryTooBroadException : Exception;

    /// <summary>At most this many of the matching articles' event passages are read for a query's events, the latest events first.</summary>
    public const int MostQueryEventPassages = 5_000;

    /// <summary>
    /// A query's events: those with a passage the query matches (an article that matches elsewhere does not make its other
    /// events the query's), dated, counted once each by year and month.
    /// </summary>
    private static async Task<List<Dated>> QueryEventsAsync(ArchiveDb db, ISearchIndex index, SearchQuery query, IQueryable<int> matching, CancellationToken cancellationToken)
    {
        var passages = await db.EventSources.AsNoTracking()
            .Where(s => matching.Contains(s.ArticleId) && s.Event!.Status != EventStatus.Rejected && s.Event.Date != null)
            .Join(db.Paragraphs, s => new { s.ArticleId, Number = s.ParagraphNumber }, p => new { p.ArticleId, p.Number },
                (s, p) => new { s.EventId, ParagraphId = p.Id, s.Event!.Date!.Start, s.Event.Date.Precision })
            .OrderByDescending(s => s.Start).Take(MostQueryEventPassages).ToListAsync(cancellationToken);
        var matched = (await index.MatchingParagraphIdsAsync(query, [.. passages.Select(p => p.ParagraphId).Distinct()], cancellationToken)).ToHashSet();
        return [.. passages.Where(p => matched.Contains(p.ParagraphId)).DistinctBy(p => p.EventId)
            .GroupBy(p => (p.Start.Year, Month: p.Precision is DatePrecision.Day or DatePrecision.Month ? p.Start.Month : 0))
            .Select(g => new Dated(g.Key.Year, g.Key.Month, g.Count()))];
    }

    /// <summary>Dated articles grouped by year and month (0 for those known only to the year).</summary>
    private static Task<List<Dated>> ByDateAsync(IQueryable<Article> articles, CancellationToken cancellationToken) =>
        articles.AsNoTracking().Where(a => a.Published != null)
            .GroupBy(a => new { a.Published!.Start.Year, Month = a.Published.Precision == DatePrecision.Day || a.Published.Precision == DatePrecision.Month ? a.Published.Start.Month : 0 })
            .Select(g => new Dated(g.Key.Year, g.Key.Month, g.Count(), 0)).ToListAsync(cancellationToken);

    private static Found Articles(AttentionSubject subject, string name, string href, AttentionStep step, List<Dated> dated) =>
        new(subject, name, href, Place(step, dated, out var yearOnly).ToDictionary(p => p.Key, p => new Counts(p.Value.Count, 0, 0)), yearOnly);

    /// <summary>Counts by period: by year, everything; by month, what is dated to a month, with the rest counted in <paramref name="yearOnly"/>.</summary>
    private static Dictionary<int, Dated> Place(AttentionStep step, List<Dated> dated, out int yearOnly)
    {
        yearOnly = step == AttentionStep.Month ? dated.Where(d => d.Month == 0).Sum(d => d.Count) : 0;
        return dated.Where(d => step == AttentionStep.Year || d.Month != 0)
            .GroupBy(d => Period.Of(step, d.Year, Math.Max(1, d.Month)).Key)
            .ToDictionary(g => g.Key, g => new Dated(g.First().Year, g.First().Month, g.Sum(d => d.Count), g.Sum(d => d.Mentions)));
    }

    /// <summary>The series' numbers as CSV, one row per series and period (month empty by year); mentions and events are empty where they do not apply.</summary>
    public static byte[] Csv(IReadOnlyList<AttentionSeries> series)
    {
        using var body = new MemoryStream();
        using (var csv = CsvWriter.Create(body, ExportEndpoints.CsvOptions, leaveOpen: true))
        {
            csv.WriteHeader(["kind", "key", "name", "year", "month", "articles", "archive_articles", "share_percent", "mentions", "events"]);
            foreach (var s in series)
            {
                foreach (var p in s.Points)
                {
                    foreach (var field in new[] { s.Subject.Parameter, s.Subject.Key, s.Name, Number(p.Period.Year), p.Period.Month is { } m ? Number(m) : "",
                        Number(p.Articles), Number(p.ArchiveArticles), p.Share.ToString("0.###", CultureInfo.InvariantCulture),
                        p.Mentions is { } n ? Number(n) : "", p.Events is { } e ? Number(e) : "" })
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
