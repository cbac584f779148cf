using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace BelarusUsArchive.Web.Setup;

/// <summary>
/// Brotli or gzip, as the client asks, for every text the archive serves, over HTTPS too. The editor is left
/// uncompressed: its pages carry an antiforgery token beside text the editor typed, the mix a BREACH attack
/// needs; the public pages carry no secrets.
/// </summary>
public static class CompressionSetup
{
    public static readonly string[] MimeTypes =
    [
        "text/html", "text/css", "text/javascript", "application/javascript", "application/json",
        "application/problem+json", "image/svg+xml", "application/atom+xml", "text/csv", "application/jsonl",
        "text/plain", "application/xml", "application/x-bibtex", "application/x-research-info-systems",
        "application/vnd.citationstyles.csl+json",
    ];

    public static IServiceCollection AddArchiveCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = MimeTypes;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        // Pages are made per request: the fastest level keeps compression cheaper than the bytes it saves.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static WebApplication UseArchiveCompression(this WebApplication app)
    {
        // A signed-in editor's public pages carry the sign-out form's token in the header: left uncompressed too.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/editor") && !c.Request.Cookies.Keys.Any(k => k.EndsWith(Features.Articles.KeptPages.EditorCookie, StringComparison.Ordinal)),
            b => b.UseResponseCompression());
        return app;
    }
}
