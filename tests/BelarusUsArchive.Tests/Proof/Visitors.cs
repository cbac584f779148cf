using System.Net;
using BelarusUsArchive.Tests.Editor;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>A client of one kind of visitor, with an antiforgery token its own session was given.</summary>
public sealed record Visitor(HttpClient Client, string Token)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// An anonymous visitor has the login page's token; an Editor or Admin signs in through the form; a disabled
    /// account signs in, takes its token, and is then disabled the way the admin page does it.
    /// </summary>
    public static async Task<Visitor> ForAsync(ArchiveApp app, Role role)
    {
        if (role == Role.Anonymous)
        {
            var anonymous = Editors.NewClient(app);
            return new Visitor(anonymous, Editors.Token(await Editors.HtmlAsync(anonymous, "/editor/login")));
        }
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var client = await Editors.SignInAsync(app, email, role == Role.Admin ? Roles.Admin : Roles.Editor);
        var token = Editors.Token(await Editors.HtmlAsync(client, "/editor/articles/new"));
        if (role == Role.Disabled)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.Disabled = true;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
        }
        return new Visitor(client, token);
    }

    public Task<HttpResponseMessage> SendAsync(string method, string url, Dictionary<string, string> fields, string? token)
    {
        if (method == "GET")
        {
            return Client.GetAsync(url, Cancel);
        }
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }
        return Client.PostAsync(url, new FormUrlEncodedContent(fields), Cancel);
    }

    public static Outcome Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        var redirect = (int)response.StatusCode is >= 300 and < 400;
        return response.StatusCode switch
        {
            _ when redirect && location.Contains("/editor/login", StringComparison.OrdinalIgnoreCase) => Outcome.Login,
            _ when redirect && location.Contains("/editor/denied", StringComparison.OrdinalIgnoreCase) => Outcome.Denied,
            HttpStatusCode.Unauthorized => Outcome.Login,
            HttpStatusCode.Forbidden => Outcome.Denied,
            HttpStatusCode.NotFound => Outcome.NotFound,
            HttpStatusCode.BadRequest => Outcome.Rejected,
            >= HttpStatusCode.InternalServerError => Outcome.Error,
            _ => Outcome.Ok,
        };
    }
}
