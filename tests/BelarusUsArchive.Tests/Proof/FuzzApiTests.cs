using System.Text;
using System.Text.Json;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Articles;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>
/// Every endpoint of /openapi/v1.json, read at run time, under generated requests: each documented
/// parameter with wrong types, huge and negative numbers, empty and repeated values; path slugs unknown,
/// traversing (../, %2F) or in any script; odd If-None-Match headers. The seed is printed for replay.
/// </summary>
public class FuzzApiTests(ITestOutputHelper output)
{
    public const int Seed = 20261202;

    private static readonly string[] EntityTags = ["*", "\"abc\"", "W/\"abc\"", "W/", "\"", "garbage", "", " , ,", "\"a\", \"b\"", new string('"', 2_000)];

    // The API is read-only: any other method must be refused with a problem body, never crash.
    private static readonly HttpMethod[] Methods = [HttpMethod.Head, HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options];

    private static int Count => FuzzRunner.Long ? 50_000 : 2_500;

    [Fact]
    public async Task Generated_requests_for_every_documented_endpoint_and_parameter_never_break_the_api()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await using var runner = await FuzzRunner.StartAsync(app);
        await RunAsync(runner, output);
    }

    /// <summary>The campaign itself, for any ArchiveApp (SQLite here; the PostgreSQL provider runs the same).</summary>
    internal static async Task RunAsync(FuzzRunner runner, ITestOutputHelper output)
    {
        var endpoints = Endpoints(await runner.JsonAsync("/openapi/v1.json"));
        var known = await FuzzParameters.FacetValuesAsync(runner);
        foreach (var listing in endpoints.Select(e => e.Listing).OfType<string>().Distinct())
        {
            known[listing] = await FuzzParameters.SlugsAsync(runner, listing, 20);
        }
        var parameters = new FuzzParameters(known);
        var random = new Random(Seed);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Count; i++)
        {
            var endpoint = endpoints[i % endpoints.Count];
            var url = Url(random, endpoint, parameters, used);
            var method = random.Next(20) == 0 ? FuzzQueries.Pick(random, Methods) : HttpMethod.Get;
            await runner.SendAsync(url, random.Next(10) == 0 ? FuzzQueries.Pick(random, EntityTags) : null, method);
        }

        var documented = endpoints.SelectMany(e => e.Parameters.Select(p => $"{e.Template} {p.Name}")).ToList();
        output.WriteLine($"seed {Seed}: {endpoints.Count} documented endpoints, {documented.Count} parameters, {Count} requests");
        runner.Report(output, "API fuzz");
        Assert.Empty(documented.Except(used));
        Assert.Superset(new HashSet<string> { "/api/articles", "/api/articles/{slug}", "/api/people", "/api/people/{slug}", "/api/events", "/api/search" },
            endpoints.Select(e => e.Template).ToHashSet());
    }

    private static string Url(Random random, Endpoint endpoint, FuzzParameters parameters, HashSet<string> used)
    {
        var path = endpoint.Template;
        foreach (var parameter in endpoint.Parameters.Where(p => p.In == "path"))
        {
            path = path.Replace("{" + parameter.Name + "}", parameters.Slug(random, endpoint.Listing ?? ""), StringComparison.Ordinal);
            used.Add($"{endpoint.Template} {parameter.Name}");
        }
        var query = new StringBuilder();
        foreach (var parameter in endpoint.Parameters.Where(p => p.In == "query" && random.Next(2) == 0))
        {
            used.Add($"{endpoint.Template} {parameter.Name}");
            for (var times = random.Next(8) == 0 ? 2 : 1; times > 0; times--)
            {
                var name = random.Next(20) == 0 ? parameter.Name.ToUpperInvariant() : parameter.Name;
                var value = random.Next(10) == 0 ? "" : parameters.For(random, parameter.Name, parameter.Type, parameter.Allowed);
                query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(value);
            }
        }
        if (random.Next(20) == 0)
        {
            query.Append(query.Length == 0 ? '?' : '&').Append("unknown=").Append(FuzzQueries.Generate(random).Encoded);
        }
        return path + query;
    }

    private sealed record Parameter(string Name, string In, string Type, IReadOnlyList<string> Allowed);

    /// <summary>A GET path of the document; <c>Listing</c> is the list a details path's slugs come from.</summary>
    private sealed record Endpoint(string Template, string? Listing, IReadOnlyList<Parameter> Parameters);

    private static List<Endpoint> Endpoints(JsonElement document) =>
    [
        .. document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out _))
            .Select(p => new Endpoint(
                p.Name,
                p.Name.Contains("/{", StringComparison.Ordinal) ? p.Name[..p.Name.IndexOf("/{", StringComparison.Ordinal)] : null,
                p.Value.GetProperty("get").TryGetProperty("parameters", out var list)
                    ? [.. list.EnumerateArray().Select(ParameterOf)]
                    : [])),
    ];

    private static Parameter ParameterOf(JsonElement parameter)
    {
        var name = parameter.GetProperty("name").GetString()!;
        var schema = parameter.TryGetProperty("schema", out var s) ? s : default;
        var types = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t)
            ? t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString()!).ToList() : [t.GetString()!]
            : ["string"];
        var type = types.Contains("integer") ? "integer" : types.Contains("number") ? "number" : "string";
        var allowed = schema.ValueKind == JsonValueKind.Object ? FuzzParameters.Allowed(schema) : [];
        // The document describes sort in words only; its values are the filter's own.
        return new Parameter(name, parameter.GetProperty("in").GetString()!, type, name == "sort" && allowed.Count == 0 ? ArticleFilter.Sorts : allowed);
    }
}
