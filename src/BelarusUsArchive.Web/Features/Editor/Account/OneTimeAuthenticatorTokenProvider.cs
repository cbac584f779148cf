using System.Globalization;
using System.Security.Cryptography;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;

namespace BelarusUsArchive.Web.Features.Editor.Account;

/// <summary>
/// Authenticator codes (RFC 6238: HMAC-SHA1, 30-second steps, six digits, two steps of clock drift either way, as
/// Identity's own provider), each accepted once: the time step of the last accepted code is kept with the account,
/// and a code of that step or an earlier one is refused, so a code read over a shoulder or from a proxy log cannot be
/// used again within its window.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider : AuthenticatorTokenProvider<EditorUser>
{
    private const string Store = "[ArchiveAuthenticator]";
    private const string LastStep = "LastAcceptedStep";
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const int Drift = 2;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<EditorUser> manager, EditorUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token is not { Length: 6 } || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }
        var secret = Decode(key);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, Store, LastStep), CultureInfo.InvariantCulture, out var stored) ? stored : long.MinValue;
        for (var step = Math.Max(now - Drift, last + 1); step <= now + Drift; step++)
        {
            if (Code(secret, step) == code)
            {
                await manager.SetAuthenticationTokenAsync(user, Store, LastStep, step.ToString(CultureInfo.InvariantCulture));
                return true;
            }
        }
        return false;
    }

    private static int Code(byte[] secret, long step)
    {
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0f;
        return ((hash[offset] & 0x7f) << 24 | hash[offset + 1] << 16 | hash[offset + 2] << 8 | hash[offset + 3]) % 1_000_000;
    }

    /// <summary>RFC 4648 base32, as Identity writes authenticator keys (upper case, no padding).</summary>
    private static byte[] Decode(string key)
    {
        var bytes = new List<byte>(key.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in key.ToUpperInvariant().Where(c => c != '=' && c != ' '))
        {
            buffer = (buffer << 5) | Math.Max(0, Alphabet.IndexOf(c, StringComparison.Ordinal));
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
