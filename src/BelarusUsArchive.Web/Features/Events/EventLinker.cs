using System.Data;
using BelarusUsArchive.Text;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Events;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.People;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Events;

/// <summary>
/// Extracts an article's dated happenings at import and files each under one event: an existing event
/// reporting the same happening (from any article) gains a source; otherwise a new event is created.
/// Events an editor curated or rejected keep their decisions; their sources still follow the text.
/// </summary>
public sealed class EventLinker(ArchiveDb db)
{
    private EventIndex? _index;

    /// <summary>Drops what the run keeps in memory (after a rolled-back write): it is read again when next needed.</summary>
    public void Forget() => _index = null;

    /// <summary>
    /// Links the article's events, told with the people <paramref name="people"/> found in it; a new article
    /// (<paramref name="fresh"/>) has no sources to remove first.
    /// </summary>
    public async Task LinkAsync(Article article, LinkedPeople people, CancellationToken cancellationToken, bool fresh = false)
    {
        _index ??= await EventIndex.LoadAsync(db, cancellationToken);
        if (!fresh)
        {
            await db.EventSources.Where(s => s.ArticleId == article.Id).ExecuteDeleteAsync(cancellationToken);
            foreach (var gone in await Unsourced().Select(e => new { e.Id, e.Slug }).ToListAsync(cancellationToken))
            {
                _index.Drop(gone.Id, gone.Slug);
            }
            await RemoveUnsourcedAsync(cancellationToken);
        }

        var paragraphs = article.Paragraphs.OrderBy(p => p.Number).ToList();
        IReadOnlyList<ExtractedEvent> extracted;
        using (Import.ImportProfile.Time("events: extract"))
        {
            extracted = Extract([.. paragraphs.Select((p, i) => (p.Kind, p.Text, (IReadOnlyList<(int, int, int)>)[.. people.Found.Where(m => m.Paragraph == i).Select(m => (m.Offset, m.Length, m.PersonId))]))],
                article.Published, people.Names);
        }
        // Events are told apart by reference until the article's one save gives the new ones their ids.
        var sourced = new HashSet<(Event Event, int Paragraph)>();
        // Events filed from the clauses of a sentence cut in several: another clause of the same sentence tells another
        // happening ("The United States opened its embassy in Minsk in early 1992, and Belarus opened its embassy in
        // Washington later that year"), so it never joins the event its sibling was filed under.
        var clauses = new HashSet<(Event Event, int Paragraph, string Quote)>();
        // New events are saved with the article's sources in one SaveChanges at the end; until then a later report
        // of the same article is matched against them here, after the stored ones (whose ids are all lower).
        var created = new List<Event>();
        var sources = new List<(Event Event, int Paragraph, string Quote)>();
        foreach (var found in extracted)
        {
            var kind = (EventKind)found.Kind;
            Event? match;
            using (Import.ImportProfile.Time("events: match"))
            {
                match = await MatchAsync(found, cancellationToken) ?? created.FirstOrDefault(e => Same(found, e));
            }
            if (match is not null && found.Clause > 1 && clauses.Contains((match, found.Paragraph, found.Quote)))
            {
                match = null;
            }
            using var creating = Import.ImportProfile.Time("events: create+file");
            var target = match ?? Create(found, kind, created);
            if (match is not null && !match.Curated)
            {
                Refine(match, found);
            }
            if (match is not null && !created.Contains(match))
            {
                _index.Put(target);
            }
            if (found.Clause > 0)
            {
                clauses.Add((target, found.Paragraph, found.Quote));
            }
            // The article's sources were all removed above (or it had none): only those added here can repeat.
            if (sourced.Add((target, paragraphs[found.Paragraph].Number)))
            {
                sources.Add((target, paragraphs[found.Paragraph].Number, found.Quote));
            }
        }
        using var saving = Import.ImportProfile.Time("events: save");
        await db.SaveChangesAsync(cancellationToken);
        // The sources after their events have ids, in the order found, each by one run of a prepared statement.
        _insertSource ??= new PreparedCommand(db,
            "INSERT INTO \"EventSources\" (\"EventId\", \"ArticleId\", \"ParagraphNumber\", \"Quote\") VALUES (@p0, @p1, @p2, @p3)",
            DbType.Int32, DbType.Int32, DbType.Int32, DbType.String);
        foreach (var source in sources)
        {
            await _insertSource.ExecuteAsync(cancellationToken, source.Event.Id, article.Id, source.Paragraph, source.Quote);
        }
        foreach (var e in created)
        {
            _index.Put(e);
        }
    }

