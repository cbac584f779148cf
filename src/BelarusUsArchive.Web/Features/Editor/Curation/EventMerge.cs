using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.History;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Curation;

/// <summary>What merging one event into another will move, shown before the editor confirms it.</summary>
public sealed record EventMergePreview(int Sources, int Articles, int Duplicates, IReadOnlyList<string> Joining, IReadOnlyList<string> Shared);

/// <summary>
/// Merging a duplicate event into the one kept: its source passages and participants move (a passage the kept event
/// already reports and a participant it already names are not doubled), and the duplicate goes. The revision keeps
/// every row the merge moved or dropped, so that restoring the duplicate from its history undoes the merge.
/// </summary>
public static class EventMerge
{
    public static async Task<EventMergePreview> PreviewAsync(ArchiveDb db, Event from, Event into, CancellationToken cancellationToken)
    {
        var (moved, dropped) = await SourcesAsync(db, from, into, cancellationToken);
        var (joining, shared) = People(from, into);
        return new EventMergePreview(moved.Count, moved.Select(s => s.ArticleId).Distinct().Count(), dropped.Count,
            [.. joining.Select(p => p.Person?.Name ?? "?")], [.. shared.Select(p => p.Person?.Name ?? "?")]);
    }

    /// <summary>Moves the passages and participants of <paramref name="from"/> to <paramref name="into"/> (both loaded with their people); the caller removes <paramref name="from"/> and saves.</summary>
    public static async Task<EventMoves> MoveAsync(ArchiveDb db, Event from, Event into, CancellationToken cancellationToken)
    {
        var (moved, dropped) = await SourcesAsync(db, from, into, cancellationToken);
        var (joining, shared) = People(from, into);
        var ids = moved.Select(s => s.Id).ToList();
        await db.EventSources.Where(s => ids.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.EventId, into.Id), cancellationToken);
        into.Participants.AddRange(joining.Select(p => new EventParticipant { PersonId = p.PersonId, Person = p.Person }));
        return new EventMoves(EventMoves.Merged, into.Id, into.Slug, into.Title, from.Slug, from.Curated, from.Description, moved, dropped,
            [.. joining.Select(p => p.PersonId)], [.. shared.Select(p => p.PersonId)]);
    }

    private static async Task<(List<SourceRow> Moved, List<SourceRow> Dropped)> SourcesAsync(ArchiveDb db, Event from, Event into, CancellationToken cancellationToken)
    {
        var sources = await db.EventSources.AsNoTracking().Where(s => s.EventId == from.Id).OrderBy(s => s.Id)
            .Select(s => new SourceRow(s.Id, s.ArticleId, s.ParagraphNumber, s.Quote)).ToListAsync(cancellationToken);
        var have = await db.EventSources.AsNoTracking().Where(s => s.EventId == into.Id).Select(s => new { s.ArticleId, s.ParagraphNumber }).ToListAsync(cancellationToken);
        var dropped = sources.Where(s => have.Contains(new { s.ArticleId, s.ParagraphNumber })).ToList();
        return ([.. sources.Except(dropped)], dropped);
    }

    private static (List<EventParticipant> Joining, List<EventParticipant> Shared) People(Event from, Event into)
    {
        var named = into.Participants.Select(p => p.PersonId).ToHashSet();
        var ordered = from.Participants.OrderBy(p => p.Person?.Name, StringComparer.Ordinal).ToList();
        return ([.. ordered.Where(p => !named.Contains(p.PersonId))], [.. ordered.Where(p => named.Contains(p.PersonId))]);
    }
}
