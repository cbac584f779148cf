using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.History;
using BelarusUsArchive.Web.Features.People;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Curation;

/// <summary>What a merge of one person into another will move, shown before the editor confirms it.</summary>
public sealed record MergePreview(int Mentions, int Articles, int Events, int SharedEvents, int Bylines, int Roles, IReadOnlyList<string> Spellings);

/// <summary>
/// Merging a duplicate person into another and undoing it: the merge keeps, in its revision, every row it moved
/// (mentions, bylines, event participations, spellings, roles), so that restoring the person puts them back.
/// </summary>
public static class PersonMerge
{
    public static async Task<MergePreview> PreviewAsync(ArchiveDb db, Person from, Person into, CancellationToken cancellationToken)
    {
        var mentions = db.Mentions.Where(m => m.PersonId == from.Id);
        var intoEvents = db.EventParticipants.Where(p => p.PersonId == into.Id).Select(p => p.EventId);
        var events = await db.EventParticipants.Where(p => p.PersonId == from.Id).Select(p => p.EventId).ToListAsync(cancellationToken);
        var shared = await intoEvents.CountAsync(e => events.Contains(e), cancellationToken);
        return new MergePreview(await mentions.CountAsync(cancellationToken), await mentions.Select(m => m.ArticleId).Distinct().CountAsync(cancellationToken),
            events.Count, shared, await db.Authors.CountAsync(a => a.PersonId == from.Id, cancellationToken),
            await db.Set<PersonRole>().CountAsync(r => r.PersonId == from.Id, cancellationToken),
            [.. from.Aliases.Select(a => a.Text).Where(t => into.Aliases.All(a => a.Text != t)).Order(StringComparer.Ordinal)]);
    }

    /// <summary>Moves everything of <paramref name="from"/> to <paramref name="into"/> (the caller removes <paramref name="from"/> and saves).</summary>
    public static async Task<MergeMoves> MoveAsync(ArchiveDb db, Person from, Person into, CancellationToken cancellationToken)
    {
        var mentions = await db.Mentions.Where(m => m.PersonId == from.Id).Select(m => m.Id).ToListAsync(cancellationToken);
        var authors = await db.Authors.Where(a => a.PersonId == from.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        var intoEvents = await db.EventParticipants.Where(p => p.PersonId == into.Id).Select(p => p.EventId).ToListAsync(cancellationToken);
        var events = await db.EventParticipants.Where(p => p.PersonId == from.Id).Select(p => p.EventId).ToListAsync(cancellationToken);
        var roles = await db.Set<PersonRole>().AsNoTracking().Where(r => r.PersonId == from.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var brought = from.Aliases.Select(a => a.Text).Where(t => into.Aliases.All(a => a.Text != t)).ToList();
        await db.Mentions.Where(m => m.PersonId == from.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.PersonId, into.Id), cancellationToken);
        await db.Authors.Where(a => a.PersonId == from.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.PersonId, into.Id), cancellationToken);
        await db.EventParticipants.Where(p => p.PersonId == from.Id && intoEvents.Contains(p.EventId)).ExecuteDeleteAsync(cancellationToken);
        await db.EventParticipants.Where(p => p.PersonId == from.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.PersonId, into.Id), cancellationToken);
        PeopleFile.SetAliases(into, into.Aliases.Select(a => a.Text).Concat(brought));
        return new MergeMoves(into.Id, into.Slug, into.Name, from.Slug, from.Curated, mentions, authors,
            [.. events.Where(e => !intoEvents.Contains(e))], [.. events.Where(intoEvents.Contains)], brought,
            [.. roles.Select(r => new RoleRow(r.Title, r.Organization, r.From?.Edtf, r.To?.Edtf, r.Source, r.SourceParagraphId))]);
    }

    /// <summary>
    /// Undoes a merge: the person comes back under its own id and slug with the state restored, and the rows the merge
    /// moved go back to it; the spellings it brought leave the other person. Null when done, else why it cannot be.
    /// </summary>
    public static async Task<string?> UndoAsync(ArchiveDb db, int id, MergeMoves moves, RecordState state, CancellationToken cancellationToken)
    {
        var into = await db.People.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Id == moves.IntoId, cancellationToken);
        if (into is null)
        {
            return $"{moves.IntoName} no longer exists (merged or removed since): undo that first, from their history.";
        }
        if (await db.People.AnyAsync(p => p.Slug == moves.Slug, cancellationToken))
        {
            return $"Another person now has the address /people/{moves.Slug}.";
        }
        var person = new Person
        {
            Id = id, Slug = moves.Slug, Name = state["name"] ?? moves.Slug, Country = state["country"], Description = state["description"],
            Status = Enum.TryParse<PersonStatus>(state["status"], out var s) ? s : PersonStatus.Confirmed, Curated = moves.Curated,
        };
        PeopleFile.SetAliases(person, (state["aliases"] ?? "").Split('\n').Prepend(person.Name));
        foreach (var r in moves.Roles)
        {
            person.Roles.Add(new PersonRole
            {
                Title = r.Title, Organization = r.Organization, Source = r.Source, SourceParagraphId = r.SourceParagraphId,
                From = Edtf(r.From), To = Edtf(r.To),
            });
        }
        db.People.Add(person);
        PeopleFile.SetAliases(into, into.Aliases.Select(a => a.Text).Where(t => t == into.Name || !moves.BroughtAliases.Contains(t)));
        into.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await db.Mentions.Where(m => moves.Mentions.Contains(m.Id) && m.PersonId == into.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.PersonId, id), cancellationToken);
        await db.Authors.Where(a => moves.Authors.Contains(a.Id) && a.PersonId == into.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.PersonId, id), cancellationToken);
        await db.EventParticipants.Where(p => moves.MovedEvents.Contains(p.EventId) && p.PersonId == into.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.PersonId, id), cancellationToken);
        var existing = await db.Events.Where(e => moves.SharedEvents.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
        db.EventParticipants.AddRange(existing.Select(e => new EventParticipant { EventId = e, PersonId = id }));
        return null;
    }

    private static BelarusUsArchive.Text.Dates.ArchiveDate? Edtf(string? edtf) =>
        edtf is not null && BelarusUsArchive.Text.Dates.ArchiveDate.TryParseEdtf(edtf, BelarusUsArchive.Text.Dates.DateSource.Editor, out var d) ? d : null;
}
