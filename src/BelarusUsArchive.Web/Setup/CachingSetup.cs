using BelarusUsArchive.Web.Features.Articles;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BelarusUsArchive.Web.Setup;

/// <summary>
/// Output caching of what anonymous readers see: public pages and GET /api answers, keyed by path and the
/// full query string, for <c>Archive:CacheSeconds</c> (0 turns it off). Every write to the store evicts
/// the lot (<see cref="CacheEviction"/>); the short lifetime bounds how stale a page can be on a node that
/// did not make the write (several web nodes on one PostgreSQL, or the import command run beside the site).
/// Article pages are also rendered ahead and kept in the store (<see cref="KeptPages"/>, <c>Archive:KeptPages:Enabled</c>,
/// on by default while caching is on), which the store's own triggers keep current.
/// </summary>
public static class CachingSetup
{
    public const string Tag = "archive";

    public static IServiceCollection AddArchiveCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Archive:CacheSeconds", 30);
        services.AddOutputCache(o =>
        {
            o.MaximumBodySize = 4 * 1024 * 1024;
            // Slugs are case-sensitive: /articles/Foo is a 404 even when /articles/foo is cached.
            o.UseCaseSensitivePaths = true;
            if (seconds > 0)
            {
                o.AddBasePolicy(new ReaderCachePolicy(TimeSpan.FromSeconds(seconds), KeptPagesOn(configuration)));
            }
        });
        if (KeptPagesOn(configuration))
        {
            services.AddHostedService<PageRenderer>();
        }
        services.AddSingleton<CacheEviction>();
        // The store of either provider takes every registered interceptor (DataSetup), so every write evicts.
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<CacheEviction>());
        return services;
    }

    /// <summary>After authentication (signed-in users are never served or stored) and inside CORS and the ETag check.</summary>
    public static WebApplication UseArchiveCaching(this WebApplication app)
    {
        app.UseOutputCache();
        return app;
    }

    /// <summary>Kept article pages answer right after the static files, as cheaply: before routing, rate limits and
    /// authentication (a request with an editor's cookie is never answered from them).</summary>
    public static WebApplication UseKeptArticlePages(this WebApplication app)
    {
        if (KeptPagesOn(app.Configuration))
        {
            app.Use((context, next) => KeptPages.ServeAsync(context, () => next(context)));
        }
        return app;
    }

    private static bool KeptPagesOn(IConfiguration configuration) =>
        configuration.GetValue("Archive:CacheSeconds", 30) > 0 && configuration.GetValue("Archive:KeptPages:Enabled", true);

    /// <summary>Never the editor, health, the error pages or the large streamed exports; never a signed-in user's response.</summary>
    public static bool IsCacheable(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !KeptPages.IsRenderAhead(request)
        && !request.Path.StartsWithSegments("/editor")
        && !request.Path.StartsWithSegments("/health")
        && !request.Path.StartsWithSegments("/errors")
        && !(request.Path.StartsWithSegments("/data") && Path.HasExtension(request.Path.Value));
}

/// <summary>The stock policy's rules (anonymous, no Authorization header, only 200s without Set-Cookie) plus the archive's.
/// An article page that a kept page answers is left to <see cref="KeptPages"/>: kept pages follow every writer's changes
/// at once, where this cache would keep a page another process changed for its lifetime.</summary>
internal sealed class ReaderCachePolicy(TimeSpan lifetime, bool keptPages) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = CachingSetup.IsCacheable(http.Request) && !(keptPages && KeptPages.KeptSlug(http) is not null)
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey("Authorization");
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(CachingSetup.Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0
            || context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
