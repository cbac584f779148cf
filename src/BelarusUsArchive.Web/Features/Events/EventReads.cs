using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Articles;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Events;

public sealed record EventSourceView(string ArticleSlug, string ArticleTitle, ArchiveDate? ArticlePublished, int Paragraph, string Quote);

/// <summary>
/// An event as pages and the API show it. <see cref="Sources"/> holds its passages only where they are shown (the event's
/// page, the API); lists show <see cref="SourceCount"/>, since a much-reported event has hundreds of passages.
/// </summary>
public sealed record EventView(
    string Slug, string Title, string? Description, ArchiveDate? Date, string? Place, EventKind Kind, EventStatus Status,
    IReadOnlyList<NameRef> Participants, IReadOnlyList<EventSourceView> Sources, int SourceCount);

/// <summary>The events' filters, shared by /events, /timeline and /api/events.</summary>
public sealed record EventFilter(int? Year, string? Person, string? Kind, int? Page, string? From = null, string? To = null)
{
    public const int PageSize = 50;

    public int CurrentPage => Math.Max(1, Page ?? 1);

    /// <summary>The filter with blank values absent and the rest trimmed, as pages and the API both read it.</summary>
    public EventFilter Normalized() => this with
    {
        Person = Shared.FilterBinding.Blank(Person), Kind = Shared.FilterBinding.Blank(Kind)?.ToLowerInvariant(),
        From = Shared.FilterBinding.Blank(From), To = Shared.FilterBinding.Blank(To),
    };

    public Dictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>();
        if (Year is < 1000 or > 2999)
        {
            problems["year"] = ["year must be a four-digit year such as 2019"];
        }
        if (Page is < 1 or > 100_000)
        {
            problems["page"] = ["page must be a number from 1 to 100000"];
        }
        if (Kind is not null && !Enum.TryParse<EventKind>(Kind, ignoreCase: true, out _))
        {
            problems["kind"] = [$"kind must be one of: {string.Join(", ", Enum.GetNames<EventKind>().Select(n => n.ToLowerInvariant()))}"];
        }
        Articles.DateRange.Parse(From, To, problems);
        return problems;
    }

    /// <summary>A 400 for a person slug the archive does not have, naming the parameter.</summary>
    public async Task<Dictionary<string, string[]>> UnknownSlugsAsync(ArchiveDb db, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(Person) && !await db.People.AnyAsync(p => p.Slug == Person, cancellationToken)
            ? new() { ["person"] = [$"person '{Person}' is not a person of the archive"] }
            : [];

    /// <summary>
    /// Bounds on the start that select exactly what the year or range does, when the kept year counts say no event reaching
    /// into it started before it (<see cref="KeptEventCounts.NarrowAsync"/>): whole months, so the month counts answer too.
    /// Set only there (not bound from a query string).
    /// </summary>
    public (DateOnly First, DateOnly Last)? Starts { get; private init; }

    /// <summary>The same filter, its year or range read as the bounds on the start given.</summary>
    public EventFilter StartingWithin(DateOnly first, DateOnly last) => this with { Starts = (first, last) };

    /// <summary>Whether the kept month counts answer this filter: they count by start month, so not a year or range (an
    /// overlap) unless it has been narrowed to bounds on the start.</summary>
    public bool Kept => Starts is not null || (Year is null && From is null && To is null);

    /// <summary>The years a year or range filter bounds the statement by (EventYears), or null for a filter without one.</summary>
    public (int First, int Last)? YearsWalked() =>
        Year is { } year ? (year, year)
        : Articles.DateRange.Parse(From, To, []) is { } range ? (range.Start.Year, range.End.Year)
        : null;

    public EventKind? KindValue => Kind is not null && Enum.TryParse<EventKind>(Kind, ignoreCase: true, out var kind) ? kind : null;

    /// <summary>
    /// The events this filter selects. A year or range is an overlap of start and end, which no index serves: it is bounded
    /// first by the kept rows of the years it covers (EventYears). A person is checked per event the dates or years hand
    /// over, or, <paramref name="byPerson"/>, the statement starts from the person's own events (the participants'
    /// index) instead: cheaper when they are fewer than the events the dates would walk (<see cref="KeptEventCounts.ByPersonAsync"/>).
    /// </summary>
    public IQueryable<Event> Apply(IQueryable<Event> events, ArchiveDb db, bool byPerson = false)
    {
        events = events.Where(e => e.Status != EventStatus.Rejected);
        if (Starts is { } starts)
        {
            events = events.Where(e => e.Date!.Start >= starts.First && e.Date.Start <= starts.Last);
        }
        else if (Year is { } year)
        {
            // Callers refuse a year outside 1000–2999 first; one that slips through matches nothing rather than throwing.
            var (first, last) = year is >= 1 and <= 9999 ? (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)) : (DateOnly.MaxValue, DateOnly.MinValue);
            var reaching = db.EventYears.Where(y => y.Year == year).Select(y => y.EventId);
            events = byPerson ? events : events.Where(e => reaching.Contains(e.Id));
            events = events.Where(e => e.Date != null && e.Date.Start <= last && e.Date.End >= first);
        }
        if (Starts is null && Articles.DateRange.Parse(From, To, []) is { } range)
        {
            var (firstYear, lastYear) = (range.Start.Year, range.End.Year);
            var reaching = db.EventYears.Where(y => y.Year >= firstYear && y.Year <= lastYear).Select(y => y.EventId);
            events = byPerson ? events : events.Where(e => reaching.Contains(e.Id));
            events = events.Where(e => e.Date != null && e.Date.Start <= range.End && e.Date.End >= range.Start);
        }
        if (!string.IsNullOrEmpty(Person))
        {
            // The person's id once, then a lookup of the participants' key per event: the statement is driven by the date
            // index or the year rows (the kept counts place a page's first month), not by a set of thousands of events.
            var person = db.People.Where(p => p.Slug == Person && p.Status != PersonStatus.Rejected).Select(p => p.Id);
            var own = db.EventParticipants.Where(p => p.PersonId == person.FirstOrDefault()).Select(p => p.EventId);
            events = byPerson
                ? events.Where(e => own.Contains(e.Id))
                : events.Where(e => e.Participants.Any(p => p.PersonId == person.FirstOrDefault()));
        }
        if (KindValue is { } kind)
        {
            events = events.Where(e => e.Kind == kind);
        }
        return events;
    }
}

