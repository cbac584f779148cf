using System.ComponentModel.DataAnnotations;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.History;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Curation;

/// <summary>Edits, confirms or rejects an extracted event; the decision survives every re-import.</summary>
public class EventModel(ArchiveDb db, UserManager<EditorUser> users) : PageModel
{
    public sealed record InputModel
    {
        [Required, StringLength(300)] public string Title { get; init; } = "";
        [StringLength(40)] public string? Date { get; init; }
        [StringLength(100)] public string? Place { get; init; }
        public EventKind Kind { get; init; }
        public Guid Version { get; init; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public Event Event { get; private set; } = null!;
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        Event = found;
        Input = new InputModel { Title = found.Title, Date = found.Date?.Edtf, Place = found.Place, Kind = found.Kind, Version = found.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string? decision, CancellationToken cancellationToken)
    {
        if (await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        Event = found;
        ArchiveDate? date = null;
        var problems = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
        if (!string.IsNullOrWhiteSpace(Input.Date) && !ArchiveDate.TryParseEdtf(Input.Date, DateSource.Editor, out date))
        {
            problems.Add($"“{Input.Date}” is not an EDTF date such as 2019, 2019-09 or 2019-09-17.");
        }
        if (found.Version != Input.Version)
        {
            problems.Add("Someone changed this event while you were editing; reload to see their version.");
        }
        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = found.Version != Input.Version ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return Page();
        }
        found.Title = Input.Title.Trim();
        found.Date = date;
        found.Place = string.IsNullOrWhiteSpace(Input.Place) ? null : Input.Place.Trim();
        found.Kind = Input.Kind;
        found.Status = decision switch { "confirm" => EventStatus.Confirmed, "reject" => EventStatus.Rejected, _ => found.Status };
        found.Curated = true;
        found.Version = Guid.NewGuid();
        var user = await users.GetUserAsync(User);
        RevisionLog.Record(db, "event", found.Id, $"{(decision ?? "edit")}: {found.Title}", user?.Shown ?? "?",
            ("title", found.Title), ("date", found.Date?.Edtf), ("place", found.Place), ("kind", found.Kind.ToString()), ("status", found.Status.ToString()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Both saves passed the version check; the token in the UPDATE's WHERE clause let only the other one through.
            Problems = ["Someone changed this event while you were editing; reload to see their version."];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect(found.Status == EventStatus.Rejected ? "/events" : $"/events/{found.Slug}");
    }
}
