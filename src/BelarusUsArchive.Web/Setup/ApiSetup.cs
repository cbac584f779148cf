using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.OpenApi;

namespace BelarusUsArchive.Web.Setup;

/// <summary>The JSON API's cross-cutting behaviour: its OpenAPI description, conditional GET and CORS.</summary>
public static class ApiSetup
{
    private const string CorsPolicy = "api-read";

    private static readonly Dictionary<string, string> ParameterHelp = new(StringComparer.Ordinal)
    {
        ["year"] = "Four-digit year of publication (the start of the article's date range).",
        ["person"] = "Slug of a person mentioned in the article, as in /api/people.",
        ["author"] = "Slug of an author of the article.",
        ["outlet"] = "Slug of the outlet that published the article.",
        ["sort"] = "newest (default), oldest or title.",
        ["page"] = "1-based page number, up to 100000.",
        ["pageSize"] = "Items per page, 1 to 100.",
        ["q"] = "Words to look for: \"exact phrases\", prefix*, -excluded and OR are understood.",
        ["slug"] = "The record's slug, as the listings give it.",
    };

    public static IServiceCollection AddArchiveApi(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // ASP.NET writes JSON with relaxed escaping; the archive's answers quote untrusted text (titles, commentary
        // HTML, search snippets), so <, >, & and quotes are escaped and nothing in them can be read as markup by a
        // browser sniffing the body or a page pasting it in. Letters of every script stay readable.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddCors(o => o.AddPolicy(CorsPolicy, p => p.AllowAnyOrigin()
            .WithMethods("GET", "HEAD").WithHeaders("If-None-Match").WithExposedHeaders("ETag")));
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath is { } path && (path == "api" || path.StartsWith("api/", StringComparison.Ordinal));
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Belarus–US Policy Archive API";
                document.Info.Description = "Read-only JSON (camelCase). Lists are { total, page, pageSize, items }. "
                    + "Every GET answers with an ETag and honours If-None-Match (304); any origin may read it (CORS). "
                    + "Bad parameters get a 400 with an RFC 7807 problem body, unknown slugs a 404. A human guide is at /api.";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, _, _) =>
            {
                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                {
                    // [AsParameters] records name query parameters after their PascalCase members; binding ignores case.
                    parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name ?? "");
                    parameter.Description ??= ParameterHelp.GetValueOrDefault(parameter.Name);
                }
                operation.Responses ??= [];
                operation.Responses.TryAdd("304", new OpenApiResponse { Description = "Not modified: the If-None-Match ETag is current." });
                return Task.CompletedTask;
            });
            o.AddSchemaTransformer(ExactSchema);
        });
        return services;
    }

    /// <summary>
    /// The archive's own response records always write every property (null included) and nothing else,
    /// so their schemas say so: all properties required, no others allowed.
    /// </summary>
    private static Task ExactSchema(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // Web JSON options read numbers from strings too, so integers are described as "integer or numeric string";
        // the archive always writes them as numbers, and says so.
        if (context.JsonPropertyInfo is not null && schema.Type is { } kinds
            && kinds.HasFlag(JsonSchemaType.Integer) && kinds.HasFlag(JsonSchemaType.String))
        {
            schema.Type = kinds & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        var type = context.JsonTypeInfo.Type;
        if (type.Namespace?.StartsWith("BelarusUsArchive", StringComparison.Ordinal) == true && schema.Properties is { Count: > 0 } properties)
        {
            schema.Required = new HashSet<string>(properties.Keys, StringComparer.Ordinal);
            schema.AdditionalPropertiesAllowed = false;
        }
        return Task.CompletedTask;
    }

    /// <summary>CORS and conditional GET for /api; the OpenAPI document at /openapi/v1.json.</summary>
    public static WebApplication UseArchiveApi(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api
            .UseCors(CorsPolicy)
            .UseMiddleware<ConditionalGet>());
        app.MapOpenApi();
        return app;
    }
}
