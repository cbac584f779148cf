using System.Net;
using System.Security.Cryptography;
using BelarusUsArchive.Tests.Support;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>The authenticator page, found by the GET digest check: opening it used to store a key and renew the security stamp.</summary>
public class AuthenticatorTests
{
    [Fact]
    public async Task Opening_the_authenticator_page_stores_nothing_and_a_valid_code_for_the_offered_key_turns_two_factor_on_without_signing_out()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var editor = await SignInAsync(app, "editor@example.org");
        var before = await StoreDigest.OfAsync(app);

        var first = await HtmlAsync(editor, "/editor/account/authenticator");
        var unchanged = before == await StoreDigest.OfAsync(app);
        var stillIn = (await editor.GetAsync("/editor/history", TestContext.Current.CancellationToken)).StatusCode;
        var key = first.QuerySelector("code.key")!.TextContent;
        var wrong = await PostAsync(editor, "/editor/account/authenticator", first, new() { ["Code"] = "000000", ["OfferedKey"] = key });
        var afterWrong = before == await StoreDigest.OfAsync(app);
        var right = await PostAsync(editor, "/editor/account/authenticator", first, new() { ["Code"] = Totp(key), ["OfferedKey"] = key });

        Assert.True(unchanged, "opening the page changed the store");
        Assert.Equal(HttpStatusCode.OK, stillIn);
        Assert.Contains("not valid", (await ParseAsync(wrong)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.True(afterWrong, "a wrong code stored the key");
        Assert.Contains("is on", (await ParseAsync(right)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.True(app.InScope(db => db.Users.Single(u => u.Email == "editor@example.org").TwoFactorEnabled));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/editor/history", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(key, (await HtmlAsync(editor, "/editor/account/authenticator")).QuerySelector("code.key")!.TextContent);
    }

    /// <summary>RFC 6238 with the authenticator apps' defaults: HMAC-SHA1, 30-second steps, six digits.</summary>
    private static string Totp(string base32Key)
    {
        var bits = string.Concat(base32Key.Select(c => Convert.ToString("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        var key = Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
        var counter = BitConverter.GetBytes(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
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
