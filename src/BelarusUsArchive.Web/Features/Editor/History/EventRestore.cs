using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.Curation;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.History;

/// <summary>
/// Putting an event back to a kept state: its fields and participants; an event merged into another brought back
/// (its passages and participants leaving the other); a split undone when the version before it is restored (the
/// passages and participants that went to the new event come back, and the new event goes if nothing else reports it).
/// </summary>
public static class EventRestore
{
    public static Task<Event?> LoadAsync(ArchiveDb db, int id, CancellationToken cancellationToken) =>
        db.Events.Include(e => e.Participants).ThenInclude(p => p.Person).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>The latest merge of this event, if it is gone because of one.</summary>
    public static async Task<EventMoves?> MergeAsync(ArchiveDb db, int id, CancellationToken cancellationToken)
    {
        var latest = await db.Revisions.AsNoTracking().Where(r => r.EntityType == "event" && r.EntityId == id)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Select(r => r.Data).FirstOrDefaultAsync(cancellationToken);
        return RevisionData.Parse(latest)?.Events is { Act: EventMoves.Merged } moves ? moves : null;
    }

    /// <summary>Puts a kept state back; <paramref name="undoing"/> is the revision whose before-state this is. Null when done, else why it cannot be.</summary>
    public static async Task<string?> ApplyAsync(ArchiveDb db, int id, RecordState state, RevisionData? undoing, CancellationToken cancellationToken)
    {
        var found = await LoadAsync(db, id, cancellationToken);
        if (found is null)
        {
            return await MergeAsync(db, id, cancellationToken) is { } merge
                ? await UndoMergeAsync(db, id, merge, state, cancellationToken)
                : "This event is no longer stored and no merge of it is kept.";
        }
        if (undoing?.Events is { Act: EventMoves.Split } split && await UndoSplitAsync(db, found, split, cancellationToken) is { } problem)
        {
            return problem;
        }
        await ApplyFieldsAsync(db, found, state, cancellationToken);
        return null;
    }

    /// <summary>What restoring will move besides the fields, for the confirmation.</summary>
    public static async Task<IReadOnlyList<string>> MovesAsync(ArchiveDb db, int id, RevisionData? undoing, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == id, cancellationToken))
        {
            return await MergeAsync(db, id, cancellationToken) is { } m
                ? [$"Undoes the merge into “{m.OtherTitle}”: {Passages(m)} and {People(m)} come back to this event, under its own address /events/{m.Slug}."]
                : ["This record no longer exists and no merge of it is kept: it cannot be restored."];
        }
        return undoing?.Events is { Act: EventMoves.Split } s
            ? [$"Undoes the split: {Passages(s)} and {People(s)} come back from “{s.OtherTitle}”, which is removed unless another passage reports it."]
            : [];
    }

    private static string Passages(EventMoves m) => EventModel.Count(m.MovedSources.Count + m.DroppedSources.Count, "source passage");

    private static string People(EventMoves m) => EventModel.Count(m.MovedPeople.Count + m.SharedPeople.Count, "participant");

    private static async Task ApplyFieldsAsync(ArchiveDb db, Event e, RecordState state, CancellationToken cancellationToken)
    {
        e.Title = state["title"] ?? e.Title;
        e.Date = state["date"] is { } edtf && ArchiveDate.TryParseEdtf(edtf, DateSource.Editor, out var date) ? date : null;
        e.Place = state["place"];
        e.Kind = Enum.TryParse<EventKind>(state["kind"], out var kind) ? kind : e.Kind;
        e.Status = Enum.TryParse<EventStatus>(state["status"], out var status) ? status : e.Status;
        e.Curated = true;
        e.Version = Guid.NewGuid();
        // A revision kept before participants were part of an event's state leaves them as they are.
        if (state.Fields.Any(f => f.Name == "~participant ids"))
        {
            var ids = (state["~participant ids"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
            var existing = await db.People.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
            e.Participants.RemoveAll(p => !existing.Contains(p.PersonId));
            e.Participants.AddRange(existing.Where(pid => e.Participants.All(p => p.PersonId != pid)).Select(pid => new EventParticipant { PersonId = pid }));
        }
    }

    private static async Task<string?> UndoMergeAsync(ArchiveDb db, int id, EventMoves moves, RecordState state, CancellationToken cancellationToken)
    {
        var into = await LoadAsync(db, moves.OtherId, cancellationToken);
        if (into is null)
        {
            return $"“{moves.OtherTitle}” no longer exists (merged or removed since): undo that first, from its history.";
        }
        if (await db.Events.AnyAsync(e => e.Slug == moves.Slug, cancellationToken))
        {
            return $"Another event now has the address /events/{moves.Slug}.";
        }
        var restored = new Event { Id = id, Slug = moves.Slug, Title = state["title"] ?? moves.Slug, Description = moves.Description };
        await ApplyFieldsAsync(db, restored, state, cancellationToken);
        restored.Curated = moves.Curated;
        db.Events.Add(restored);
        into.Participants.RemoveAll(p => moves.MovedPeople.Contains(p.PersonId));
        into.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        var moved = moves.MovedSources.Select(s => s.Id).ToList();
        await db.EventSources.Where(s => moved.Contains(s.Id) && s.EventId == into.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.EventId, id), cancellationToken);
        await AddBackAsync(db, id, moves.DroppedSources, cancellationToken);
        return null;
    }

    private static async Task<string?> UndoSplitAsync(ArchiveDb db, Event e, EventMoves moves, CancellationToken cancellationToken)
    {
        var created = await LoadAsync(db, moves.OtherId, cancellationToken);
        var moved = moves.MovedSources.Select(s => s.Id).ToList();
        if (created is null)
        {
            // Undone already (the passages are back): only the fields are restored. Merged into another event: undo that first.
            return await db.EventSources.AnyAsync(s => moved.Contains(s.Id) && s.EventId != e.Id, cancellationToken)
                ? $"The event split off, “{moves.OtherTitle}”, no longer exists (merged since): undo that first, from its history." : null;
        }
        await db.EventSources.Where(s => moved.Contains(s.Id) && s.EventId == created.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.EventId, e.Id), cancellationToken);
        if (!await db.EventSources.AnyAsync(s => s.EventId == created.Id, cancellationToken))
        {
            db.Events.Remove(created);
        }
        else
        {
            created.Participants.RemoveAll(p => moves.MovedPeople.Contains(p.PersonId) || moves.SharedPeople.Contains(p.PersonId));
            created.Version = Guid.NewGuid();
        }
        return null;
    }

    /// <summary>Passages a merge dropped as duplicates, reported again by the event they came from (if their article still stands).</summary>
    private static async Task AddBackAsync(ArchiveDb db, int id, IReadOnlyList<SourceRow> rows, CancellationToken cancellationToken)
    {
        var articles = rows.Select(r => r.ArticleId).Distinct().ToList();
        var standing = await db.Articles.Where(a => articles.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        db.EventSources.AddRange(rows.Where(r => standing.Contains(r.ArticleId))
            .Select(r => new EventSource { EventId = id, ArticleId = r.ArticleId, ParagraphNumber = r.ParagraphNumber, Quote = r.Quote }));
    }
}
