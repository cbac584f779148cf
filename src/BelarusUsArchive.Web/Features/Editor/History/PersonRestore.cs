using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.Curation;
using BelarusUsArchive.Web.Features.People;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.History;

/// <summary>
/// Putting a person back to a kept state: fields and spellings; mentions unlinked by a rejection linked again when
/// the person is no longer rejected (and unlinked, and kept, when the restored state is a rejection); a merged person
/// brought back by undoing the merge.
/// </summary>
public static class PersonRestore
{
    public static async Task<List<MentionRow>> MentionsOfAsync(ArchiveDb db, int personId, CancellationToken cancellationToken) =>
        await db.Mentions.AsNoTracking().Where(m => m.PersonId == personId).OrderBy(m => m.Id)
            .Select(m => new MentionRow(m.ArticleId, m.ParagraphId, m.Offset, m.Length, m.Surface)).ToListAsync(cancellationToken);

    public static Task<int> UnlinkAsync(ArchiveDb db, int personId, CancellationToken cancellationToken) =>
        db.Mentions.Where(m => m.PersonId == personId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>The mentions the latest rejection unlinked whose paragraphs still stand (a re-import may have replaced them).</summary>
    public static async Task<List<MentionRow>> UnlinkedAsync(ArchiveDb db, int personId, CancellationToken cancellationToken)
    {
        var kept = await db.Revisions.AsNoTracking().Where(r => r.EntityType == "person" && r.EntityId == personId && r.Data != null)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Select(r => r.Data).ToListAsync(cancellationToken);
        var rows = kept.Select(RevisionData.Parse).FirstOrDefault(d => d?.Unlinked is { Count: > 0 })?.Unlinked ?? [];
        var paragraphs = rows.Select(r => r.ParagraphId).Distinct().ToList();
        var standing = await db.Paragraphs.Where(p => paragraphs.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        return [.. rows.Where(r => standing.Contains(r.ParagraphId))];
    }

    /// <summary>Latest merge of this person, if it is gone because of one.</summary>
    public static async Task<MergeMoves?> MergeAsync(ArchiveDb db, int personId, CancellationToken cancellationToken)
    {
        var latest = await db.Revisions.AsNoTracking().Where(r => r.EntityType == "person" && r.EntityId == personId)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Select(r => r.Data).FirstOrDefaultAsync(cancellationToken);
        return RevisionData.Parse(latest)?.Merge;
    }

    /// <summary>Applies a kept state to a person that exists; returns the mentions unlinked by a restored rejection.</summary>
    public static async Task<List<MentionRow>?> ApplyAsync(ArchiveDb db, Person person, RecordState state, CancellationToken cancellationToken)
    {
        var status = Enum.TryParse<PersonStatus>(state["status"], out var s) ? s : person.Status;
        var wasRejected = person.Status == PersonStatus.Rejected;
        person.Name = state["name"] ?? person.Name;
        person.Country = state["country"];
        person.Description = state["description"];
        PeopleFile.SetAliases(person, (state["aliases"] ?? "").Split('\n').Prepend(person.Name));
        person.Status = status;
        person.Curated = true;
        person.Version = Guid.NewGuid();
        if (wasRejected && status != PersonStatus.Rejected)
        {
            var have = await db.Mentions.Where(m => m.PersonId == person.Id).Select(m => new { m.ParagraphId, m.Offset }).ToListAsync(cancellationToken);
            db.Mentions.AddRange((await UnlinkedAsync(db, person.Id, cancellationToken)).Where(r => !have.Contains(new { r.ParagraphId, r.Offset }))
                .Select(r => new Mention { ArticleId = r.ArticleId, ParagraphId = r.ParagraphId, PersonId = person.Id, Offset = r.Offset, Length = r.Length, Surface = r.Surface }));
        }
        return !wasRejected && status == PersonStatus.Rejected ? await MentionsOfAsync(db, person.Id, cancellationToken) : null;
    }

    /// <summary>What restoring will move besides the fields, for the confirmation.</summary>
    public static async Task<IReadOnlyList<string>> MovesAsync(ArchiveDb db, int personId, Person? person, RecordState state, CancellationToken cancellationToken)
    {
        var status = Enum.TryParse<PersonStatus>(state["status"], out var s) ? s : PersonStatus.Confirmed;
        if (person is null)
        {
            return await MergeAsync(db, personId, cancellationToken) is { } m
                ? [$"Undoes the merge into {m.IntoName}: {EventModel.Count(m.Mentions.Count, "mention")}, {EventModel.Count(m.MovedEvents.Count + m.SharedEvents.Count, "event")} and {EventModel.Count(m.Authors.Count, "byline")} go back to this person; "
                    + (m.BroughtAliases.Count == 0 ? "no spelling leaves them." : $"the spellings {string.Join(", ", m.BroughtAliases)} leave {m.IntoName}.")]
                : ["This record no longer exists and no merge of it is kept: it cannot be restored."];
        }
        if (person.Status == PersonStatus.Rejected && status != PersonStatus.Rejected)
        {
            return [$"{EventModel.Count((await UnlinkedAsync(db, personId, cancellationToken)).Count, "mention")} unlinked by the rejection are linked again."];
        }
        if (person.Status != PersonStatus.Rejected && status == PersonStatus.Rejected)
        {
            return [$"The person is rejected again: {EventModel.Count(await db.Mentions.CountAsync(x => x.PersonId == personId, cancellationToken), "mention")} are unlinked."];
        }
        return [];
    }
}
