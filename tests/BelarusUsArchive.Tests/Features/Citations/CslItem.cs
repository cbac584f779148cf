using System.Text.Json;
using System.Text.Json.Serialization;

namespace BelarusUsArchive.Tests.Features.Citations;

/// <summary>
/// The fields of the CSL data schema (csl-data.json) that an archive article can fill, with the schema's names
/// and types. Read with <see cref="Options"/>, any field outside these fails the read, as the schema's
/// additionalProperties: false does.
/// </summary>
public sealed record CslItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("author")] List<CslName>? Author,
    [property: JsonPropertyName("container-title")] string? ContainerTitle,
    [property: JsonPropertyName("publisher")] string? Publisher,
    [property: JsonPropertyName("issued")] CslDate? Issued,
    [property: JsonPropertyName("accessed")] CslDate? Accessed,
    [property: JsonPropertyName("URL")] string? Url,
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("archive")] string? Archive,
    [property: JsonPropertyName("archive_location")] string? ArchiveLocation,
    [property: JsonPropertyName("note")] string? Note)
{
    /// <summary>The item types the CSL schema allows (an excerpt: those an article could be).</summary>
    public static readonly string[] Types = ["article", "article-journal", "article-magazine", "article-newspaper", "post", "post-weblog", "report", "webpage"];

    public static JsonSerializerOptions Options { get; } = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };
}

public sealed record CslName(
    [property: JsonPropertyName("family")] string? Family,
    [property: JsonPropertyName("given")] string? Given,
    [property: JsonPropertyName("literal")] string? Literal);

public sealed record CslDate(
    [property: JsonPropertyName("date-parts")] int[][] DateParts,
    [property: JsonPropertyName("circa")] bool? Circa);
