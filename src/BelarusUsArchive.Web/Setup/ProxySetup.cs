using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace BelarusUsArchive.Web.Setup;

/// <summary>
/// Behind a reverse proxy the client's address, the scheme (https) and the public host come from
/// X-Forwarded-For, -Proto and -Host, but only from a proxy the operator named in <c>Archive:KnownProxies</c> /
/// <c>Archive:KnownNetworks</c> (comma-separated). Nothing is trusted by default, loopback included: any local
/// process could otherwise rotate X-Forwarded-For past the sign-in rate limit and forge the logged address.
/// At most <c>Archive:ForwardLimit</c> hops (1: nginx in front) are read back from the end of the chain, and a
/// forwarded host is taken only when <c>AllowedHosts</c> names the hosts (never with "*").
/// </summary>
public static class ProxySetup
{
    public static IServiceCollection AddArchiveProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = List(configuration.GetSection("Archive:KnownProxies")).Select(IPAddress.Parse).ToList();
        var networks = List(configuration.GetSection("Archive:KnownNetworks")).Select(System.Net.IPNetwork.Parse).ToList();
        var hosts = (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var limit = Math.Max(1, configuration.GetValue("Archive:ForwardLimit", 1));
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // The middleware believes everyone when both lists are empty, so with no proxy named it reads no header at all.
            o.ForwardedHeaders = proxies.Count + networks.Count == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = limit;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
            if (!hosts.Contains("*") && o.ForwardedHeaders != ForwardedHeaders.None)
            {
                o.ForwardedHeaders |= ForwardedHeaders.XForwardedHost;
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
