using System.ComponentModel.DataAnnotations;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.History;
using BelarusUsArchive.Web.Features.People;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Curation;

/// <summary>
/// Curates a person: name, spellings, country, description; confirms or rejects a candidate; merges a duplicate into
/// another person. A rejection and a merge first show what they will hide or move and are done on the second step.
/// A curated person is never rewritten by the people file or the import; every act can be undone from the history.
/// </summary>
public class PersonModel(ArchiveDb db, UserManager<EditorUser> users) : PageModel
{
    public sealed record InputModel
    {
        [Required, StringLength(200)] public string Name { get; init; } = "";
        [StringLength(4000)] public string? Aliases { get; init; }
        [StringLength(100)] public string? Country { get; init; }
        [StringLength(1000)] public string? Description { get; init; }
        public Guid Version { get; init; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public Person Person { get; private set; } = null!;
    public IReadOnlyList<(string Slug, string Name)> Others { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public Conflict? Conflict { get; private set; }
    /// <summary>Set while a rejection waits for its confirmation: how many mentions it unlinks.</summary>
    public int? RejectMentions { get; private set; }
    /// <summary>Set while a merge waits for its confirmation: the other person and what moves.</summary>
    public (Person Into, MergePreview Moves)? Merge { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? decision, string? into, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        Input = FromPerson(Person);
        if (decision == "reject" && Person.Status != PersonStatus.Rejected)
        {
            RejectMentions = await db.Mentions.CountAsync(m => m.PersonId == Person.Id, cancellationToken);
        }
        else if (!string.IsNullOrEmpty(into))
        {
            return await PreviewMergeAsync(into, cancellationToken);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string? decision, bool confirmed, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            Problems = [.. ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (Person.Version != Input.Version)
        {
            return await ConflictAsync(slug, decision, cancellationToken);
        }
        var rejecting = decision == "reject" && Person.Status != PersonStatus.Rejected;
        if (rejecting && !confirmed)
        {
            RejectMentions = await db.Mentions.CountAsync(m => m.PersonId == Person.Id, cancellationToken);
            return Page();
        }
        var (stored, before) = (Person.Version, RevisionLog.State(Person));
        Person.Name = Input.Name.Trim();
        Person.Country = string.IsNullOrWhiteSpace(Input.Country) ? null : Input.Country.Trim();
        Person.Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
        PeopleFile.SetAliases(Person, (Input.Aliases ?? "").Split('\n').Prepend(Person.Name));
        Person.Status = decision switch { "confirm" => PersonStatus.Confirmed, "reject" => PersonStatus.Rejected, _ => Person.Status };
        Person.Curated = true;
        Person.Version = Guid.NewGuid();
        // One transaction, the save first: a save refused by the concurrency token must not have unlinked the mentions.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var unlinked = rejecting ? await PersonRestore.MentionsOfAsync(db, Person.Id, cancellationToken) : null;
        await RecordAsync(Person.Id, $"{(decision is null ? "Curated" : decision == "confirm" ? "Confirmed" : "Rejected")} {Person.Name}",
            new RevisionData(before, RevisionLog.State(Person), Unlinked: unlinked));
        if (!await Conflicts.TrySaveAsync(db, stored, Input.Version, cancellationToken))
        {
            return await ConflictAsync(slug, decision, cancellationToken);
        }
        if (unlinked is not null)
        {
            await PersonRestore.UnlinkAsync(db, Person.Id, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return Redirect(Person.Status == PersonStatus.Rejected ? "/people" : $"/people/{Person.Slug}");
    }

    /// <summary>Merges this person into another: mentions, spellings, events and bylines move; this record goes (its history can bring it back).</summary>
    public async Task<IActionResult> OnPostMergeAsync(string slug, string into, Guid? intoVersion, bool confirmed, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        if (!confirmed)
        {
            return await PreviewMergeAsync(into, cancellationToken);
        }
        var target = await db.People.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Slug == into && p.Id != Person.Id, cancellationToken);
        if (target is null)
        {
            return await PreviewMergeAsync(into, cancellationToken);
        }
        var (stored, before, targetBefore) = (Person.Version, RevisionLog.State(Person), RevisionLog.State(target));
        if (Person.Version != Input.Version || (intoVersion is { } v && v != target.Version))
        {
            return await MergeConflictAsync(slug, into, cancellationToken);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moves = await PersonMerge.MoveAsync(db, Person, target, cancellationToken);
        target.Curated = true;
        target.Version = Guid.NewGuid();
        var summary = $"Merged {Person.Name} into {target.Name}";
        await RecordAsync(Person.Id, summary, new RevisionData(before, new RecordState(("merged into", target.Name)), Merge: moves));
        await RecordAsync(target.Id, summary, new RevisionData(targetBefore, RevisionLog.State(target)));
        db.People.Remove(Person);
        if (!await Conflicts.TrySaveAsync(db, stored, Input.Version, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return await MergeConflictAsync(slug, into, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return Redirect($"/people/{target.Slug}");
    }

    private async Task<IActionResult> PreviewMergeAsync(string? into, CancellationToken cancellationToken)
    {
        var target = await db.People.Include(p => p.Aliases).AsNoTracking().SingleOrDefaultAsync(p => p.Slug == into && p.Id != Person.Id, cancellationToken);
        if (target is null)
        {
            Problems = ["Choose the person to merge into."];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Merge = (target, await PersonMerge.PreviewAsync(db, Person, target, cancellationToken));
        return Page();
    }

    /// <summary>Someone saved first: nothing of this save is stored, the form keeps what the editor wrote, and both versions are shown.</summary>
    private async Task<IActionResult> ConflictAsync(string slug, string? decision, CancellationToken cancellationToken)
    {
        await LoadAsync(slug, cancellationToken);
        var yours = new RecordState(("name", Input.Name.Trim()), ("status", decision switch { "confirm" => "Confirmed", "reject" => "Rejected", _ => Person.Status.ToString() }),
            ("country", Input.Country), ("description", Input.Description),
            ("aliases", string.Join('\n', (Input.Aliases ?? "").Split('\n').Prepend(Input.Name).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct().Order(StringComparer.Ordinal))));
        Conflict = await Conflicts.ShowAsync(this, db, "person", Person.Id, Person.Version, RevisionLog.State(Person), yours, cancellationToken);
        return Page();
    }

    private async Task<IActionResult> MergeConflictAsync(string slug, string into, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        var result = await PreviewMergeAsync(into, cancellationToken);
        var yours = new RecordState(("name", Input.Name), ("country", Input.Country), ("description", Input.Description), ("aliases", Input.Aliases));
        Conflict = await Conflicts.ShowAsync(this, db, "person", Person.Id, Person.Version, RevisionLog.State(Person) is var s
            ? new RecordState([.. s.Fields.Where(f => f.Name != "status")]) : s, yours, cancellationToken);
        Input = FromPerson(Person);
        return result;
    }

    private async Task RecordAsync(int id, string summary, RevisionData data)
    {
        var user = await users.GetUserAsync(User);
        RevisionLog.Record(db, "person", id, summary, user?.Shown ?? "?", data);
    }

    private static InputModel FromPerson(Person p) => new()
    {
        Name = p.Name, Aliases = string.Join('\n', p.Aliases.Where(a => a.Text != p.Name).Select(a => a.Text)), Country = p.Country, Description = p.Description, Version = p.Version,
    };

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var person = await db.People.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (person is null)
        {
            return false;
        }
        Person = person;
        Others = [.. (await db.People.AsNoTracking().Where(p => p.Id != person.Id && p.Status != PersonStatus.Rejected)
            .OrderBy(p => p.Name).Select(p => new { p.Slug, p.Name }).ToListAsync(cancellationToken)).Select(p => (p.Slug, p.Name))];
        return true;
    }
}
