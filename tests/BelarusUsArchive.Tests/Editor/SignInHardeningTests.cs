using System.Net;
using System.Security.Cryptography;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Editor.Account;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>What an intruder probing the sign-in would try: telling accounts apart, replaying a code, a half-signed-in session.</summary>
public class SignInHardeningTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Identity's own hasher, counting verifications: the time a sign-in takes is the time of its hashes.</summary>
    private sealed class CountingHasher : IPasswordHasher<EditorUser>
    {
        private readonly PasswordHasher<EditorUser> inner = new();
        private int verified;

        public int Verified => Volatile.Read(ref verified);

        public string HashPassword(EditorUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(EditorUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verified);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task Every_failed_sign_in_costs_one_hash_and_gets_the_same_answer_whether_or_not_the_account_exists_or_is_locked()
    {
        using var folder = new TestFolder(withSeeds: false);
        var hasher = new CountingHasher();
        await using var app = new ArchiveApp(folder) { TestServices = s => s.AddSingleton<IPasswordHasher<EditorUser>>(hasher) };
        await app.StartAsync();
        var account = await CreateAsync(app, "editor@example.org");

        async Task<(int Hashes, string Answer)> TryAsync(string email, string password)
        {
            var before = hasher.Verified;
            var response = await LogInAsync(NewClient(app), email, password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (hasher.Verified - before, (await ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent.Trim());
        }

        var unknown = await TryAsync("nobody@example.org", "some guessed passphrase");
        var wrong = await TryAsync(account.Email, "some guessed passphrase");
        for (var i = 0; i < 4; i++)
        {
            await TryAsync(account.Email, $"another guess {i}");
        }
        var lockedWrong = await TryAsync(account.Email, "some guessed passphrase");
        var lockedRight = await TryAsync(account.Email, account.Password);

        Assert.Equal((1, LoginModel.Failure), unknown);
        Assert.Equal((1, LoginModel.Failure), wrong);
        Assert.Equal((1, LoginModel.Failure), lockedWrong);
        Assert.Equal((1, LoginModel.Failure), lockedRight);
    }

    [Fact]
    public async Task An_authenticator_code_signs_in_once_and_is_refused_when_replayed_within_its_window()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var account = await CreateAsync(app, "editor@example.org");
        var setup = NewClient(app);
        await LogInAsync(setup, account.Email, account.Password);
        var page = await HtmlAsync(setup, "/editor/account/authenticator");
        var key = page.QuerySelector("code.key")!.TextContent;
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        await PostAsync(setup, "/editor/account/authenticator", page, new() { ["Code"] = Totp(key, step), ["OfferedKey"] = key });
        Assert.True(app.InScope(db => db.Users.Single().TwoFactorEnabled));

        var first = await CodeSignInAsync(app, account, Totp(key, step + 1));
        var replayed = await CodeSignInAsync(app, account, Totp(key, step + 1));
        var setupCodeAgain = await CodeSignInAsync(app, account, Totp(key, step));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("not valid", (await ParseAsync(replayed)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, setupCodeAgain.StatusCode);
    }

    [Fact]
    public async Task With_two_factor_required_a_password_only_session_sees_no_draft_on_public_pages()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var reader = await app.StartAsync();
        var admin = await SignInAsync(app, "admin@example.org", Roles.Admin);
        var editor = await SignInAsync(app, "editor@example.org");
        await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = "An unfinished draft note." });
        Assert.Contains("An unfinished draft note.", await editor.GetStringAsync($"/articles/{Seed003}", Cancel), StringComparison.Ordinal);

        await SubmitAsync(admin, "/editor/admin/users", new() { ["required"] = "true" }, "TwoFactor");

        Assert.DoesNotContain("An unfinished draft note.", await editor.GetStringAsync($"/articles/{Seed003}", Cancel), StringComparison.Ordinal);
        Assert.DoesNotContain("An unfinished draft note.", await editor.GetStringAsync($"/api/articles/{Seed003}", Cancel), StringComparison.Ordinal);
        Assert.DoesNotContain("An unfinished draft note.", await reader.GetStringAsync($"/articles/{Seed003}", Cancel), StringComparison.Ordinal);
        var sent = await editor.GetAsync("/editor/history", Cancel);
        Assert.StartsWith("/editor/account/authenticator", Location(sent), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> CodeSignInAsync(ArchiveApp app, Account account, string code)
    {
        var client = NewClient(app);
        var password = await LogInAsync(client, account.Email, account.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var form = await HtmlAsync(client, "/editor/login/code");
        return await PostAsync(client, "/editor/login/code", form, new() { ["Code"] = code });
    }

    /// <summary>RFC 6238 with the authenticator apps' defaults: HMAC-SHA1, 30-second steps, six digits.</summary>
    private static string Totp(string base32Key, long step)
    {
        var bits = string.Concat(base32Key.Select(c => Convert.ToString("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        var key = Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var code = ((hash[offset] & 0x7f) << 24 | hash[offset + 1] << 16 | hash[offset + 2] << 8 | hash[offset + 3]) % 1_000_000;
        return code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
