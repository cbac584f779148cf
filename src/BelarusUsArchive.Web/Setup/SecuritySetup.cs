namespace BelarusUsArchive.Web.Setup;

/// <summary>
/// Security headers on every response the app sends: pages, API, static files, redirects and every error
/// (404, 429, 500). They are set just before the headers go out, so no later middleware (an exception
/// handler that clears the response, a status-code page) can lose them.
/// </summary>
public static class SecuritySetup
{
    /// <summary>Nothing inline, nothing from elsewhere: the site has only its own stylesheet and no scripts.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>One year; subdomains are left out because an institution's other hosts are not ours to pin.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    public static WebApplication UseArchiveSecurityHeaders(this WebApplication app)
    {
        var hsts = !app.Environment.IsDevelopment();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                // IsHttps is the proxy's scheme too once the forwarded headers have been applied.
                if (hsts && context.Request.IsHttps)
                {
                    headers.StrictTransportSecurity = StrictTransportSecurity;
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
