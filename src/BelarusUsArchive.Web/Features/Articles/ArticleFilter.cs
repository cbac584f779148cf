using System.Linq.Expressions;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Articles;

public sealed record FacetValue(string Value, string Label, int Count);

public sealed record Facets(IReadOnlyList<FacetValue> Years, IReadOnlyList<FacetValue> People, IReadOnlyList<FacetValue> Authors, IReadOnlyList<FacetValue> Outlets);

/// <summary>The article listing's query-string filters, shared by /articles and /api/articles. Filters combine (AND).</summary>
public sealed record ArticleFilter(int? Year, string? Person, string? Author, string? Outlet, string? Sort, int? Page, int? PageSize, string? From = null, string? To = null)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public static readonly string[] Sorts = ["newest", "oldest", "title"];

    public int CurrentPage => Math.Max(1, Page ?? 1);
    public int Size => Math.Clamp(PageSize ?? DefaultPageSize, 1, MaxPageSize);

    /// <summary>The filter with blank values absent and the rest trimmed, as pages and the API both read it.</summary>
    public ArticleFilter Normalized() => this with
    {
        Person = Shared.FilterBinding.Blank(Person), Author = Shared.FilterBinding.Blank(Author), Outlet = Shared.FilterBinding.Blank(Outlet),
        Sort = Shared.FilterBinding.Blank(Sort), From = Shared.FilterBinding.Blank(From), To = Shared.FilterBinding.Blank(To),
    };

    /// <summary>The filters that select articles (not the order or the page), as query-string pairs: for links that keep them.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Selection() =>
    [
        new("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("person", Person),
        new("author", Author),
        new("outlet", Outlet),
        new("from", From),
        new("to", To),
    ];

    /// <summary>The from/to range, when given and valid.</summary>
    public DateRange? Range => DateRange.Parse(From, To, []);

    /// <summary>A 400 for a person, author or outlet slug the archive does not have, naming the parameter.</summary>
    public async Task<Dictionary<string, string[]>> UnknownSlugsAsync(ArchiveDb db, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        if (!string.IsNullOrEmpty(Person) && !await db.People.AnyAsync(p => p.Slug == Person, cancellationToken))
        {
            problems["person"] = [$"person '{Person}' is not a person of the archive"];
        }
        if (!string.IsNullOrEmpty(Author) && !await db.Authors.AnyAsync(a => a.Slug == Author, cancellationToken))
        {
            problems["author"] = [$"author '{Author}' is not an author of the archive"];
        }
        if (!string.IsNullOrEmpty(Outlet) && !await db.Outlets.AnyAsync(o => o.Slug == Outlet, cancellationToken))
        {
            problems["outlet"] = [$"outlet '{Outlet}' is not an outlet of the archive"];
        }
        return problems;
    }

    /// <summary>What is wrong with the filter, parameter by parameter; empty when it can be run.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>();
        if (Year is < 1000 or > 2999)
        {
            problems["year"] = ["year must be a four-digit year such as 2019"];
        }
        if (Page is < 1 or > 100_000)
        {
            problems["page"] = ["page must be a number from 1 to 100000"];
        }
        if (PageSize is < 1 or > MaxPageSize)
        {
            problems["pageSize"] = [$"pageSize must be a number from 1 to {MaxPageSize}"];
        }
        if (Sort is not null && !Sorts.Contains(Sort))
        {
            problems["sort"] = [$"sort must be one of: {string.Join(", ", Sorts)}"];
        }
        DateRange.Parse(From, To, problems);
        return problems;
    }

    /// <summary>
    /// The articles the filters select. A byline or an outlet is a set read off its own index (IN), which SQLite drives
    /// from; as a correlated EXISTS it was checked against every article of the archive (0.3–0.8 s per statement).
    /// </summary>
    public IQueryable<Article> Apply(IQueryable<Article> articles, ArchiveDb db)
    {
        if (Year is { } year)
        {
            // A range on the date itself, which walks its index; Start.Year = year read every article's date.
            // Callers refuse a year outside 1000–2999 first; one that slips through matches nothing rather than throwing.
            var (first, last) = year is >= 1 and <= 9999 ? (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)) : (DateOnly.MaxValue, DateOnly.MinValue);
            // No "Published != null": on the owned date it tests all six of its columns, which sends each article to the
            // table where the date's indexes would answer alone; the bounds leave out the undated.
            articles = articles.Where(a => a.Published!.Start >= first && a.Published.Start <= last);
        }
        if (Range is { } range)
        {
            articles = articles.Where(a => a.Published!.Start <= range.End && a.Published.End >= range.Start);
            if (range.Start > DateOnly.MinValue)
            {
                // No article's date spans more days than the longest kept span (ArticleSpanCounts), so one that reaches into
                // the range starts at most that many days before it: the overlap reads an index range of starts, where it
                // read every earlier article (0.3–1 s at 100,000 articles). The same articles either way.
                // One statement: the longest span is a scalar subquery that SQLite evaluates once, before the index range.
                articles = articles.Where(a => a.Published!.Start >= range.Start.AddDays(-(db.ArticleSpanCounts.Max(s => (int?)s.Days) ?? 0)));
            }
        }
        if (!string.IsNullOrEmpty(Person))
        {
            // An IN set read off the kept (person, article) rows: an EXISTS over Mentions was checked against every
            // article (1.1 s per statement at 100,000 articles, which a search with a person filter paid in full).
            var mentioned = db.PersonArticles.Where(x => db.People.Where(p => p.Slug == Person).Select(p => p.Id).Contains(x.PersonId));
            if (Year is { } inYear)
            {
                // The rows' own year (the article's, kept by the triggers) narrows the set on the (person, year) index: without
                // it SQLite read all of a person's articles (100,000 for the most-mentioned here) to keep one year's.
                mentioned = mentioned.Where(x => x.Year == inYear);
            }
            if (Range is { Start: var start, End: var end } && start > DateOnly.MinValue)
            {
                // Likewise a range: the rows of the years an article reaching into it can start in (its start year less the
                // longest kept span, in whole years, rounded up). Without it the range and the person's set met over all of
                // the person's articles (0.8 s of CPU for a year at 100,000 articles).
                var (firstYear, lastYear) = (start.Year, end.Year);
                mentioned = mentioned.Where(x => x.Year >= firstYear - ((db.ArticleSpanCounts.Max(s => (int?)s.Days) ?? 0) / 365 + 1) && x.Year <= lastYear);
            }
            else if (Range is { End: var until } && until < DateOnly.MaxValue)
            {
                var lastYear = until.Year;
                mentioned = mentioned.Where(x => x.Year <= lastYear);
            }
            articles = articles.Where(a => mentioned.Select(x => x.ArticleId).Contains(a.Id));
        }
        if (!string.IsNullOrEmpty(Author))
        {
            var bylines = db.ArticleAuthors.Where(x => db.Authors.Where(w => w.Slug == Author).Select(w => w.Id).Contains(x.AuthorId)).Select(x => x.ArticleId);
            articles = articles.Where(a => bylines.Contains(a.Id));
        }
        if (!string.IsNullOrEmpty(Outlet))
        {
            var outlet = db.Outlets.Where(o => o.Slug == Outlet).Select(o => (int?)o.Id);
            articles = articles.Where(a => outlet.Contains(a.OutletId));
        }
        return articles;
    }

    /// <summary>
    /// The dated articles, told apart by the start of their date alone: "Published != null" tests all six columns of the
    /// owned date, which sends every article to the table where the date's indexes (newest, oldest, per outlet) answer
    /// alone. An undated article's start is NULL, and NULL is never within a range.
    /// </summary>
    public static readonly Expression<Func<Article, bool>> IsDated = a => a.Published!.Start >= DateOnly.MinValue;

    public IQueryable<Article> Sorted(IQueryable<Article> articles) => Sort switch
    {
        "oldest" => articles.OrderBy(a => a.Published == null).ThenBy(a => a.Published!.Start).ThenBy(a => a.Title),
        "title" => articles.OrderBy(a => a.Title),
        _ => articles.OrderBy(a => a.Published == null).ThenByDescending(a => a.Published!.Start).ThenBy(a => a.Title),
    };

    /// <summary>
    /// Counts of each facet value among the articles the current filters select, or among
    /// <paramref name="articleIds"/> when given (the articles a search found within these filters).
    /// </summary>
    public async Task<Facets> FacetsAsync(ArchiveDb db, CancellationToken cancellationToken, IQueryable<int>? articleIds = null)
    {
        if (articleIds is null && this is { Year: null, Person: null, Author: null, Outlet: null })
        {
            return await ArchiveFacets.WholeAsync(db, cancellationToken);
        }
        if (articleIds is null && await KeptFacets.OfPersonAsync(db, this, cancellationToken) is { } kept)
        {
            return kept;
        }
        // The filters applied to the articles themselves (not "Id IN (the filtered ids)") let the year and outlet counts
        // read the date indexes alone, where a lookup by id read each of a year's thousands of rows.
        var selected = articleIds is null ? Apply(db.Articles, db) : db.Articles.Where(a => articleIds.Contains(a.Id));
        var ids = articleIds ?? Apply(db.Articles, db).Select(a => a.Id);
        var years = await selected.Where(IsDated)
            .GroupBy(a => a.Published!.Start.Year).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        // PersonArticles holds each (article, person) once, so no DISTINCT over the mentions is needed.
        var people = (articleIds is null ? await KeptFacets.PeopleOfAsync(db, this, cancellationToken) : null)
            ?? [.. (await db.PersonArticles.Where(x => ids.Contains(x.ArticleId))
                .Join(db.People, x => x.PersonId, p => p.Id, (x, p) => new { p.Slug, p.Name })
                .GroupBy(m => new { m.Slug, m.Name }).Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() })
                .ToListAsync(cancellationToken)).Select(p => new FacetValue(p.Slug, p.Name, p.Count))];
        var authors = await db.ArticleAuthors.Where(x => ids.Contains(x.ArticleId))
            .GroupBy(x => new { x.Author!.Slug, x.Author.Name }).Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var outlets = await selected.Where(a => a.Outlet != null)
            .GroupBy(a => new { a.Outlet!.Slug, a.Outlet.Name }).Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new Facets(
            [.. years.OrderByDescending(y => y.Key).Select(y => new FacetValue(y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Count))],
            KeptFacets.Ranked(people),
            [.. authors.OrderByDescending(p => p.Count).ThenBy(p => p.Name).Select(p => new FacetValue(p.Slug, p.Name, p.Count))],
            [.. outlets.OrderByDescending(p => p.Count).ThenBy(p => p.Name).Select(p => new FacetValue(p.Slug, p.Name, p.Count))]);
    }
}
