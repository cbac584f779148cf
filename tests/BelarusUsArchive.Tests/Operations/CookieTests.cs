using System.Net;
using BelarusUsArchive.Tests.Editor;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace BelarusUsArchive.Tests.Operations;

public class CookieTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Over_plain_http_the_cookies_keep_plain_names_and_are_http_only_and_same_site_but_not_secure()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var served = await Served.StartAsync(folder);
        var account = await Editors.CreateAsync(served.App, "plain@example.org");

        var (signIn, antiforgery) = await SignInAsync(served, account, proto: null);

        Assert.Equal("archive.antiforgery", antiforgery.Name.Value);
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Strict, antiforgery.SameSite);
        var session = Assert.Single(Ops.SetCookies(signIn), c => c.Name.Value!.StartsWith("archive.editor", StringComparison.Ordinal));
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Lax, session.SameSite);
        foreach (var cookie in new[] { antiforgery, session })
        {
            Assert.True(cookie.HttpOnly, cookie.Name.Value);
            Assert.False(cookie.Secure, cookie.Name.Value);
            Assert.Equal("/", cookie.Path.Value);
        }
        var editor = await served.SendAsync(HttpMethod.Get, "/editor", proto: null, cookies: Ops.CookieHeader([session]));
        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
    }

    [Fact]
    public async Task Behind_a_proxy_saying_https_the_cookies_are_host_prefixed_secure_and_still_sign_in()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var served = await Served.StartAsync(folder);
        var account = await Editors.CreateAsync(served.App, "proxied@example.org");

        var (signIn, antiforgery) = await SignInAsync(served, account, proto: "https");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("__Host-archive.antiforgery", antiforgery.Name.Value);
        var session = Assert.Single(Ops.SetCookies(signIn), c => c.Name.Value!.StartsWith("__Host-archive.editor", StringComparison.Ordinal));
        foreach (var cookie in new[] { antiforgery, session })
        {
            AssertHostCookie(cookie);
        }
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Lax, session.SameSite);

        var editor = await served.SendAsync(HttpMethod.Get, "/editor", cookies: Ops.CookieHeader([session]));
        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
        // The same value without the prefix is what a sibling host could plant: over HTTPS it is not read.
        var planted = await served.SendAsync(HttpMethod.Get, "/editor", cookies: $"archive.editor={session.Value}");
        Assert.Equal(HttpStatusCode.Redirect, planted.StatusCode);
    }

    [Fact]
    public async Task The_two_factor_step_cookie_is_host_prefixed_and_secure_behind_https()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var served = await Served.StartAsync(folder);
        var account = await Editors.CreateAsync(served.App, "twostep@example.org");
        await using (var scope = served.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
            var user = (await users.FindByEmailAsync(account.Email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        var (signIn, _) = await SignInAsync(served, account, proto: "https");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("/editor/login/code", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var step = Assert.Single(Ops.SetCookies(signIn), c => c.Name.Value == "__Host-archive.two-factor");
        AssertHostCookie(step);
        Assert.DoesNotContain(Ops.SetCookies(signIn), c => c.Name.Value!.Contains("archive.editor", StringComparison.Ordinal));
    }

    private static void AssertHostCookie(SetCookieHeaderValue cookie)
    {
        Assert.True(cookie.Secure, $"{cookie.Name} is not Secure");
        Assert.True(cookie.HttpOnly, $"{cookie.Name} is not HttpOnly");
        Assert.Equal("/", cookie.Path.Value);
        Assert.True(cookie.Domain.Value is null, $"{cookie.Name} names a domain");
        Assert.NotEqual(Microsoft.Net.Http.Headers.SameSiteMode.None, cookie.SameSite);
        Assert.NotEqual(Microsoft.Net.Http.Headers.SameSiteMode.Unspecified, cookie.SameSite);
    }

    /// <summary>Opens the login form and posts it with its token and the antiforgery cookie, as a browser does.</summary>
    internal static async Task<(HttpResponseMessage SignIn, SetCookieHeaderValue Antiforgery)> SignInAsync(Served served, Account account, string? proto)
    {
        var form = await served.SendAsync(HttpMethod.Get, "/editor/login", proto);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var antiforgery = Assert.Single(Ops.SetCookies(form), c => c.Name.Value!.Contains("antiforgery", StringComparison.Ordinal));
        var token = EditorClient.Token(await form.Content.ReadAsStringAsync(Cancel));
        var signIn = await served.SendAsync(HttpMethod.Post, "/editor/login", proto, cookies: Ops.CookieHeader([antiforgery]),
            content: new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = account.Email,
                ["Input.Password"] = account.Password,
                ["__RequestVerificationToken"] = token,
            }));
        return (signIn, antiforgery);
    }
}
