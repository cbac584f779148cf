using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Text.Search;
using BelarusUsArchive.Web.Features.Articles;
using BelarusUsArchive.Web.Features.Search;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Feeds;

/// <summary>
/// /feed.atom (everything), /articles/feed.atom (a filtered listing, such as ?year=2019), /people/{slug}/feed.atom
/// and /search/feed.atom?q= (a saved search: the articles it finds, newest first, so a reader shows new matches).
/// </summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed.atom", AllAsync).ExcludeFromDescription();
        app.MapGet("/articles/feed.atom", ListingAsync).ExcludeFromDescription();
        app.MapGet("/people/{slug}/feed.atom", PersonAsync).ExcludeFromDescription();
        app.MapGet("/search/feed.atom", SearchAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> AllAsync(ArchiveDb db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var articles = await FeedReads.NewestAsync(db.Articles, cancellationToken);
        return Atom(http, clock, articles, "Belarus–US Policy Archive: newest articles", "Policy analyses on relations between Belarus and the United States.", "/articles");
    }

    private static async Task<IResult> ListingAsync([AsParameters] ArticleFilter filter, ArchiveDb db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (filter.Problems().Where(p => p.Key is not ("page" or "pageSize" or "sort")).ToDictionary() is { Count: > 0 } problems)
        {
            return Results.ValidationProblem(problems);
        }
        var articles = await FeedReads.NewestAsync(filter.Apply(db.Articles, db), cancellationToken);
        var query = new Dictionary<string, string?>
        {
            ["year"] = filter.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["person"] = filter.Person,
            ["author"] = filter.Author,
            ["outlet"] = filter.Outlet,
        }.Where(q => !string.IsNullOrEmpty(q.Value)).ToDictionary();
        var what = query.Count == 0 ? "all articles" : string.Join(", ", query.Select(q => $"{q.Key} {q.Value}"));
        return Atom(http, clock, articles, $"Belarus–US Policy Archive: {what}", $"Articles of the archive: {what}.", QueryHelpers.AddQueryString("/articles", query));
    }

    private static async Task<IResult> PersonAsync(string slug, ArchiveDb db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var name = await db.People.Where(p => p.Slug == slug && p.Status != PersonStatus.Rejected).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return Results.NotFound();
        }
        var articles = await FeedReads.NewestAsync(db.Articles.Where(a => a.Mentions.Any(m => m.Person!.Slug == slug)), cancellationToken);
        return Atom(http, clock, articles, $"Belarus–US Policy Archive: articles mentioning {name}", $"Articles of the archive that mention {name}.", $"/people/{slug}");
    }

    private static async Task<IResult> SearchAsync([AsParameters] SearchRequest request, ArchiveDb db, ISearchIndex index, SearchLimits limits, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (request.Problems().Where(p => p.Key is not "page").ToDictionary() is { Count: > 0 } problems)
        {
            return Results.ValidationProblem(problems);
        }
        var query = SearchQuery.Parse(request.Q);
        var articles = new List<FeedArticle>();
        if (!query.IsEmpty)
        {
            using var budget = SearchBudget.Start(db, limits.Budget, cancellationToken);
            try
            {
                query = await SearchAliases.ExpandAsync(db, query, budget.Token);
                var found = await index.SearchAsync(query, request.Filter.Apply(db.Articles.AsNoTracking(), db), 0, 1, budget.Token);
                articles = await FeedReads.NewestAsync(db.Articles.Where(a => found.ArticleIds.Contains(a.Id)), budget.Token);
            }
            catch (Exception e) when (budget.RanOut(e))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [new SearchTooCostlyException(budget.Limit).Message] });
            }
        }
        var q = request.Q?.Trim() ?? "";
        return Atom(http, clock, articles, $"Belarus–US Policy Archive: search for “{q}”", $"Articles of the archive that match “{q}”.",
            QueryHelpers.AddQueryString("/search", "q", q));
    }

    private static IResult Atom(HttpContext http, TimeProvider clock, List<FeedArticle> articles, string title, string description, string page)
    {
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var self = baseUrl + http.Request.Path + http.Request.QueryString;
        var channel = new AtomFeed.Channel(title, description, self, baseUrl + page);
        return Results.Bytes(AtomFeed.Write(channel, articles, baseUrl, clock.GetUtcNow()), AtomFeed.MediaType + "; charset=utf-8");
    }
}
