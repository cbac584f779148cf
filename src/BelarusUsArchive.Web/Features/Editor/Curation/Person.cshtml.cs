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
/// Curates a person: name, spellings, country, description; confirms or rejects a candidate; merges a
/// duplicate into another person. A curated person is never rewritten by the people file or the import.
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

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        Input = new InputModel
        {
            Name = Person.Name,
            Aliases = string.Join('\n', Person.Aliases.Where(a => a.Text != Person.Name).Select(a => a.Text)),
            Country = Person.Country,
            Description = Person.Description,
            Version = Person.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string? decision, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        if (Person.Version != Input.Version)
        {
            return ShowConflict();
        }
        if (!ModelState.IsValid)
        {
            Problems = [.. ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Person.Name = Input.Name.Trim();
        Person.Country = string.IsNullOrWhiteSpace(Input.Country) ? null : Input.Country.Trim();
        Person.Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
        PeopleFile.SetAliases(Person, (Input.Aliases ?? "").Split('\n').Prepend(Person.Name));
        Person.Status = decision switch { "confirm" => PersonStatus.Confirmed, "reject" => PersonStatus.Rejected, _ => Person.Status };
        Person.Curated = true;
        Person.Version = Guid.NewGuid();
        await RecordAsync($"{(decision is null ? "Curated" : decision == "confirm" ? "Confirmed" : "Rejected")} {Person.Name}");
        // One transaction, the save first: a save refused by the concurrency token must not have unlinked the mentions.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ShowConflict();
        }
        if (Person.Status == PersonStatus.Rejected)
        {
            await db.Mentions.Where(m => m.PersonId == Person.Id).ExecuteDeleteAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return Redirect(Person.Status == PersonStatus.Rejected ? "/people" : $"/people/{Person.Slug}");
    }

    /// <summary>Someone saved first: nothing of this save is stored, and the form keeps what the editor wrote.</summary>
    private PageResult ShowConflict()
    {
        Problems = ["Someone changed this person while you were editing; reload to see their version."];
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>Merges this person into another: mentions, spellings, events and author links move; this record goes.</summary>
    public async Task<IActionResult> OnPostMergeAsync(string slug, string into, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        var target = await db.People.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Slug == into && p.Id != Person.Id, cancellationToken);
        if (target is null)
        {
            Problems = ["Choose the person to merge into."];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await db.Mentions.Where(m => m.PersonId == Person.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.PersonId, target.Id), cancellationToken);
        await db.Authors.Where(a => a.PersonId == Person.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.PersonId, target.Id), cancellationToken);
        var targetEvents = await db.EventParticipants.Where(p => p.PersonId == target.Id).Select(p => p.EventId).ToListAsync(cancellationToken);
        await db.EventParticipants.Where(p => p.PersonId == Person.Id && targetEvents.Contains(p.EventId)).ExecuteDeleteAsync(cancellationToken);
        await db.EventParticipants.Where(p => p.PersonId == Person.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.PersonId, target.Id), cancellationToken);
        PeopleFile.SetAliases(target, target.Aliases.Select(a => a.Text).Concat(Person.Aliases.Select(a => a.Text)));
        target.Curated = true;
        target.Version = Guid.NewGuid();
        await RecordAsync($"Merged {Person.Name} into {target.Name}");
        db.People.Remove(Person);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/people/{target.Slug}");
    }

    private async Task RecordAsync(string summary)
    {
        var user = await users.GetUserAsync(User);
        RevisionLog.Record(db, "person", Person.Id, summary, user?.Shown ?? "?",
            ("name", Person.Name), ("status", Person.Status.ToString()), ("country", Person.Country), ("description", Person.Description),
            ("aliases", string.Join(" · ", Person.Aliases.Select(a => a.Text).Order())));
    }

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
