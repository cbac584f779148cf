using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BelarusUsArchive.Web.Features.People;

/// <summary>/people/attention, where attention over time began (people only), now /attention for people, outlets and searches.</summary>
public class AttentionModel : PageModel
{
    public IActionResult OnGet() => RedirectPermanent("/attention" + Request.QueryString);
}
