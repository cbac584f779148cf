using System.Globalization;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Web.Rendering;

/// <summary>The contract's date object, typed so the OpenAPI document describes it exactly.</summary>
public sealed record ApiDate(string Edtf, string Start, string End, string Precision, string Certainty, string Source)
{
    public static ApiDate? From(ArchiveDate? date) => date is null ? null : new(
        date.Edtf,
        date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        date.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        date.Precision.ToString().ToLowerInvariant(),
        date.Certainty.ToString().ToLowerInvariant(),
        date.Source.ToString().ToLowerInvariant());
}

/// <summary>A page of a listing: <c>{ total, page, pageSize, items }</c>.</summary>
public sealed record ApiPage<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);

/// <summary>An event as other records refer to it.</summary>
public sealed record ApiEventRef(string Slug, string Title, ApiDate? Date);
