using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Events;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Events;

/// <summary>
/// The stored events as the matcher needs them, held in memory for one import run: filed under each year their dates
/// touch, so finding the events a report may be about reads a few buckets instead of every event dated before it
/// (an index on the start date alone scans half the table). A description is kept only for an event naming nobody,
/// the one case the matcher compares words; slugs are kept to name new events without a query.
/// The store stays the truth: the writer loads a match and checks it again before using it.
/// </summary>
public sealed class EventIndex
{
    public sealed record Facts(int Id, ExtractedKind Kind, ArchiveDate Date, int[] People, string? Place, string? Description);

    private readonly Dictionary<int, List<Facts>> _byYear = [];
    private readonly Dictionary<int, Facts> _byId = [];
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    public static async Task<EventIndex> LoadAsync(ArchiveDb db, CancellationToken cancellationToken)
    {
        var index = new EventIndex();
        index._slugs.UnionWith(await db.Events.Select(e => e.Slug).ToListAsync(cancellationToken));
        var rows = await db.Events.AsNoTracking().Where(e => e.Date != null)
            .OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.Kind, e.Date, e.Place, e.Description, People = e.Participants.Select(p => p.PersonId).ToList() })
            .ToListAsync(cancellationToken);
        foreach (var e in rows)
        {
            index.Add(new Facts(e.Id, (ExtractedKind)e.Kind, e.Date!, [.. e.People], e.Place, e.People.Count == 0 ? e.Description : null));
        }
        return index;
    }

    /// <summary>The first stored event (by id, the order the store hands them over in) that reports the same happening.</summary>
    public int? Match(ExtractedEvent found)
    {
        // Each year's events are kept in order of id: the first match of each year the report touches, the lowest of those.
        int? first = null;
        for (var year = found.Date.Start.Year; year <= found.Date.End.Year; year++)
        {
            if (!_byYear.TryGetValue(year, out var bucket))
            {
                continue;
            }
            foreach (var e in bucket)
            {
                if (e.Id >= first)
                {
                    break;
                }
                if (EventExtractor.SameHappening(found.Kind, found.Date, found.Participants, found.Place,
                    e.Kind, e.Date, e.People, e.Place, found.Quote, e.Description ?? ""))
                {
                    first = e.Id;
                    break;
                }
            }
        }
        return first;
    }

    /// <summary>Files an event (new, or changed by a later report) under its years.</summary>
    public void Put(Event stored)
    {
        Remove(stored.Id);
        if (stored.Date is { } date)
        {
            var people = stored.Participants.Select(p => p.PersonId).ToArray();
            Add(new Facts(stored.Id, (ExtractedKind)stored.Kind, date, people, stored.Place, people.Length == 0 ? stored.Description : null));
        }
    }

    /// <summary>Forgets an event removed from the store, and frees its slug.</summary>
    public void Drop(int id, string slug)
    {
        Remove(id);
        _slugs.Remove(slug);
    }

    /// <summary>The slug itself or with the first free numeric suffix, as <see cref="ArchiveSlugs"/> picks it; taken from then on.</summary>
    public string TakeSlug(string slug)
    {
        var unique = ArchiveSlugs.Unique(_slugs, slug);
        _slugs.Add(unique);
        return unique;
    }

    private void Add(Facts facts)
    {
        _byId[facts.Id] = facts;
        for (var year = facts.Date.Start.Year; year <= facts.Date.End.Year; year++)
        {
            if (!_byYear.TryGetValue(year, out var bucket))
            {
                _byYear[year] = bucket = [];
            }
            // In order of id: a new event comes last, one put back after a change goes to its place.
            if (bucket.Count == 0 || bucket[^1].Id < facts.Id)
            {
                bucket.Add(facts);
            }
            else
            {
                var at = bucket.FindIndex(e => e.Id > facts.Id);
                bucket.Insert(at < 0 ? bucket.Count : at, facts);
            }
        }
    }

    private void Remove(int id)
    {
        if (!_byId.Remove(id, out var old))
        {
            return;
        }
        for (var year = old.Date.Start.Year; year <= old.Date.End.Year; year++)
        {
            _byYear[year].RemoveAll(e => e.Id == id);
        }
    }
}
