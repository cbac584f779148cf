using System.Text.Json;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>
/// Values for query parameters and path slugs: the archive's real ones (years, people, authors, outlets
/// and slugs read from the running app, so a filter can also match) mixed with wrong types, numbers
/// beyond any integer, zero and negative pages, unknown and path-traversing slugs, and fuzzed text.
/// </summary>
public sealed class FuzzParameters(IReadOnlyDictionary<string, List<string>> known)
{
    public static readonly string[] Numbers =
    [
        "1", "2", "3", "0", "-1", "-0", "+1", "00001", "1000", "2019", "1995", "100", "101", "100000", "100001", "1000000000",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "99999999999999999999", "-99999999999999999999", "1e3", "1.5",
        "1,5", "0x10", "abc", "", " ", " 1", "1 ", "١٢", "१", "NaN", "Infinity", "null", "true", "[]", "{}", "%00", "1%00",
    ];

    public static readonly string[] Slugs =
    [
        "no-such-record", "..", "../..", "..%2F..%2Fetc%2Fpasswd", "%2E%2E", "%2F", "a%2Fb", "%5C", "..%5C..", "a%00b", "%00",
        "%ED%A0%80", "%C0%AF", "%D0%BB%D1%83%D0%BA%D0%B0%D1%88%D1%8D%D0%BD%D0%BA%D0%B0", "%F0%9F%87%A7%F0%9F%87%BE", "a%20b", "%20",
        "UPPER-CASE", "-", "--", "a--b", "%E2%80%AE", "index.html", "%3Cscript%3E", "%27%3B--", "%25", "~", "_", ".",
    ];

    /// <summary>Real values for the filters, read from the archive's own facets: year, person, author, outlet.</summary>
    public static async Task<Dictionary<string, List<string>>> FacetValuesAsync(FuzzRunner runner)
    {
        var facets = (await runner.JsonAsync("/api/articles?pageSize=100")).GetProperty("facets");
        List<string> Values(string name) => [.. facets.GetProperty(name).EnumerateArray().Select(v => v.GetProperty("value").GetString()!)];
        return new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["year"] = Values("years"),
            ["person"] = Values("people"),
            ["author"] = Values("authors"),
            ["outlet"] = Values("outlets"),
        };
    }

    /// <summary>A value for the named parameter of this schema type, already percent-encoded.</summary>
    public string For(Random random, string name, string type, IReadOnlyList<string>? allowed = null)
    {
        var roll = random.Next(10);
        if (roll < 3 && known.TryGetValue(name, out var real) && real.Count > 0)
        {
            return FuzzEncoding.Encode(FuzzQueries.Pick(random, real));
        }
        if (roll < 5 && allowed is { Count: > 0 })
        {
            var value = FuzzQueries.Pick(random, allowed);
            return FuzzEncoding.Encode(random.Next(4) == 0 ? value.ToUpperInvariant() : value);
        }
        return roll switch
        {
            < 8 when type is "integer" or "number" => Number(random),
            < 8 => FuzzQueries.Pick(random, Slugs),
            _ => FuzzQueries.Generate(random).Encoded,
        };
    }

    private static string Number(Random random) => random.Next(5) == 0
        ? random.NextInt64(long.MinValue, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : FuzzEncoding.Encode(FuzzQueries.Pick(random, Numbers));

    /// <summary>
    /// A slug for a path: a real one of this listing often, else a hostile one. A NUL in a path is refused
    /// before any app sees it (Kestrel answers 400, the test server cannot even build the request), so it
    /// becomes another control character here; in query strings NUL goes as it is.
    /// </summary>
    public string Slug(Random random, string listing) => (random.Next(3) == 0 && known.TryGetValue(listing, out var real) && real.Count > 0
        ? FuzzEncoding.Encode(FuzzQueries.Pick(random, real))
        : random.Next(5) == 0 ? FuzzQueries.Generate(random).Encoded : FuzzQueries.Pick(random, Slugs)).Replace("%00", "%01", StringComparison.Ordinal);

    /// <summary>Up to <paramref name="count"/> slugs of a listing's items, for its details path.</summary>
    public static async Task<List<string>> SlugsAsync(FuzzRunner runner, string listing, int count)
    {
        var items = (await runner.JsonAsync(listing + "?pageSize=100")).GetProperty("items");
        return [.. items.EnumerateArray().Take(count).Select(i => i.GetProperty("slug").GetString()!)];
    }

    public static IReadOnlyList<string> Allowed(JsonElement schema) =>
        schema.TryGetProperty("enum", out var values) ? [.. values.EnumerateArray().Select(v => v.ToString())] : [];
}