    private PreparedCommand? _insertSource;

    /// <summary>An article's dated happenings: its paragraphs in order, each with its mentions (offset, length, person) in the order found.</summary>
    public static IReadOnlyList<ExtractedEvent> Extract(IReadOnlyList<(ParagraphKind Kind, string Text, IReadOnlyList<(int Offset, int Length, int PersonId)> Mentions)> paragraphs,
        ArchiveDate? published, IReadOnlyDictionary<int, string> names)
    {
        var input = paragraphs.Select(p => new EventParagraph(
            p.Text,
            p.Kind is ParagraphKind.Paragraph or ParagraphKind.Caption or ParagraphKind.ListItem,
            p.Mentions,
            p.Kind == ParagraphKind.Caption)).ToList();
        return EventExtractor.Extract(input, published, id => names.GetValueOrDefault(id, ""));
    }

    /// <summary>Extracted events with no source left (their text changed) go; curated and rejected ones stay.</summary>
    public async Task RemoveUnsourcedAsync(CancellationToken cancellationToken) =>
        await Unsourced().ExecuteDeleteAsync(cancellationToken);

    private IQueryable<Event> Unsourced() => db.Events.Where(e => e.Status == EventStatus.Extracted && !e.Curated && !e.Sources.Any());

    /// <summary>A new event for the report, tracked and named now; stored by the article's one save.</summary>
    private Event Create(ExtractedEvent found, EventKind kind, List<Event> created)
    {
        var slug = _index!.TakeSlug(Slugs.From($"{found.Date.Start.Year} {found.Title}", 100));
        var e = new Event
        {
            Slug = slug,
            Title = found.Title,
            Description = found.Quote,
            // An owned value must not be shared between entities: each event gets its own copy.
            Date = found.Date with { },
            Place = found.Place,
            Kind = kind,
            Status = EventStatus.Extracted,
            Participants = [.. found.Participants.Select(id => new EventParticipant { PersonId = id })],
        };
        db.Events.Add(e);
        created.Add(e);
        return e;
    }

    /// <summary>
    /// The stored event reporting the same happening: found in the run's index, then loaded and checked again against
    /// the store (an editor may have changed or merged it meanwhile); when that check fails, the store is asked directly.
    /// An event an editor moved into the report's dates during the run is missed, as it would be had the report come first.
    /// </summary>
    private async Task<Event?> MatchAsync(ExtractedEvent found, CancellationToken cancellationToken)
    {
        if (_index!.Match(found) is not { } id)
        {
            return null;
        }
        var indexed = await db.Events.Include(e => e.Participants).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (indexed is not null && Same(found, indexed))
        {
            return indexed;
        }
        var candidates = await db.Events.Include(e => e.Participants)
            .Where(e => e.Date != null && e.Date.Start <= found.Date.End && e.Date.End >= found.Date.Start)
            .ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(e => Same(found, e));
    }

    private static bool Same(ExtractedEvent found, Event e) => e.Date is not null && EventExtractor.SameHappening(
        found.Kind, found.Date, found.Participants, found.Place,
        (ExtractedKind)e.Kind, e.Date, [.. e.Participants.Select(p => p.PersonId)], e.Place, found.Quote, e.Description ?? "");

    /// <summary>A second report can make an event more precise (a day where only the month was known) and adds its people.</summary>
    private static void Refine(Event existing, ExtractedEvent found)
    {
        // More precise, or as precise and stated where the event's date was only inferred.
        if (existing.Date is { } date && (found.Date.Precision < date.Precision
            || (found.Date.Precision == date.Precision && found.Date.Certainty == DateCertainty.Stated && date.Certainty != DateCertainty.Stated)))
        {
            existing.Date = found.Date with { };
        }
        existing.Place ??= found.Place;
        foreach (var id in found.Participants.Where(id => existing.Participants.All(p => p.PersonId != id)))
        {
            existing.Participants.Add(new EventParticipant { PersonId = id });
        }
    }
}
