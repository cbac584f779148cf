using System.Text.Json;
using AngleSharp.Dom;

namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>What a page's schema.org JSON-LD says of its article: headline, people and organisations as authors, date, publisher.</summary>
internal sealed record JsonLdArticle(string? Headline, IReadOnlyList<string> People, IReadOnlyList<string> Organisations, string? Published, string? Publisher);

/// <summary>
/// Reads the schema.org objects of <c>script type="application/ld+json"</c> blocks (an object, an array, or a
/// <c>@graph</c>) and takes the article among them: an *Article or *Posting type first, then any object with a
/// publication date. A block that is not valid JSON is skipped.
/// </summary>
internal static class JsonLd
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonLdArticle? Read(IDocument document)
    {
        var objects = new List<JsonElement>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i], script:not([type])").Where(IsJsonLd))
        {
            ExtractionBudget.Check();
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, Options);
                Collect(json.RootElement.Clone(), objects);
            }
            catch (JsonException)
            {
                // Pages ship broken JSON-LD (trailing text, HTML entities); the rest of the page still speaks.
            }
        }
        var article = objects.FirstOrDefault(o => Types(o).Any(IsArticleType));
        if (article.ValueKind != JsonValueKind.Object)
        {
            article = objects.FirstOrDefault(o => o.TryGetProperty("datePublished", out _));
        }
        if (article.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        // Yoast and other generators write the author as {"@id": …}, a reference to a Person elsewhere in the @graph.
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var o in objects)
        {
            if (o.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                byId.TryAdd(id.GetString()!, o);
            }
        }
        var (people, organisations) = Authors(article, byId);
        var publisher = article.TryGetProperty("publisher", out var pub) ? NameOf(pub) : null;
        publisher ??= objects.Where(o => Types(o).Any(t => t is "Organization" or "NewsMediaOrganization") && !Types(o).Contains("Person")).Select(NameOf).FirstOrDefault(n => n is not null);
        return new JsonLdArticle(
            Str(article, "headline") ?? Str(article, "name"),
            people, organisations,
            Str(article, "datePublished") ?? Str(article, "dateCreated") ?? Str(article, "uploadDate"),
            publisher);
    }

    // Some sites put schema.org JSON in a script without a type (a no-op for the browser): it still states the article.
    private static bool IsJsonLd(IElement script) =>
        script.HasAttribute("type") || (script.TextContent.TrimStart().StartsWith('{') && script.TextContent.Contains("\"@context\"", StringComparison.Ordinal));

    private static bool IsArticleType(string t) =>
        t.EndsWith("Article", StringComparison.Ordinal) || t.EndsWith("Posting", StringComparison.Ordinal) || t is "Report" or "Review";

    // The objects of a block, flattened one level into @graph and arrays (schema.org nests no articles deeper).
    private static void Collect(JsonElement e, List<JsonElement> into)
    {
        var pending = new Stack<(JsonElement Element, int Depth)>();
        pending.Push((e, 0));
        while (pending.Count > 0)
        {
            var (x, depth) = pending.Pop();
            if (depth > 3)
            {
                continue;
            }
            if (x.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in x.EnumerateArray().Reverse())
                {
                    pending.Push((item, depth + 1));
                }
            }
            else if (x.ValueKind == JsonValueKind.Object)
            {
                into.Add(x);
                if (x.TryGetProperty("@graph", out var graph))
                {
                    pending.Push((graph, depth + 1));
                }
                if (x.TryGetProperty("mainEntity", out var main))
                {
                    pending.Push((main, depth + 1));
                }
            }
        }
    }

    private static IEnumerable<string> Types(JsonElement o)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty("@type", out var t))
        {
            return [];
        }
        return t.ValueKind == JsonValueKind.Array
            ? [.. t.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : t.ValueKind == JsonValueKind.String ? [t.GetString()!] : [];
    }

    private static (List<string> People, List<string> Organisations) Authors(JsonElement article, Dictionary<string, JsonElement> byId)
    {
        var people = new List<string>();
        var organisations = new List<string>();
        if (article.ValueKind != JsonValueKind.Object || (!article.TryGetProperty("author", out var author) && !article.TryGetProperty("creator", out author)))
        {
            return (people, organisations);
        }
        var items = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author];
        foreach (var reference in items)
        {
            var item = reference.ValueKind == JsonValueKind.Object && !reference.TryGetProperty("name", out _)
                && reference.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String
                && byId.TryGetValue(id.GetString()!, out var target) ? target : reference;
            var name = NameOf(item);
            if (name is null || name.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            // A type list of both ("Person", "Organization": a one-person site) names a person.
            var types = Types(item).ToList();
            var isOrganisation = types.Any(t => t.Contains("Organization", StringComparison.Ordinal)) && !types.Contains("Person");
            (isOrganisation ? organisations : people).Add(name);
        }
        return (people, organisations);
    }

    private static string? NameOf(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => Clean(e.GetString()),
        JsonValueKind.Object => Str(e, "name"),
        JsonValueKind.Array => e.EnumerateArray().Select(NameOf).FirstOrDefault(n => n is not null),
        _ => null,
    };

    private static string? Str(JsonElement o, string property) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(property, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => Clean(v.GetString()),
            JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => Clean(x.GetString())).FirstOrDefault(x => x is not null),
            _ => null,
        } : null;

    private static string? Clean(string? s)
    {
        var t = s is null ? null : System.Net.WebUtility.HtmlDecode(HtmlMetadata.Collapse(s));
        return string.IsNullOrWhiteSpace(t) ? null : t.Trim();
    }
}
