using BelarusUsArchive.Text.Names;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Curation;

/// <summary>
/// An event's participants as an editor changes them: a person is named as a reader would write them (any spelling the
/// archive knows, or the address of their page) and must be a person of the archive; rejected people are not offered.
/// </summary>
public static class EventPeople
{
    /// <summary>The names offered while typing (a datalist: a plain text field without JavaScript or support for it).</summary>
    public static async Task<IReadOnlyList<string>> NamesAsync(ArchiveDb db, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking().Where(p => p.Status != PersonStatus.Rejected).OrderBy(p => p.Name).Select(p => p.Name).Take(5000).ToListAsync(cancellationToken);

    /// <summary>The one person a typed name means, or why there is none.</summary>
    public static async Task<(Person? Person, string? Problem)> FindAsync(ArchiveDb db, string typed, CancellationToken cancellationToken)
    {
        var name = typed.Trim();
        if (name.StartsWith("/people/", StringComparison.Ordinal))
        {
            name = name["/people/".Length..];
        }
        var key = string.Join(' ', NameKey.FoldName(name));
        var found = await db.People.AsNoTracking().Where(p => p.Status != PersonStatus.Rejected)
            .Where(p => p.Slug == name || p.Name == name || p.Aliases.Any(a => a.Text == name || (key != "" && a.Key == key)))
            .OrderBy(p => p.Name).Take(10).ToListAsync(cancellationToken);
        // An exact spelling wins over people who only share its folded form.
        var exact = found.Where(p => p.Slug == name || p.Name == name).ToList();
        return (exact.Count == 1 ? exact : found) switch
        {
            [] => (null, $"No person of the archive is called “{name}”. Type a name as it is spelled on the person's page, or the address of that page (/people/…)."),
            [var one] => (one, null),
            var many => (null, $"“{name}” could mean {string.Join(", ", many.Select(p => $"{p.Name} (/people/{p.Slug})"))}: type the address of the one you mean."),
        };
    }

    /// <summary>Removes the unticked ids and adds the named person; the problem when the name is not one person's.</summary>
    public static async Task<string?> ChangeAsync(ArchiveDb db, Event e, IReadOnlyCollection<int> remove, string? add, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(add))
        {
            var (person, problem) = await FindAsync(db, add, cancellationToken);
            if (person is null)
            {
                return problem;
            }
            if (e.Participants.All(p => p.PersonId != person.Id))
            {
                e.Participants.Add(new EventParticipant { PersonId = person.Id, Person = await db.People.FindAsync([person.Id], cancellationToken) });
            }
        }
        e.Participants.RemoveAll(p => remove.Contains(p.PersonId));
        return null;
    }

    /// <summary>The participants' names as the state records them, for the "yours" side of a conflict.</summary>
    public static string Names(IEnumerable<string> names) => string.Join('\n', names.Order(StringComparer.Ordinal));
}
