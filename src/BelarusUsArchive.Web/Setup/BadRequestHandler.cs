using System.Text.RegularExpressions;
using BelarusUsArchive.Web.Features.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace BelarusUsArchive.Web.Setup;

/// <summary>
/// A query parameter of the wrong form (year=abc) is the caller's mistake: 400 with a validation problem whose
/// <c>errors</c> name the parameter, as every other bad filter's do, never a 500. Minimal APIs report a value that
/// does not bind by throwing (RouteHandlerOptions.ThrowOnBadRequest, set in every environment) with the parameter in
/// the message; that message is the framework's fixed wording.
/// </summary>
internal sealed partial class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        var details = BindFailure().Match(bad.Message) is { Success: true } m
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [FilterBinding.Camel(m.Groups["name"].Value)] = [FilterBinding.WrongForm(m.Groups["name"].Value, m.Groups["value"].Value, Kind(m.Groups["type"].Value))],
            })
            { Status = bad.StatusCode, Title = "A parameter has the wrong form" }
            : new ProblemDetails { Status = bad.StatusCode, Title = "The request could not be read", Detail = bad.Message };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details });
    }

    private static string Kind(string type) => type.Replace("?", "", StringComparison.Ordinal) switch
    {
        "int" or "long" or "Int32" or "Int64" or "Nullable<int>" => "a whole number",
        "bool" or "Boolean" => "true or false",
        "DateOnly" => "a date such as 2019-03-14",
        _ => "of the documented form",
    };

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^"]+) (?<name>\w+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();
}
