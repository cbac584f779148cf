using AngleSharp.Dom;

namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>The page's <c>meta</c> tags by name or property (case folded), read once.</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _byKey = new(StringComparer.OrdinalIgnoreCase);

    public static MetaTags Of(IDocument document)
    {
        var tags = new MetaTags();
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            ExtractionBudget.Check();
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = HtmlMetadata.Collapse(System.Net.WebUtility.HtmlDecode(meta.GetAttribute("content") ?? ""));
            if (key is not null && content.Length > 0)
            {
                var list = tags._byKey.TryGetValue(key.Trim(), out var found) ? found : tags._byKey[key.Trim()] = [];
                list.Add(content);
            }
        }
        return tags;
    }

    public string? First(string key) => _byKey.TryGetValue(key, out var list) ? list[0] : null;

    public IReadOnlyList<string> All(string key) => _byKey.TryGetValue(key, out var list) ? list : [];
}
