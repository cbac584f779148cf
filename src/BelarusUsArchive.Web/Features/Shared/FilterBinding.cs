using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BelarusUsArchive.Web.Features.Shared;

/// <summary>
/// Pages bind the same filter records as the API (ArticleFilter, SearchRequest, EventFilter: a handler parameter
/// <c>[FromQuery] T filter</c>, the API's <c>[AsParameters] T</c>), so a new filter is one record field and its query.
/// A value that does not bind (year=abc) reads the same on a page as in the API's 400 (Setup/BadRequestHandler).
/// </summary>
public static class FilterBinding
{
    /// <summary>A query value of the wrong form, in the words both the pages and the API use.</summary>
    public static string WrongForm(string parameter, string? value, string kind) =>
        $"“{value}” is not a valid {Camel(parameter)}: it must be {kind}";

    /// <summary>The binding errors of a page's filter record, one message per parameter.</summary>
    public static IEnumerable<string> Problems(ModelStateDictionary modelState) =>
        modelState.Where(e => e.Value?.Errors.Count > 0)
            .Select(e => WrongForm(e.Key[(e.Key.LastIndexOf('.') + 1)..], e.Value!.AttemptedValue, "a whole number"));

    /// <summary>Blank is absent: "person=" filters nothing, as a missing parameter does.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