public static class EventReads
{
    public const int MaxForOne = 200;

    public static async Task<(int Total, List<EventView> Items)> ListAsync(ArchiveDb db, EventFilter filter, int pageSize, CancellationToken cancellationToken, bool withSources = false)
    {
        filter = await KeptEventCounts.NarrowAsync(db, filter, cancellationToken);
        var months = filter.Kept ? await KeptEventCounts.MonthsAsync(db, filter, cancellationToken) : null;
        // Dated events by date, then the undated by title: the dated part walks the date index, where one ORDER BY
        // with "undated last" sorted all of them (218,000 at 100,000 articles) for every page. A deep page starts
        // at the month the kept counts place it in, instead of walking every earlier event.
        var skip = (filter.CurrentPage - 1) * pageSize;
        var (from, skipInMonth, until) = KeptEventCounts.Seek(months, skip, pageSize);
        var byPerson = await KeptEventCounts.ByPersonAsync(db, filter, from, until, cancellationToken);
        // No "Date != null" here: on the owned date it tests all six of its columns, sending every event a deep page skips
        // to the table, where the index of start, title, status and kind answers alone. The bounds on the start below
        // leave out the undated (and a year or range tests the date itself).
        var dated = filter.Apply(db.Events.AsNoTracking(), db, byPerson);
        var datedTotal = months?.Sum(m => m.Events) ?? await dated.CountAsync(cancellationToken);
        var undated = filter.Apply(Undated(db), db);
        var total = datedTotal + (filter.Kept ? await undated.CountAsync(cancellationToken) : 0);
        var ids = new List<int>();
        if (skip < datedTotal)
        {
            ids = await dated.Where(e => e.Date!.Start >= from && e.Date.Start < until).OrderBy(e => e.Date!.Start).ThenBy(e => e.Title)
                .Skip(skipInMonth).Take(pageSize).Select(e => e.Id).ToListAsync(cancellationToken);
        }
        if (ids.Count < pageSize && total > skip + ids.Count)
        {
            ids.AddRange(await undated.OrderBy(e => e.Title).ThenBy(e => e.Id)
                .Skip(Math.Max(0, skip - datedTotal)).Take(pageSize - ids.Count).Select(e => e.Id).ToListAsync(cancellationToken));
        }
        return (total, await ViewsAsync(db, ids, withSources, cancellationToken));
    }

