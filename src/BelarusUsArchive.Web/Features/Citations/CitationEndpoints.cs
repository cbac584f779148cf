using System.Text;
using System.Text.Json;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Text.Search;
using BelarusUsArchive.Web.Features.Articles;
using BelarusUsArchive.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Citations;

/// <summary>/articles/{slug}/cite and /articles/cite (a bibliography of a filtered listing) as downloads.</summary>
public static class CitationEndpoints
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IEndpointRouteBuilder MapCitations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/articles/{slug}/cite", CiteOneAsync).ExcludeFromDescription();
        app.MapGet("/articles/cite", CiteListAsync).ExcludeFromDescription();
        app.MapGet("/search/cite", CiteSearchAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> CiteOneAsync(string slug, string? format, ArchiveDb db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (CitationFormat.Find(format) is not { } chosen)
        {
            return BadFormat(http, format);
        }
        var article = await CitationReads.ForSlugAsync(db, slug, cancellationToken);
        if (article is null)
        {
            return Results.NotFound();
        }
        var context = CitationContext.For(http, clock);
        return Download(chosen, $"{slug}.{chosen.Extension}", new[] { article }.ToAsyncEnumerable(), context);
    }

    private static IResult CiteListAsync([AsParameters] ArticleFilter filter, string? format, ArchiveDb db, TimeProvider clock, HttpContext http)
    {
        if (CitationFormat.Find(format) is not { } chosen)
        {
            return BadFormat(http, format);
        }
        if (filter.Problems().Where(p => p.Key is not ("page" or "pageSize")).ToDictionary() is { Count: > 0 } problems)
        {
            return Results.ValidationProblem(problems);
        }
        var context = CitationContext.For(http, clock);
        return Download(chosen, $"belarus-us-archive.{chosen.Extension}", CitationReads.ForFilter(db, filter), context);
    }

    /// <summary>The articles a search finds within its filters, newest first, as the listing would order them.</summary>
    private static async Task<IResult> CiteSearchAsync([AsParameters] SearchRequest request, string? format, ArchiveDb db, ISearchIndex index, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (CitationFormat.Find(format) is not { } chosen)
        {
            return BadFormat(http, format);
        }
        if (request.Problems().Where(p => p.Key is not "page").ToDictionary() is { Count: > 0 } problems)
        {
            return Results.ValidationProblem(problems);
        }
        var query = SearchQuery.Parse(request.Q);
        IQueryable<int> found = db.Articles.Where(a => false).Select(a => a.Id);
        if (!query.IsEmpty)
        {
            query = await SearchAliases.ExpandAsync(db, query, cancellationToken);
            found = (await index.SearchAsync(query, request.Filter.Apply(db.Articles.AsNoTracking(), db), 0, 1, cancellationToken)).ArticleIds;
        }
        var context = CitationContext.For(http, clock);
        return Download(chosen, $"belarus-us-archive-search.{chosen.Extension}", CitationReads.ForIds(db, found), context);
    }

    /// <summary>A hand-edited link in a browser gets the friendly error page; a program gets a problem body naming the formats.</summary>
    private static IResult BadFormat(HttpContext http, string? format)
    {
        if (http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }
        return Results.ValidationProblem(new Dictionary<string, string[]>
        {
            ["format"] = [$"format must be one of: {string.Join(", ", CitationFormat.All.Select(f => f.Name))} (got '{format}')"],
        });
    }

    private static IResult Download(CitationFormat format, string fileName, IAsyncEnumerable<CitedArticle> articles, CitationContext context) =>
        Results.Stream(async body =>
        {
            if (format == CitationFormat.CslJson)
            {
                await WriteCslAsync(body, articles, context);
                return;
            }
            await using var writer = new StreamWriter(body, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var first = true;
            await foreach (var article in articles)
            {
                await writer.WriteAsync(first ? "" : format == CitationFormat.Ris ? "\r\n" : "\n");
                await writer.WriteAsync(format == CitationFormat.Ris ? Ris.Record(article, context) : BibTex.Entry(article, context, UniqueKey(article, keys)));
                first = false;
            }
            await writer.FlushAsync();
        }, format.MediaType + "; charset=utf-8", fileName);

    private static async Task WriteCslAsync(Stream body, IAsyncEnumerable<CitedArticle> articles, CitationContext context)
    {
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        await foreach (var article in articles)
        {
            CslJson.Write(json, article, context);
            if (json.BytesPending > 16 * 1024)
            {
                await json.FlushAsync();
            }
        }
        json.WriteEndArray();
        await json.FlushAsync();
    }

    /// <summary>Keys must be unique within a file: a second fyodorov2019belarusian becomes fyodorov2019belarusianb.</summary>
    private static string UniqueKey(CitedArticle article, HashSet<string> used)
    {
        var key = article.Key();
        var candidate = key;
        for (var n = 1; !used.Add(candidate); n++)
        {
            candidate = key + (n < 26 ? ((char)('a' + n)).ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return candidate;
    }
}
