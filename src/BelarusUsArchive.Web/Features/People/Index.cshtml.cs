using BelarusUsArchive.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BelarusUsArchive.Web.Features.People;

public class IndexModel(ArchiveDb db) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public int Total { get; private set; }
    public int CurrentPage { get; private set; } = 1;
    public IReadOnlyList<PersonSummary> Items { get; private set; } = [];
    public IReadOnlyList<string> Countries { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var pageText = Request.Query["page"].ToString();
        if (Sort is not null && !PeopleReads.Sorts.Contains(Sort))
        {
            Problem = "Order must be by mentions or by name.";
        }
        else if (pageText.Length > 0 && !(int.TryParse(pageText, out var n) && n is >= 1 and <= 100_000))
        {
            Problem = $"“{pageText}” is not a page number.";
        }
        else if (Q is { Length: > 200 })
        {
            Problem = "The name to look for is too long.";
        }
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        CurrentPage = pageText.Length > 0 ? int.Parse(pageText, System.Globalization.CultureInfo.InvariantCulture) : 1;
        Countries = await PeopleReads.CountriesAsync(db, cancellationToken);
        (Total, var items) = await PeopleReads.ListAsync(db, Q, Country, Sort, CurrentPage, PageSize, cancellationToken);
        Items = items;
    }
}
