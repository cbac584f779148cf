using System.Text;
using UtfUnknown;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>The text of a source file, or the reason it has none.</summary>
public sealed record DecodedSource(string? Text, string? Encoding, string? Failure)
{
    public bool Ok => Failure is null;
}

/// <summary>
/// Turns the bytes of a file into text: BOMs, UTF-8, and legacy single-byte encodings
/// (Windows-1251 is common for Belarusian and Russian sites) detected by UTF.Unknown.
/// Refuses empty, binary and oversized files with a reason a person can act on.
/// </summary>
public static class SourceDecoder
{
    public const long MaxBytes = 8 * 1024 * 1024;

    static SourceDecoder() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedSource Decode(byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return Fail($"the file is {bytes.Length / 1024.0 / 1024.0:0.#} MB, more than the {MaxBytes / 1024 / 1024} MB an article may have; split it or check that it is an article");
        }
        if (bytes.Length == 0)
        {
            return Fail("the file is empty");
        }
        if (HasBom(bytes, out var bomEncoding, out var bomLength))
        {
            return Checked(bomEncoding.GetString(bytes, bomLength, bytes.Length - bomLength), bomEncoding.WebName);
        }
        // An HTML page decodes by the charset its <meta> declares, as a browser does; stray NULs in markup are dropped.
        if (HtmlCharset.Declared(bytes) is { } declared)
        {
            return Checked(declared.GetString(bytes).Replace("\0", "", StringComparison.Ordinal), declared.WebName);
        }
        if (LooksBinary(bytes))
        {
            return Fail("the file is binary (it holds NUL or control bytes), not text");
        }
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return Checked(utf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
            var encoding = detected?.Encoding ?? System.Text.Encoding.GetEncoding(1252);
            return Checked(encoding.GetString(bytes), encoding.WebName);
        }
    }

    private static DecodedSource Checked(string text, string encoding) =>
        string.IsNullOrWhiteSpace(text) ? Fail("the file holds only white space") : new DecodedSource(text, encoding, null);

    private static DecodedSource Fail(string reason) => new(null, null, reason);

    private static bool HasBom(byte[] b, out System.Text.Encoding encoding, out int length)
    {
        (encoding, length) = b switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (System.Text.Encoding.UTF8, 3),
            [0xFF, 0xFE, ..] => (System.Text.Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (System.Text.Encoding.BigEndianUnicode, 2),
            _ => (System.Text.Encoding.UTF8, 0),
        };
        return length > 0;
    }

    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024));
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }
            if (b < 0x20 && b is not (9 or 10 or 12 or 13))
            {
                control++;
            }
        }
        return control > sample.Length / 100;
    }
}
