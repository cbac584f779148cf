using System.Net;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Setup;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace BelarusUsArchive.Tests.Operations;

/// <summary>
/// The app as an operator runs it: on a real Kestrel port behind nginx on the same machine (requests come from
/// 127.0.0.1, named in <c>Archive:KnownProxies</c> as README's nginx set-up says, unless a test sets otherwise) and a plain client that keeps no cookies and follows no redirects, so a test sees
/// and sends exactly the headers a reverse proxy and a browser would.
/// </summary>
internal sealed class Served : IAsyncDisposable
{
    private Served(ArchiveApp app, HttpClient client)
    {
        App = app;
        Client = client;
    }

    public ArchiveApp App { get; }
    public HttpClient Client { get; }

    public static async Task<Served> StartAsync(TestFolder folder, Dictionary<string, string?>? settings = null, bool importOnStartup = true)
    {
        var app = new ArchiveApp(folder, importOnStartup);
        app.Settings["Archive:KnownProxies"] = "127.0.0.1";
        foreach (var (key, value) in settings ?? [])
        {
            // null: leave the setting at the app's own default (appsettings.json).
            if (value is null)
            {
                app.Settings.Remove(key);
            }
            else
            {
                app.Settings[key] = value;
            }
        }
        app.UseKestrel(0);
        app.StartServer();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = new Uri(address),
        };
        return new Served(app, client);
    }

    /// <summary>A request as a TLS-terminating proxy in front of the archive forwards it.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? proto = "https", string? forwardedFor = null,
        string? cookies = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
        }
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        if (cookies is not null)
        {
            request.Headers.Add("Cookie", cookies);
        }
        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}

internal static class Ops
{
    public static IReadOnlyList<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. SetCookieHeaderValue.ParseList([.. values])] : [];

    /// <summary>The Cookie header a browser sends back for these Set-Cookie headers.</summary>
    public static string CookieHeader(IEnumerable<SetCookieHeaderValue> cookies) =>
        string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}"));

    public static readonly string[] SecurityHeaders = ["Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy"];

    /// <summary>The headers every response must carry, with the values an operator can check against README.</summary>
    public static void AssertSecurityHeaders(HttpResponseMessage response, string what)
    {
        string? Header(string name) => response.Headers.TryGetValues(name, out var v) ? string.Join(", ", v) : null;
        Assert.True(Header("Content-Security-Policy") == SecuritySetup.ContentSecurityPolicy, $"{what}: CSP is '{Header("Content-Security-Policy")}'");
        Assert.True(Header("X-Content-Type-Options") == "nosniff", $"{what}: X-Content-Type-Options is '{Header("X-Content-Type-Options")}'");
        Assert.True(Header("X-Frame-Options") == "DENY", $"{what}: X-Frame-Options is '{Header("X-Frame-Options")}'");
        Assert.True(Header("Referrer-Policy") == "strict-origin-when-cross-origin", $"{what}: Referrer-Policy is '{Header("Referrer-Policy")}'");
        Assert.True(Header("Permissions-Policy") == SecuritySetup.PermissionsPolicy, $"{what}: Permissions-Policy is '{Header("Permissions-Policy")}'");
        Assert.DoesNotContain("unsafe-inline", Header("Content-Security-Policy") ?? "", StringComparison.Ordinal);
    }

    public static bool HasHsts(HttpResponseMessage response) => response.Headers.Contains("Strict-Transport-Security");
}
