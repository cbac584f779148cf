using BelarusUsArchive.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>One way into the app: an HTTP method, a route template and, for a Razor page, its named handler.</summary>
public sealed record AppRoute(string Method, string Template, string? Handler = null)
{
    public override string ToString() => $"{Method} /{Template}{(Handler is null ? "" : "?handler=" + Handler)}";
}

/// <summary>
/// The routes the running app answers, read from the app itself: every handler method of every Razor page
/// (through the page loader, which compiles each page's handler list) and every mapped endpoint.
/// </summary>
public static class RouteCatalog
{
    /// <summary>Every handler (GET and POST, named or not) of every page under Features/Editor.</summary>
    public static async Task<IReadOnlyList<AppRoute>> EditorPagesAsync(ArchiveApp app)
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var routes = new List<AppRoute>();
        foreach (var page in Pages(app).Where(p => p.ViewEnginePath.StartsWith("/Editor/", StringComparison.Ordinal)))
        {
            var compiled = await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            routes.AddRange(compiled.HandlerMethods.Select(h => new AppRoute(h.HttpMethod.ToUpperInvariant(), Template(page), h.Name)));
            if (!compiled.HandlerMethods.Any(h => h.HttpMethod.Equals("GET", StringComparison.OrdinalIgnoreCase)))
            {
                // A page without OnGet still renders on GET.
                routes.Add(new AppRoute("GET", Template(page)));
            }
        }
        return [.. routes.Distinct().OrderBy(r => r.Template, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal).ThenBy(r => r.Handler, StringComparer.Ordinal)];
    }

    /// <summary>Mapped endpoints (not Razor pages) that accept a method other than GET or HEAD, or any method.</summary>
    public static IReadOnlyList<AppRoute> StateChangingEndpoints(ArchiveApp app) =>
        [.. Endpoints(app)
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Where(m => m is not ("GET" or "HEAD"))
                .Select(m => new AppRoute(m, e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()];

    /// <summary>Every GET the app answers: pages and endpoints, as route templates.</summary>
    public static IReadOnlyList<string> GetTemplates(ArchiveApp app) =>
        [.. Endpoints(app)
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null
                || (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Contains("GET"))
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    private static IEnumerable<PageActionDescriptor> Pages(ArchiveApp app) =>
        app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>();

    private static IEnumerable<RouteEndpoint> Endpoints(ArchiveApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static string Template(PageActionDescriptor page) => page.AttributeRouteInfo!.Template!;
}
