using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using BelarusUsArchive.Web.Features.Search;
using Microsoft.AspNetCore.RateLimiting;

namespace BelarusUsArchive.Web.Setup;

/// <summary>The "Archive:RateLimit" settings: requests per minute per client address.</summary>
public sealed class RateLimitOptions
{
    /// <summary>GET /search, /search/feed.atom and /api/search: generous, since a whole institution may share one address.</summary>
    public int SearchPerMinute { get; set; } = 120;
    /// <summary>POSTs to the sign-in form and its two-factor step: guessing passwords across accounts.</summary>
    public int SignInPerMinute { get; set; } = 10;
}

/// <summary>
/// Rate limits on the expensive and the guessable: search and signing in, per client address (after the
/// forwarded headers, so the proxy's clients are told apart). A limited request gets 429 with Retry-After:
/// the API a problem body, a page the friendly error page.
/// </summary>
public static class RateLimitSetup
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int BusySeconds = 2;

    public static IServiceCollection AddArchiveRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("Archive:RateLimit").Get<RateLimitOptions>() ?? new RateLimitOptions();
        var search = SearchLimits.From(configuration);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            var perClient = PartitionedRateLimiter.Create<HttpContext, string>(context => Kind(context.Request) switch
            {
                "search" => Partition(context, "search", limits.SearchPerMinute),
                "sign-in" => Partition(context, "sign-in", limits.SignInPerMinute),
                _ => RateLimitPartition.GetNoLimiter(""),
            });
            // However many clients search, only so many searches run at once (SearchLimits).
            var searchesAtOnce = PartitionedRateLimiter.Create<HttpContext, string>(context => Kind(context.Request) == "search"
                ? RateLimitPartition.GetConcurrencyLimiter("searches", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = Math.Max(1, search.Concurrency),
                    QueueLimit = Math.Max(0, search.Queue),
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                : RateLimitPartition.GetNoLimiter(""));
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(perClient, searchesAtOnce);
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    public static WebApplication UseArchiveRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static string? Kind(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && (request.Path.StartsWithSegments("/search") || request.Path.StartsWithSegments("/api/search")) ? "search"
        : HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/editor/login") ? "sign-in"
        : null;

    private static RateLimitPartition<string> Partition(HttpContext context, string kind, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            kind + " " + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinute), Window = Window, QueueLimit = 0 });

    /// <summary>The API answers with a problem body here; a page's empty 429 is re-executed as /errors/429.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        // A per-address window says when it reopens; the searches-at-once limit frees a turn within seconds.
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : BusySeconds;
        http.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            return;
        }
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = seconds == BusySeconds && !rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out _)
                    ? $"Too many searches are running at once; try again in {seconds} seconds."
                    : $"Too many requests from this address; try again in {seconds} seconds.",
            },
        });
    }
}
