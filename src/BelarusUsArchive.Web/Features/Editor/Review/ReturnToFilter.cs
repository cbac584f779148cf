using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace BelarusUsArchive.Web.Features.Editor.Review;

/// <summary>
/// An editor form posted from another editor page (the review queue) may name that page in a <c>returnTo</c> field:
/// when the save succeeds with a redirect, the editor is sent back there instead, so a queue is worked through in
/// place while the record's own page does the work. Only a path under /editor is followed, never another site.
/// A refused save (a problem, a conflict) still shows its own page with the reason.
/// </summary>
public sealed class ReturnToFilter : IAsyncAlwaysRunResultFilter
{
    public const string Field = "returnTo";

    public Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && context.Result is RedirectResult or LocalRedirectResult or RedirectToPageResult
            && request.HasFormContentType && request.Form[Field].ToString() is { Length: > 0 } back && IsEditorPath(back))
        {
            context.Result = new LocalRedirectResult(back);
        }
        return next();
    }

    /// <summary>A path of this site under /editor: no scheme, no host, no "//" or "/\" that a browser reads as another host.</summary>
    public static bool IsEditorPath(string url) =>
        url.StartsWith("/editor/", StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal)
        && !url.Contains('\\', StringComparison.Ordinal) && url.All(c => !char.IsControl(c));
}