    /// <summary>
    /// The events without a date, read off the date index: "Date == null" on the owned date is an OR over its six columns,
    /// which no index serves (a scan of every event per listing).
    /// </summary>
    private static IQueryable<Event> Undated(ArchiveDb db) =>
        db.Events.FromSqlRaw("SELECT * FROM \"Events\" WHERE \"DateStart\" IS NULL").AsNoTracking();

    public static async Task<EventView?> DetailsAsync(ArchiveDb db, string slug, CancellationToken cancellationToken)
    {
        var id = await db.Events.Where(e => e.Slug == slug && e.Status != EventStatus.Rejected).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : (await ViewsAsync(db, [id.Value], withSources: true, cancellationToken)).Single();
    }

    /// <summary>The latest dated events, latest first, for the home page.</summary>
    public static async Task<List<EventView>> LatestAsync(ArchiveDb db, int count, CancellationToken cancellationToken)
    {
        var ids = await db.Events.AsNoTracking().Where(e => e.Status != EventStatus.Rejected && e.Date != null)
            .OrderByDescending(e => e.Date!.Start).ThenByDescending(e => e.Id)
            .Take(count).Select(e => e.Id).ToListAsync(cancellationToken);
        return await ViewsAsync(db, ids, withSources: false, cancellationToken);
    }

    /// <summary>The events an article reports, for its page, oldest first; at most <paramref name="take"/>.</summary>
    public static async Task<List<EventView>> OfArticleAsync(ArchiveDb db, int articleId, CancellationToken cancellationToken, int take = MaxForOne)
    {
        // An article reports a few events: they are read off its sources' index and put in order here. Ordered in the
        // statement, SQLite walked the date index of every event in the archive to find them (7 s at 218,000 events).
        var own = await db.EventSources.Where(s => s.ArticleId == articleId && s.Event!.Status != EventStatus.Rejected)
            .Select(s => new { s.EventId, Start = s.Event!.Date == null ? (DateOnly?)null : s.Event.Date.Start }).Distinct().ToListAsync(cancellationToken);
        return await ViewsAsync(db, [.. own.OrderBy(e => e.Start).ThenBy(e => e.EventId).Select(e => e.EventId).Take(take)], withSources: false, cancellationToken);
    }

    /// <summary>
    /// A person's events, for their page, oldest first; at most <paramref name="take"/> (a busy person has thousands): the
    /// first page of /events filtered by the person, so the statement starts from the person's own events or walks the
    /// dates, whichever the kept counts say is fewer. Walking the dates and checking each event for the person cost a
    /// rarely named person's page a pass over every event in the archive (300 ms of CPU at 236,000 events).
    /// </summary>
    public static async Task<List<EventView>> OfPersonAsync(ArchiveDb db, string personSlug, CancellationToken cancellationToken, int take = MaxForOne) =>
        (await ListAsync(db, new EventFilter(null, personSlug, null, 1), take, cancellationToken)).Items;

    private static async Task<List<EventView>> ViewsAsync(ArchiveDb db, List<int> ids, bool withSources, CancellationToken cancellationToken)
    {
        var events = await db.Events.AsNoTracking().AsSplitQuery().Where(e => ids.Contains(e.Id))
            .Select(e => new
            {
                e.Id, e.Slug, e.Title, e.Description, e.Date, e.Place, e.Kind, e.Status,
                Participants = e.Participants.Where(p => p.Person!.Status != PersonStatus.Rejected).Select(p => new NameRef(p.Person!.Slug, p.Person.Name)).ToList(),
                SourceCount = e.Sources.Count,
            })
            .ToListAsync(cancellationToken);
        var sources = withSources ? await SourcesAsync(db, ids, cancellationToken) : null;
        return [.. ids.Select(id => events.Single(e => e.Id == id))
            .Select(e => new EventView(e.Slug, e.Title, e.Description, e.Date, e.Place, e.Kind, e.Status, e.Participants,
                sources?[e.Id].ToList() ?? [], e.SourceCount))];
    }

    private static async Task<ILookup<int, EventSourceView>> SourcesAsync(ArchiveDb db, List<int> ids, CancellationToken cancellationToken) =>
        (await db.EventSources.AsNoTracking().Where(s => ids.Contains(s.EventId))
            .OrderBy(s => s.Article!.Published!.Start).ThenBy(s => s.Article!.Slug).ThenBy(s => s.ParagraphNumber)
            .Select(s => new { s.EventId, View = new EventSourceView(s.Article!.Slug, s.Article.Title, s.Article.Published, s.ParagraphNumber, s.Quote) })
            .ToListAsync(cancellationToken)).ToLookup(s => s.EventId, s => s.View);
}
