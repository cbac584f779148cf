using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace BelarusUsArchive.Web.Setup;

/// <summary>A query parameter of the wrong form (year=abc) is the caller's mistake: 400 with a problem body, never a 500.</summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "A parameter has the wrong form",
                Detail = bad.Message.Replace("Nullable<int>", "number", StringComparison.Ordinal).Replace("Int32", "number", StringComparison.Ordinal),
            },
        });
    }
}
