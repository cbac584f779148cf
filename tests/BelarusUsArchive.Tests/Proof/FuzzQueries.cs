using System.Text;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>
/// A query-string value as it goes over the wire (percent-encoded, possibly invalid UTF-8 on purpose)
/// and as the server will decode it (invalid bytes become U+FFFD), for searching it straight in FTS5.
/// </summary>
public sealed record FuzzValue(string Encoded, string Text)
{
    public static FuzzValue Of(string text) => new(FuzzEncoding.Encode(text), FuzzEncoding.Decoded(text));

    public static FuzzValue Raw(string encodedBytes) => new(encodedBytes, FuzzEncoding.DecodeBytes(encodedBytes));

    public FuzzValue Then(FuzzValue next) => new(Encoded + next.Encoded, Text + next.Text);

    public override string ToString() => Encoded.Length > 120 ? Encoded[..120] + $"… ({Encoded.Length} chars)" : Encoded;
}

/// <summary>
/// Search queries meant to break the parser or the index: a hand-picked corpus of nasty cases and a
/// seeded generator mixing operators, FTS5 syntax, column filters, control characters, lone surrogates,
/// invalid UTF-8, bidi controls, combining marks, emoji, Cyrillic and 10 KB strings.
/// </summary>
public static class FuzzQueries
{
    public static readonly string[] Words =
    [
        "belarus", "sanctions", "Lukashenka", "Lukashenko", "Krauchenka", "Minsk", "potash", "embassy", "release", "prisoners",
        "Лукашэнка", "Мінск", "санкции", "Łukašenka", "café", "U.S.", "multi-agent", "10,000", "a", "the", "x", "or", "not", "near",
        "الولايات", "שלום", "東京", "sanction*", "s*", "Tsikhanouskaya's", "e\u0301", "ﬁnance", "ＢＥＬＡＲＵＳ",
    ];

    public static readonly string[] Syntax =
    [
        "AND", "OR", "NOT", "NEAR", "NEAR(", "NEAR(a b, 5)", "NEAR(belarus sanctions,", "AND AND", "OR OR OR", "NOT NOT", "+", "-", "--",
        "*", "**", "^", "^title", "(", ")", "()", "{", "}", "[", "]", "\\", "/", "'", "\"", "\"\"", ":", "::", "title:", "title:x", "Title:sanctions",
        "ParagraphsFts:x", "Text:belarus", "rank:", "bm25(", "{Title Subtitle}:x", "-title:x", "\"unbalanced", "'single'", "a*b", "-\"",
        "-\"phrase here\"", "\"a\" \"b", "NEAR/3", "a + b", "*belarus", "-*", "OR)", "(OR", "\"OR\"", "'; DROP TABLE Articles; --", "%", "%%",
    ];

    public static readonly string[] Unicode =
    [
        "\0", "\u0001", "\u001f", "\u007f", "\t", "\r\n", "\u202E", "\u202B", "\u2066", "\u2069", "\u200F", "\u200E", "\u061C",
        "\u0301", "e\u0301\u0301\u0301\u0301", "Z\u0334\u0321\u0322\u031b\u0317\u031e\u0349a\u0334l\u0337g\u0335o", "\u0489\u0489",
        "👨‍👩‍👧‍👦", "🏳️‍🌈", "\uFE0F", "\u200D", "\u200B", "\uD800", "\uDC00", "\uDBFF\uDBFF", "a\uD800b", "\uFFFD", "\uFEFF",
        "\u00A0", "\u3000", "\uFFFF", "\U0010FFFF", "\u0130", "ß", "ǅ", "\u1E9E", "ㅤ",
    ];

    /// <summary>Bytes no UTF-8 decoder accepts (overlong, lone continuation, surrogates, beyond U+10FFFF) and broken escapes.</summary>
    public static readonly string[] RawBytes =
    [
        "%ED%A0%80", "%ED%BF%BF", "%ED%A0%80%ED%B0%80", "%C0%AF", "%C0%80", "%E0%80%80", "%FF", "%FE", "%80", "%BF%BF", "%F4%90%80%80",
        "%F8%88%80%80%80", "%C3", "%E2%82", "%00", "%", "%G1", "%2", "+", "%2B", "%26", "%3D", "%23",
    ];

