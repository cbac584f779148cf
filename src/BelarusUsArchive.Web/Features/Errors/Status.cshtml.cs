using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BelarusUsArchive.Web.Features.Errors;

/// <summary>
/// The friendly page for 404s, bad requests, rate limits and failures; it never shows internals. A failed POST
/// (a rate-limited sign-in) is re-executed here as a POST, which must render the same page, not fail its own
/// antiforgery check.
/// </summary>
[IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnPost([FromRoute] int code) => OnGet(code);

    public void OnGet([FromRoute] int code) => (Heading, Message) = code switch
    {
        404 => ("Page not found", "There is nothing at this address. The article, person or page may have a different name."),
        429 => ("Too many requests", "This address has sent too many searches or sign-in attempts in the last minute. Please wait a moment and try again."),
        400 => ("That request could not be understood", "Something in the address is not in a form the archive understands."),
        _ => ("Something went wrong", "The archive could not answer this request. Please try again in a moment."),
    };
}
