using System.Net;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Web.Features.Editor.Account;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BelarusUsArchive.Tests.Support;

/// <summary>An editor signed in through the real login form, posting forms with their antiforgery tokens.</summary>
public static class EditorClient
{
    public const string Password = "a long phrase nobody guesses";

    public static async Task<HttpClient> SignInAsync(ArchiveApp app, string email = "curator@example.org", string role = "Editor")
    {
        Assert.Equal(0, await CreateUserCommand.RunAsync(app.Services, ["--email", email, "--role", role], new StringReader(Password), TextWriter.Null));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/editor/login", TestContext.Current.CancellationToken);
        var login = await client.PostAsync("/editor/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["__RequestVerificationToken"] = Token(form),
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    public static string Token(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    /// <summary>GETs the form page for its token (and the record's version), then POSTs the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? handler = null)
    {
        var page = await client.GetStringAsync(url, TestContext.Current.CancellationToken);
        var document = new HtmlParser().ParseDocument(page);
        fields["__RequestVerificationToken"] = Token(page);
        if (document.QuerySelector("input[name='Input.Version']")?.GetAttribute("value") is { } version)
        {
            fields.TryAdd("Input.Version", version);
        }
        return await client.PostAsync(url + (handler is null ? "" : "?handler=" + handler), new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }
}