    /// <summary>Inputs that once broke search engines or are likely to: each tried as it stands.</summary>
    public static IEnumerable<FuzzValue> HandPicked()
    {
        string[] texts =
        [
            "", " ", "\"", "\"\"", "\"\"\"", "\"unbalanced", "unbalanced\"", "AND OR", "foo)", "(foo", "*", "col:x", "-", "a AND", "NEAR(", "NOT",
            "OR", "AND", "-belarus", "- -", "--belarus", "belarus OR", "OR belarus", "belarus OR OR sanctions", "NOT belarus", "belarus NOT",
            "title:belarus", "Title:belarus OR Text:minsk", "{Title}:belarus", "ParagraphsFts:belarus", "NEAR(belarus sanctions, 5)",
            "NEAR(belarus sanctions, -1)", "NEAR(belarus, 99999999999999999999)", "belarus^", "^belarus", "bela*rus", "*belarus", "b*",
            "\"belarus\"*", "\"belarus sanctions\" -\"potash\"", "-\"\"", "\"-\"", "()", "(())", "((((((((((belarus))))))))))",
            "belarus\0sanctions", "\0", "\uD800", "\uDC00belarus", "belarus\uD800", "\u202Ebelarus\u202C", "\u2067سنکشن\u2069 belarus",
            "Лукашэнка OR Lukashenka", "lukasenka", "Łukašenka", "👨‍👩‍👧‍👦 belarus", "e\u0301\u0301\u0301", "\u0301\u0301", "ǅ ß \u0130",
            "'; DROP TABLE Articles; --", "\" OR 1=1 --", "%", "%25", "+", "a+b", "<script>alert(1)</script>", "<mark>belarus</mark>",
            "&amp; &lt;", "\\", "\\\"", "\\u0000", "/", "//", "../..", new string('a', 10_000), new string('"', 5_000),
            new string('(', 3_000), string.Concat(Enumerable.Repeat("OR ", 3_000)), string.Concat(Enumerable.Repeat("a* ", 3_000)),
            string.Concat(Enumerable.Repeat("-x ", 3_000)), string.Concat(Enumerable.Repeat("Лукашэнка ", 900)),
            string.Concat(Enumerable.Repeat("\"a b\" ", 1_500)), string.Concat(Enumerable.Repeat("NEAR(", 2_000)),
            string.Concat(Enumerable.Repeat("belarus ", 1_200)), string.Concat(Enumerable.Repeat("\u0301", 5_000)),
        ];
        return texts.Select(FuzzValue.Of).Concat(RawBytes.Select(FuzzValue.Raw))
            .Append(FuzzValue.Raw("belarus%ED%A0%80sanctions")).Append(FuzzValue.Raw("%22belarus%C0%22"));
    }

    /// <summary>A generated query: a few pieces of words, syntax, odd characters and bytes, sometimes 10 KB long.</summary>
    public static FuzzValue Generate(Random random)
    {
        if (random.Next(40) == 0)
        {
            return Long(random);
        }
        var value = FuzzValue.Of("");
        for (var pieces = random.Next(1, 9); pieces > 0; pieces--)
        {
            var piece = random.Next(10) switch
            {
                < 4 => FuzzValue.Of(Pick(random, Words)),
                < 7 => FuzzValue.Of(Pick(random, Syntax)),
                < 9 => FuzzValue.Of(Pick(random, Unicode)),
                _ => FuzzValue.Raw(Pick(random, RawBytes)),
            };
            var glue = random.Next(4) switch { 0 => "", 1 => Pick(random, Unicode), _ => " " };
            value = value.Then(piece).Then(FuzzValue.Of(glue));
        }
        return value;
    }

    private static FuzzValue Long(Random random)
    {
        var unit = random.Next(3) switch
        {
            0 => Pick(random, Words) + " ",
            1 => Pick(random, Syntax) + " ",
            _ => Pick(random, Unicode),
        };
        var text = new StringBuilder();
        while (text.Length < 10_000)
        {
            text.Append(unit);
        }
        // Beyond about 60,000 escaped characters a URI cannot be built at all; 10 KB of text stays below it.
        return FuzzValue.Of(text.ToString(0, 10_000));
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

/// <summary>Percent-encoding that keeps what a browser would refuse to send: lone surrogates go as their 3-byte (WTF-8) form.</summary>
public static class FuzzEncoding
{
    public static string Encode(string text)
    {
        var encoded = new StringBuilder(text.Length * 3);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')
            {
                encoded.Append(c);
                continue;
            }
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var bytes = paired ? Encoding.UTF8.GetBytes(text.Substring(i++, 2))
                : char.IsSurrogate(c) ? [(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]
                : Encoding.UTF8.GetBytes(c.ToString());
            foreach (var b in bytes)
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return encoded.ToString();
    }

    /// <summary>The text as the server decodes it: a lone surrogate arrives as replacement characters.</summary>
    public static string Decoded(string text) => DecodeBytes(Encode(text));

    public static string DecodeBytes(string encoded) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery("?q=" + encoded)
        .TryGetValue("q", out var values) ? values.ToString() : "";
}
