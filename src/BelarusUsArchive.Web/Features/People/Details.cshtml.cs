using BelarusUsArchive.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BelarusUsArchive.Web.Features.People;

public class DetailsModel(ArchiveDb db) : PageModel
{
    public PersonDetails Person { get; private set; } = null!;
    public IReadOnlyList<BelarusUsArchive.Web.Features.Events.EventView> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var person = await PeopleReads.DetailsAsync(db, slug, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }
        Person = person;
        Events = await BelarusUsArchive.Web.Features.Events.EventReads.ForAsync(db, null, person.Id, cancellationToken);
        return Page();
    }
}
