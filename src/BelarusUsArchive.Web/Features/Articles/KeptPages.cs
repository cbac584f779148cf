using System.Data.Common;
using System.IO.Compression;
using BelarusUsArchive.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Articles;

/// <summary>
/// Article pages rendered ahead and kept in the store (Model/KeptArticlePage.cs), so a crawler's or a class's first
/// visit to any of 100,000 articles is answered with stored bytes instead of a render. <see cref="PageRenderer"/>
/// renders them in the background; the store's triggers (Data/Aggregates/KeptPageTriggers.cs) delete a page when
/// anything it shows changes, whoever writes, so a kept page is never out of date. Only what every anonymous reader
/// sees is kept: an article's own URL without a query string, asked without credentials. The SQL is written out here
/// (the same for both providers) because it runs on every article request, and so that keeping a page is not a write
/// the output cache's eviction (Setup/CacheEviction.cs) takes for a change of the archive.
/// </summary>
public static class KeptPages
{
    /// <summary>The header a render ahead carries, with the process's own secret: it passes every cache.</summary>
    public const string RenderHeader = "X-Archive-Render-Ahead";

    /// <summary>The end of the editors' sign-in cookie's name (Setup/AuthSetup.cs): kept pages are answered before
    /// authentication, so any request carrying it is left to the pipeline.</summary>
    public const string EditorCookie = "archive.editor";

    public static readonly string Secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public static bool IsRenderAhead(HttpRequest request) => request.Headers[RenderHeader] == Secret;

    /// <summary>The slug of a request a kept page may answer, or null.</summary>
    public static string? KeptSlug(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || request.QueryString.HasValue
            || context.User.Identity?.IsAuthenticated == true || request.Cookies.Keys.Any(k => k.EndsWith(EditorCookie, StringComparison.Ordinal))
            || request.Headers.ContainsKey("Authorization") || IsRenderAhead(request)
            || !request.Path.StartsWithSegments("/articles", StringComparison.Ordinal, out var rest))
        {
            return null;
        }
        var slug = rest.Value is { Length: > 1 } r ? r[1..] : null;
        return slug is null || slug.Contains('/') ? null : slug;
    }

    /// <summary>Serves the kept page of an article, or passes the request on.</summary>
    public static async Task ServeAsync(HttpContext context, Func<Task> next)
    {
        if (KeptSlug(context) is not { } slug || await ReadAsync(context.RequestServices.GetRequiredService<ArchiveDb>(), slug, context.RequestAborted) is not { } gzip)
        {
            await next();
            return;
        }
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.Vary = "Accept-Encoding";
        if (AcceptsGzip(context.Request))
        {
            // Set before the body, so the compression middleware leaves the stored bytes as they are.
            response.Headers.ContentEncoding = "gzip";
            response.ContentLength = gzip.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await response.Body.WriteAsync(gzip, context.RequestAborted);
            }
            return;
        }
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await using var unzip = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
            await unzip.CopyToAsync(response.Body, context.RequestAborted);
        }
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        Microsoft.Net.Http.Headers.StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var codings)
        && codings.Any(c => string.Equals(c.Value.Value, "gzip", StringComparison.OrdinalIgnoreCase) && c.Quality is not 0);

    public static async Task<byte[]?> ReadAsync(ArchiveDb db, string slug, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(db, """
            SELECT k."Html" FROM "Articles" AS a JOIN "KeptArticlePages" AS k ON k."ArticleId" = a."Id"
            WHERE a."Slug" = @slug AND k."Html" IS NOT NULL
            """, cancellationToken, ("slug", slug));
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    /// <summary>Up to <paramref name="take"/> articles after <paramref name="afterId"/> with no kept page and a current
    /// related-reading list (a stale one is weighed first: its page would be deleted as soon as it is).</summary>
    public static async Task<List<(int Id, string Slug)>> WantedAsync(ArchiveDb db, int afterId, int take, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(db, """
            SELECT a."Id", a."Slug" FROM "Articles" AS a
            WHERE a."Id" > @after
              AND NOT EXISTS (SELECT 1 FROM "KeptArticlePages" AS k WHERE k."ArticleId" = a."Id" AND k."Html" IS NOT NULL)
              AND NOT EXISTS (SELECT 1 FROM "RelatedStale" AS s WHERE s."ArticleId" = a."Id")
            ORDER BY a."Id" LIMIT @take
            """, cancellationToken, ("after", afterId), ("take", take));
        var wanted = new List<(int, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            wanted.Add((reader.GetInt32(0), reader.GetString(1)));
        }
        return wanted;
    }

    /// <summary>Marks a render of the article as begun; its token must still be there when the page is kept. Then waits
    /// until every write in progress has ended (on PostgreSQL; SQLite's writer holds the store until it commits, so the
    /// mark already waited): a write whose trigger ran before the mark existed is then visible to the render.
    /// False when the store stayed busy.</summary>
    public static async Task<bool> BeginAsync(ArchiveDb db, int articleId, long token, CancellationToken cancellationToken)
    {
        await using (var command = await CommandAsync(db, """
            INSERT INTO "KeptArticlePages"("ArticleId", "Html", "Token", "RenderedAt") VALUES (@id, NULL, @token, NULL)
            ON CONFLICT ("ArticleId") DO UPDATE SET "Html" = NULL, "Token" = excluded."Token", "RenderedAt" = NULL
            """, cancellationToken, ("id", articleId), ("token", token)))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return !db.Database.IsNpgsql() || await SettledAsync(db, cancellationToken);
    }

    private static async Task<bool> SettledAsync(ArchiveDb db, CancellationToken cancellationToken)
    {
        await using var snapshot = await CommandAsync(db, "SELECT pg_current_snapshot()::text", cancellationToken);
        var running = (string)(await snapshot.ExecuteScalarAsync(cancellationToken))!;
        await using var command = await CommandAsync(db,
            "SELECT count(*) FROM pg_snapshot_xip(CAST(@snapshot AS pg_snapshot)) AS x WHERE pg_xact_status(x) = 'in progress'",
            cancellationToken, ("snapshot", running));
        for (var wait = 0; wait < 300; wait++)
        {
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return true;
            }
            await Task.Delay(100, cancellationToken);
        }
        return false;
    }

    /// <summary>Keeps a rendered page unless what it shows changed since <see cref="BeginAsync"/> (a trigger deleted the
    /// row, or another node began again); true when kept.</summary>
    public static async Task<bool> KeepAsync(ArchiveDb db, int articleId, long token, byte[] html, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(db, """
            UPDATE "KeptArticlePages" SET "Html" = @html, "RenderedAt" = @at
            WHERE "ArticleId" = @id AND "Token" = @token AND "Html" IS NULL
            """, cancellationToken, ("id", articleId), ("token", token), ("html", Gzip(html)), ("at", DateTime.UtcNow));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task<DbCommand> CommandAsync(ArchiveDb db, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(data);
        }
        return output.ToArray();
    }
}
