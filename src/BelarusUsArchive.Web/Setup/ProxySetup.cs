using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace BelarusUsArchive.Web.Setup;

/// <summary>
/// Behind a reverse proxy the client's address, the scheme (https) and the public host come from
/// X-Forwarded-For, -Proto and -Host, but only when the request comes from a trusted proxy: loopback by
/// default, or exactly the addresses and networks in <c>Archive:KnownProxies</c> / <c>Archive:KnownNetworks</c>
/// (comma-separated). A forwarded host is taken only if it is one of <c>AllowedHosts</c> (unless that is "*").
/// </summary>
public static class ProxySetup
{
    public static IServiceCollection AddArchiveProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = List(configuration.GetSection("Archive:KnownProxies")).Select(IPAddress.Parse).ToList();
        var networks = List(configuration.GetSection("Archive:KnownNetworks")).Select(System.Net.IPNetwork.Parse).ToList();
        var hosts = (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Walk back through every trusted hop (a CDN in front of nginx), stopping at the first untrusted address.
            o.ForwardLimit = null;
            if (proxies.Count + networks.Count > 0)
            {
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                proxies.ForEach(o.KnownProxies.Add);
                networks.ForEach(o.KnownIPNetworks.Add);
            }
            if (!hosts.Contains("*"))
            {
                o.AllowedHosts = hosts;
            }
        });
        return services;
    }

    public static WebApplication UseArchiveProxies(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    /// <summary>A setting given either as one comma-separated value (handy in an environment variable) or as a list.</summary>
    private static IEnumerable<string> List(IConfigurationSection section) =>
        (section.Value is { } value ? value.Split(',') : section.GetChildren().Select(c => c.Value ?? ""))
        .Select(v => v.Trim())
        .Where(v => v.Length > 0);
}
