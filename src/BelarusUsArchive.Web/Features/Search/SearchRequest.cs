using BelarusUsArchive.Web.Features.Articles;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>The query string of /search and /api/search: the query and the article filters, which combine with it.</summary>
public sealed record SearchRequest(string? Q, int? Year, string? Person, string? Author, string? Outlet, int? Page, string? From = null, string? To = null)
{
    public const int PageSize = 20;

    public ArticleFilter Filter => new(Year, Empty(Person), Empty(Author), Empty(Outlet), null, Page, PageSize, Empty(From), Empty(To));

    public int CurrentPage => Filter.CurrentPage;

    /// <summary>What is wrong with the filters, parameter by parameter; the query itself is never wrong.</summary>
    public Dictionary<string, string[]> Problems() => Filter.Problems();

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
