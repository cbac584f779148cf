using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Net.Http.Headers;

namespace BelarusUsArchive.Web.Setup;

/// <summary>
/// Files under wwwroot. The pages reference them with asp-append-version (<c>site.css?v=HASH</c>),
/// so a URL that carries the file's current hash can never change and is cached for a year;
/// anything else (no <c>v</c>, or a stale one) must be revalidated, so an edit shows up at once.
/// </summary>
public static class StaticAssetsSetup
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    public static IApplicationBuilder UseArchiveStaticFiles(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var request = context.Context.Request;
                context.Context.Response.Headers[HeaderNames.CacheControl] = IsCurrentVersion(context.Context, request) ? Immutable : Revalidate;
            },
        });

    private static bool IsCurrentVersion(HttpContext context, HttpRequest request)
    {
        var version = request.Query["v"].ToString();
        if (version.Length == 0)
        {
            return false;
        }
        var versions = context.RequestServices.GetRequiredService<IFileVersionProvider>();
        var current = versions.AddFileVersionToPath(request.PathBase, request.Path.Value!);
        return current.EndsWith("?v=" + version, StringComparison.Ordinal);
    }
}
