using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Shared;
using BelarusUsArchive.Web.Rendering.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BelarusUsArchive.Web.Features.Articles;

public class IndexModel(ArchiveDb db) : PageModel
{
    public ArticleFilter Filter { get; private set; } = new(null, null, null, null, null, null, null);
    public int Total { get; private set; }
    public IReadOnlyList<ArticleSummary> Items { get; private set; } = [];
    public Facets? Facets { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public YearChartView? YearChart { get; private set; }

    /// <summary>The listing for the query string's filters, bound as the API binds them (the page size is the listing's own).</summary>
    public async Task OnGetAsync([FromQuery] ArticleFilter filter, CancellationToken cancellationToken)
    {
        Filter = filter.Normalized() with { PageSize = null };
        var problems = Filter.Problems().SelectMany(p => p.Value)
            .Concat(FilterBinding.Problems(ModelState))
            .Concat((await Filter.UnknownSlugsAsync(db, cancellationToken)).SelectMany(p => p.Value))
            .ToList();
        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        (Total, var items) = await ArticleReads.ListAsync(db, Filter, cancellationToken);
        Items = items;
        Facets = await Filter.FacetsAsync(db, cancellationToken);
        var years = await ArticleYears.CountsAsync(db, Filter, cancellationToken);
        YearChart = ArticleYears.Chart("listing-years", years, Filter.Year, y => Link(year: y.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>A link to this listing with one filter changed and the others kept; paging restarts.</summary>
    public string Link(string? year = "keep", string? person = "keep", string? author = "keep", string? outlet = "keep", string? sort = "keep", int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = year == "keep" ? Filter.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) : year,
            ["person"] = person == "keep" ? Filter.Person : person,
            ["author"] = author == "keep" ? Filter.Author : author,
            ["outlet"] = outlet == "keep" ? Filter.Outlet : outlet,
            ["sort"] = sort == "keep" ? Filter.Sort : sort,
            ["from"] = Filter.From,
            ["to"] = Filter.To,
            ["page"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/articles",
            query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => new KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>(q.Key, q.Value)));
    }
}
