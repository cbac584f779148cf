using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace BelarusUsArchive.Tests.Features.Api;

/// <summary>
/// The app's own /openapi/v1.json, used as the contract its responses are checked against: each response's
/// status must be documented for its path, and its body must validate (NJsonSchema) against the documented schema.
/// </summary>
public sealed class OpenApiContract
{
    private readonly JsonObject _document;
    private readonly JsonObject _definitions;

    private OpenApiContract(JsonObject document)
    {
        _document = document;
        // JSON Schema tools resolve "#/definitions/X"; the OpenAPI document keeps them under components/schemas.
        _definitions = JsonNode.Parse(Rewrite(document["components"]?["schemas"]?.ToJsonString() ?? "{}"))!.AsObject();
    }

    public JsonObject Paths => _document["paths"]!.AsObject();

    public static async Task<OpenApiContract> LoadAsync(HttpClient client)
    {
        var text = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        return new OpenApiContract(JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>The documented path template a concrete path matches, such as /api/articles/{slug} for /api/articles/abc.</summary>
    public string? TemplateFor(string path) => Paths.Select(p => p.Key)
        .OrderBy(t => t.Count(c => c == '{'))
        .FirstOrDefault(t => Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(t), @"\\\{[^}]+}", "[^/]+") + "$"));

    /// <summary>What is wrong with a response by the document; empty when it is as described.</summary>
    public async Task<List<string>> ProblemsAsync(string url, HttpResponseMessage response)
    {
        var path = url.Split('?')[0];
        var template = TemplateFor(path);
        if (template is null)
        {
            return [$"{url}: no path of the document matches"];
        }
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var described = Paths[template]!["get"]?["responses"]?[status];
        if (described is null)
        {
            return [$"{url}: status {status} is not documented for {template}"];
        }
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return [];
        }
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return await ProblemsAsync(url, template, status, response.Content.Headers.ContentType?.MediaType ?? "", body);
    }

    /// <summary>What is wrong with a body by the schema documented for the template, status and media type.</summary>
    public async Task<List<string>> ProblemsAsync(string url, string template, string status, string mediaType, string body)
    {
        var schemaNode = Paths[template]!["get"]?["responses"]?[status]?["content"]?[mediaType]?["schema"];
        if (schemaNode is null)
        {
            return [$"{url}: {status} {mediaType} has no documented schema for {template}"];
        }
        // Wrapped in allOf: NJsonSchema cannot resolve some schemas that are a bare root-level $ref.
        var root = new JsonObject
        {
            ["allOf"] = new JsonArray(JsonNode.Parse(Rewrite(schemaNode.ToJsonString()))),
            ["definitions"] = _definitions.DeepClone(),
        };
        var schema = await JsonSchema.FromJsonAsync(root.ToJsonString(), TestContext.Current.CancellationToken);
        return [.. schema.Validate(body).Select(e => $"{url}: {status} {e.Path}: {e.Kind} ({e.Property})")];
    }

    private static string Rewrite(string json) => json.Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
}
