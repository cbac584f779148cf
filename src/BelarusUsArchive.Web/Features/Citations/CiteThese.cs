using BelarusUsArchive.Web.Features.Articles;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace BelarusUsArchive.Web.Features.Citations;

/// <summary>The "Cite these N" links: a bibliography of everything a listing, a search or a person page selects, on all its pages.</summary>
public sealed record CiteThese(int Count, string Path, IReadOnlyList<KeyValuePair<string, string?>> Query)
{
    public static CiteThese Listing(int count, ArticleFilter filter) => new(count, "/articles/cite", [.. filter.Selection()]);

    public static CiteThese Search(int count, string? q, ArticleFilter filter) => new(count, "/search/cite", [new("q", q), .. filter.Selection()]);

    public static CiteThese Person(int count, string slug) => new(count, "/articles/cite", [new("person", slug)]);

    public string Href(CitationFormat format) => QueryHelpers.AddQueryString(Path,
        [.. Query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => new KeyValuePair<string, StringValues>(q.Key, q.Value)), new("format", format.Name)]);
}
