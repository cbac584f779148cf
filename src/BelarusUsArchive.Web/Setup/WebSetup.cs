using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.Account;
using BelarusUsArchive.Web.Import;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Setup;

public static class WebSetup
{
    public static IServiceCollection AddArchiveWeb(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            // Everything under /editor needs an Editor or Admin account; signing in itself does not.
            o.Conventions.AuthorizeFolder("/Editor", "Editors");
            o.Conventions.AllowAnonymousToPage("/Editor/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Editor/Account/LoginTwoFactor");
            o.Conventions.AllowAnonymousToPage("/Editor/Account/Denied");
            o.Conventions.AuthorizeFolder("/Editor/Admin", "Admins");
            o.Conventions.AddFolderApplicationModelConvention("/Editor", m => m.Filters.Add(new Features.Editor.Review.ReturnToFilter()));
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestHandler>();
        // A value that does not bind (year=abc) throws in every environment, so BadRequestHandler names the parameter.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        return services;
    }

    /// <summary>
    /// The pipeline, outermost first: the proxy's forwarded headers (so everything after sees the client's
    /// address and scheme), security headers and cookie names, request logging, compression, then errors —
    /// the API answers with RFC 7807 problem bodies, pages with friendly error pages, neither ever shows a
    /// stack trace — static files, routing, rate limits and the signed-in user.
    /// </summary>
    public static WebApplication UseArchiveWeb(this WebApplication app)
    {
        app.UseArchiveProxies();
        app.UseArchiveSecurityHeaders();
        app.UseHostPrefixedCookies();
        app.UseArchiveRequestLogging();
        app.UseArchiveCompression();
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), pages => pages
            .UseExceptionHandler("/errors/500")
            .UseStatusCodePagesWithReExecute("/errors/{0}"));
        app.UseArchiveStaticFiles();
        app.UseKeptArticlePages();
        // Routing after the error middleware, so a re-executed request (/errors/404) is routed afresh.
        app.UseRouting();
        app.UseArchiveRateLimits();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseTwoFactorRequirement();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>
    /// For load balancers and orchestrators: /health is liveness (the process runs and the store answers),
    /// /health/ready readiness (the store answers and the start-up import has finished). Neither is cached,
    /// rate limited or logged above Debug.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (ArchiveDb db, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct)
                ? Results.Text("ok", "text/plain")
                : Results.Text("store unavailable", "text/plain", statusCode: 503));
        app.MapGet("/health/ready", async (ArchiveDb db, ImportStatus status, CancellationToken ct) =>
            !await db.Database.CanConnectAsync(ct) ? Results.Text("store unavailable", "text/plain", statusCode: 503)
            : !status.Finished ? Results.Text("importing", "text/plain", statusCode: 503)
            : Results.Text("ready", "text/plain"));
        return app;
    }
}
