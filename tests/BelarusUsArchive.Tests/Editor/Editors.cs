using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Editor.Account;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>An account made the way an operator makes one, with its own passphrase (the archive has no default).</summary>
public sealed record Account(string Email, string Password);

/// <summary>
/// Accounts made with the create-user command and sessions signed in through the real login form:
/// each HttpClient keeps its own cookies, and forms are posted with the antiforgery token of the page they came from.
/// </summary>
public static class Editors
{
    /// <summary>Seed 003, the RFE/RL article on U.S. policy toward Belarus.</summary>
    public const string Seed003 = "how-russia-s-interference-in-ukraine-has-altered-u-s-policy-toward-belarus";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<Account> CreateAsync(ArchiveApp app, string email, string role = Roles.Editor)
    {
        var account = new Account(email, "quiet rivers under " + Guid.NewGuid().ToString("N")[..10]);
        var output = new StringWriter();
        var code = await CreateUserCommand.RunAsync(app.Services, ["--email", email, "--role", role], new StringReader(account.Password), output);
        Assert.True(code == 0, $"create-user failed: {output}");
        return account;
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects so that tests see them.</summary>
    public static HttpClient NewClient(ArchiveApp app) => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password)
    {
        var form = await HtmlAsync(client, "/editor/login");
        return await PostAsync(client, "/editor/login", form, new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    public static async Task<HttpClient> SignInAsync(ArchiveApp app, string email, string role = Roles.Editor)
    {
        var account = await CreateAsync(app, email, role);
        var client = NewClient(app);
        var response = await LogInAsync(client, account.Email, account.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<IHtmlDocument> HtmlAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url, Cancel);
        Assert.Equal(expected, response.StatusCode);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));

    public static string Token(IHtmlDocument form) =>
        form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("the page has no antiforgery token");

    /// <summary>Posts fields with the antiforgery token of the page the form came from.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IHtmlDocument form, Dictionary<string, string> fields, string? handler = null)
    {
        fields["__RequestVerificationToken"] = Token(form);
        return client.PostAsync(url + (handler is null ? "" : "?handler=" + handler), new FormUrlEncodedContent(fields), Cancel);
    }

    /// <summary>Opens the form page and submits it with the given fields, the page's token and the record's version.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, Dictionary<string, string> fields, string? handler = null)
    {
        var form = await HtmlAsync(client, url);
        if (Version(form) is { } version)
        {
            fields.TryAdd("Input.Version", version);
        }
        return await PostAsync(client, url, form, fields, handler);
    }

    public static string? Version(IHtmlDocument form) => form.QuerySelector("input[name='Input.Version']")?.GetAttribute("value");

    public static int ParagraphWith(ArchiveApp app, string slug, string words) =>
        app.InScope(db => db.Paragraphs.Where(p => p.Article!.Slug == slug && p.Text.Contains(words)).Select(p => p.Number).First());

    public static string Number(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string? Location(HttpResponseMessage response) => response.Headers.Location?.OriginalString;
}
