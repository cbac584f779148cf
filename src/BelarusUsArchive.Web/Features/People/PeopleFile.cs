using System.Text.Json;
using BelarusUsArchive.Text;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Names;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.People;

/// <summary>
/// The curated authority of people (seeds/people.json) loaded into the store: people are matched by
/// slug, their aliases and roles replaced from the file, except for people an editor has curated.
/// </summary>
public sealed class PeopleFile(ArchiveDb db, ILogger<PeopleFile> logger)
{
    private sealed record RoleEntry(string Title, string? Organization, string? From, string? To, string? Source);

    private sealed record PersonEntry(string Name, string? Country, string? Description, List<string>? Aliases, List<RoleEntry>? Roles);

    private sealed record FileShape(List<PersonEntry> People);

    /// <summary>Loads the file; true when the store's people changed, so mentions need linking again.</summary>
    public async Task<bool> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return false;
        }
        var file = JsonSerializer.Deserialize<FileShape>(await File.ReadAllBytesAsync(path, cancellationToken), JsonSerializerOptions.Web)
            ?? throw new FormatException($"{Path.GetFileName(path)} holds no people");
        var existing = await db.People.Include(p => p.Aliases).Include(p => p.Roles).AsSplitQuery().ToDictionaryAsync(p => p.Slug, cancellationToken);
        foreach (var entry in file.People)
        {
            var slug = Slugs.From(entry.Name);
            if (!existing.TryGetValue(slug, out var person))
            {
                person = new Person { Slug = slug, Name = entry.Name };
                db.People.Add(person);
            }
            if (person.Curated)
            {
                continue;
            }
            person.Name = entry.Name;
            person.Country = entry.Country;
            person.Description = entry.Description;
            person.Status = PersonStatus.Confirmed;
            SetAliases(person, (entry.Aliases ?? []).Prepend(entry.Name));
            SetRoles(person, [.. (entry.Roles ?? []).Select(r => new PersonRole
            {
                Title = r.Title,
                Organization = r.Organization,
                From = Date(r.From),
                To = Date(r.To),
                Source = r.Source,
            })]);
        }
        var changed = db.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Deleted
            || (e.State == EntityState.Modified && e.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation("People file {File}: {People} people, store {Changed}", Path.GetFileName(path), file.People.Count, changed ? "updated" : "unchanged");
        return changed;
    }

    /// <summary>
    /// Replaces a person's roles only when the file states others: rewriting equal rows would count as a change
    /// of the people and have every stored article linked again on every import.
    /// </summary>
    private static void SetRoles(Person person, List<PersonRole> roles)
    {
        static (string, string?, ArchiveDate?, ArchiveDate?, string?) Facts(PersonRole r) => (r.Title, r.Organization, r.From, r.To, r.Source);
        if (!person.Roles.Select(Facts).SequenceEqual(roles.Select(Facts)))
        {
            person.Roles.Clear();
            person.Roles.AddRange(roles);
        }
    }

    /// <summary>Replaces a person's aliases by these spellings, keeping rows whose text did not change.</summary>
    public static void SetAliases(Person person, IEnumerable<string> spellings)
    {
        var wanted = spellings.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        person.Aliases.RemoveAll(a => !wanted.Contains(a.Text));
        foreach (var text in wanted.Where(t => person.Aliases.All(a => a.Text != t)))
        {
            person.Aliases.Add(Alias(person.Name, text));
        }
    }

    public static PersonAlias Alias(string canonical, string text)
    {
        var cyrillic = text.Any(c => c is >= '\u0400' and <= '\u04FF');
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new PersonAlias
        {
            Text = text,
            Key = string.Join(' ', NameKey.FoldName(text)),
            Script = cyrillic ? AliasScript.Cyrillic : AliasScript.Latin,
            Kind = text == canonical ? AliasKind.Canonical
                : cyrillic ? AliasKind.Native
                : words.Length == 1 ? AliasKind.ShortForm
                : words.Any(w => w.Length == 2 && w[1] == '.') ? AliasKind.Initials
                : AliasKind.Romanization,
        };
    }

    private static ArchiveDate? Date(string? edtf) =>
        edtf is null ? null
        : ArchiveDate.TryParseEdtf(edtf, DateSource.Editor, out var date) ? date
        : throw new FormatException($"people file: '{edtf}' is not an EDTF date");
}
