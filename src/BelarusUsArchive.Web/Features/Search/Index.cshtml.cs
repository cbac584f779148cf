using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Shared;
using BelarusUsArchive.Web.Features.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace BelarusUsArchive.Web.Features.Search;

public class IndexModel(ArchiveDb db, ISearchIndex index, SearchLimits limits) : PageModel
{
    public SearchRequest Search { get; private set; } = new(null, null, null, null, null, null);
    public SearchResults? Results { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public PersonCard? Person { get; private set; }

    /// <summary>The search for the query string, bound as the API binds it.</summary>
    public async Task OnGetAsync([FromQuery] SearchRequest search, CancellationToken cancellationToken)
    {
        Search = search;
        var problems = Search.Problems().SelectMany(p => p.Value)
            .Concat(FilterBinding.Problems(ModelState))
            .Concat((await Search.Filter.UnknownSlugsAsync(db, cancellationToken)).SelectMany(p => p.Value))
            .ToList();
        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        try
        {
            Results = await SearchReads.RunAsync(db, index, Search, limits, cancellationToken);
            Person = await PersonCard.FindAsync(db, Search.Q, cancellationToken);
        }
        catch (SearchTooCostlyException e)
        {
            Problems = [e.Message + " Search for fewer or longer words, or add a filter."];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public bool Filtered => Search.Filter.Selection().Any(q => q.Value is not null);

    /// <summary>A link to this search with one filter changed and the others kept; paging restarts.</summary>
    public string Link(string? year = "keep", string? person = "keep", string? author = "keep", string? outlet = "keep", int? page = null)
    {
        var f = Search.Filter;
        var query = new Dictionary<string, string?>
        {
            ["q"] = Search.Q,
            ["year"] = year == "keep" ? f.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) : year,
            ["person"] = person == "keep" ? f.Person : person,
            ["author"] = author == "keep" ? f.Author : author,
            ["outlet"] = outlet == "keep" ? f.Outlet : outlet,
            ["from"] = f.From,
            ["to"] = f.To,
            ["page"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("/search",
            query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => new KeyValuePair<string, StringValues>(q.Key, q.Value)));
    }

    /// <summary>The matching paragraphs a result does not show: how many, and a link to the article at the first of them.</summary>
    public static (int Count, string Link)? MorePassages(SearchItem item) =>
        item.MatchingParagraphs.Count > item.Passages.Count && item.Passages.Count > 0
            ? (item.MatchingParagraphs.Count - item.Passages.Count, $"/articles/{item.Article.Slug}#p{item.MatchingParagraphs[item.Passages.Count]}")
            : null;
}
