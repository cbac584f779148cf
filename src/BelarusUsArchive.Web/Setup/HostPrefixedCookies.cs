using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.Features;

namespace BelarusUsArchive.Web.Setup;

/// <summary>
/// Over HTTPS (directly or through a trusted proxy) every cookie the archive sets is named with the
/// <c>__Host-</c> prefix and is Secure, Path=/ and host-only, so no other host of the domain can set or
/// overwrite it, and only prefixed cookies are read back. Over plain HTTP (local development, the tests on
/// http://127.0.0.1) browsers refuse a <c>__Host-</c> cookie without Secure, so the plain names are used.
/// Done at the cookie features rather than per cookie, so the sign-in, two-factor and antiforgery cookies
/// (whose names are fixed in their options) all follow the same rule.
/// </summary>
public static class HostPrefixedCookies
{
    public const string Prefix = "__Host-";

    public static WebApplication UseHostPrefixedCookies(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.Request.IsHttps)
            {
                var request = context.Features.Get<IRequestCookiesFeature>() ?? new RequestCookiesFeature(context.Features);
                var response = context.Features.Get<IResponseCookiesFeature>() ?? new ResponseCookiesFeature(context.Features);
                context.Features.Set<IRequestCookiesFeature>(new RequestFeature(new RequestCookies(request.Cookies)));
                context.Features.Set<IResponseCookiesFeature>(new ResponseFeature(new ResponseCookies(response.Cookies)));
            }
            return next(context);
        });
        return app;
    }

    private static CookieOptions Hosted(CookieOptions options) => new(options) { Secure = true, Path = "/", Domain = null };

    private sealed class RequestFeature(IRequestCookieCollection cookies) : IRequestCookiesFeature
    {
        public IRequestCookieCollection Cookies { get; set; } = cookies;
    }

    private sealed class ResponseFeature(IResponseCookies cookies) : IResponseCookiesFeature
    {
        public IResponseCookies Cookies { get; } = cookies;
    }

    /// <summary>The request's <c>__Host-</c> cookies under their plain names; unprefixed ones are not trusted over HTTPS.</summary>
    private sealed class RequestCookies(IRequestCookieCollection all) : IRequestCookieCollection
    {
        private readonly Dictionary<string, string> _cookies = all
            .Where(c => c.Key.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(c => c.Key[Prefix.Length..], c => c.Value, StringComparer.OrdinalIgnoreCase);

        public string? this[string key] => _cookies.GetValueOrDefault(key);
        public int Count => _cookies.Count;
        public ICollection<string> Keys => _cookies.Keys;
        public bool ContainsKey(string key) => _cookies.ContainsKey(key);
        public bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _cookies.TryGetValue(key, out value);
        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _cookies.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class ResponseCookies(IResponseCookies inner) : IResponseCookies
    {
        public void Append(string key, string value) => Append(key, value, new CookieOptions());
        public void Append(string key, string value, CookieOptions options) => inner.Append(Prefix + key, value, Hosted(options));

        public void Append(ReadOnlySpan<KeyValuePair<string, string>> keyValuePairs, CookieOptions options)
        {
            foreach (var (key, value) in keyValuePairs)
            {
                Append(key, value, options);
            }
        }

        public void Delete(string key) => Delete(key, new CookieOptions());
        public void Delete(string key, CookieOptions options) => inner.Delete(Prefix + key, Hosted(options));
    }
}
