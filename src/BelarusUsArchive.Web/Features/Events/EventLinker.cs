using BelarusUsArchive.Text;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Events;
using BelarusUsArchive.Web.Data;
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
    public async Task LinkAsync(Article article, CancellationToken cancellationToken)
    {
        await db.EventSources.Where(s => s.ArticleId == article.Id).ExecuteDeleteAsync(cancellationToken);
        await RemoveUnsourcedAsync(cancellationToken);

        var paragraphs = article.Paragraphs.OrderBy(p => p.Number).ToList();
        var mentions = await db.Mentions.AsNoTracking().Where(m => m.ArticleId == article.Id)
            .Select(m => new { m.ParagraphId, m.Offset, m.Length, m.PersonId }).ToListAsync(cancellationToken);
        var names = await db.People.AsNoTracking().Where(p => mentions.Select(m => m.PersonId).Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var input = paragraphs.Select(p => new EventParagraph(
            p.Text,
            p.Kind is ParagraphKind.Paragraph or ParagraphKind.Caption or ParagraphKind.ListItem,
            [.. mentions.Where(m => m.ParagraphId == p.Id).Select(m => (m.Offset, m.Length, m.PersonId))],
            p.Kind == ParagraphKind.Caption)).ToList();

        foreach (var found in EventExtractor.Extract(input, article.Published, id => names.GetValueOrDefault(id, "")))
        {
            var kind = (EventKind)found.Kind;
            var candidates = await db.Events.Include(e => e.Participants)
                .Where(e => e.Date != null && e.Date.Start <= found.Date.End && e.Date.End >= found.Date.Start)
                .ToListAsync(cancellationToken);
            var match = candidates.FirstOrDefault(e => EventExtractor.SameHappening(
                found.Kind, found.Date, found.Participants, found.Place,
                (ExtractedKind)e.Kind, e.Date!, [.. e.Participants.Select(p => p.PersonId)], e.Place, found.Quote, e.Description ?? ""));
            var target = match ?? await CreateAsync(found, kind, cancellationToken);
            if (match is not null && !match.Curated)
            {
                Refine(match, found);
            }
            var sourceParagraph = paragraphs[found.Paragraph].Number;
            if (!await db.EventSources.AnyAsync(s => s.EventId == target.Id && s.ArticleId == article.Id && s.ParagraphNumber == sourceParagraph, cancellationToken))
            {
                db.EventSources.Add(new EventSource { EventId = target.Id, ArticleId = article.Id, ParagraphNumber = sourceParagraph, Quote = found.Quote });
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Extracted events with no source left (their text changed) go; curated and rejected ones stay.</summary>
    public async Task RemoveUnsourcedAsync(CancellationToken cancellationToken) =>
        await db.Events.Where(e => e.Status == EventStatus.Extracted && !e.Curated && !e.Sources.Any()).ExecuteDeleteAsync(cancellationToken);

    private async Task<Event> CreateAsync(ExtractedEvent found, EventKind kind, CancellationToken cancellationToken)
    {
        var slug = await ArchiveSlugs.UniqueAsync(db.Events.Select(e => e.Slug), Slugs.From($"{found.Date.Start.Year} {found.Title}", 100), cancellationToken);
        var created = new Event
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
        db.Events.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }

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
