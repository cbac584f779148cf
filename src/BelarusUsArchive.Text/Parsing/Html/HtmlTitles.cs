using AngleSharp.Dom;

namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>
/// The headline. Pages state it several times: JSON-LD <c>headline</c>, <c>og:title</c>, <c>citation_title</c>, the
/// <c>h1</c>, and <c>&lt;title&gt;</c> with the site's name around it ("… | WIRED"). The visible <c>h1</c> is the
/// headline when a stated title agrees with it; otherwise the stated title, stripped of its site part.
/// </summary>
internal static class HtmlTitles
{
    private static readonly string[] Separators = [" | ", " – ", " — ", " - ", " :: ", " • ", " · ", " « ", " » ", " / ", " || "];

    public static Sourced<string>? Read(IDocument document, MetaTags meta, JsonLdArticle? ld, string? site)
    {
        var h1s = document.QuerySelectorAll("h1").Select(Headings.Text).Where(t => t.Length is > 0 and <= 300).Take(5).ToList();
        var stated = new List<Sourced<string>>();
        Add(stated, ld?.Headline, "html (JSON-LD headline)");
        Add(stated, meta.First("citation_title"), "html (citation_title)");
        Add(stated, meta.First("og:title"), "html (og:title)");
        Add(stated, meta.First("twitter:title"), "html (twitter:title)");
        Add(stated, meta.First("dc.title"), "html (dc.title)");
        Add(stated, document.Title is { } t ? HtmlMetadata.Collapse(t) : null, "html (title element)");
        var h2s = document.QuerySelectorAll("h2").Select(Headings.Text).Where(t => t.Length is > 0 and <= 300).Take(5);
        foreach (var candidate in stated)
        {
            var match = h1s.Concat(h2s).FirstOrDefault(h => Agrees(h, candidate.Value, site));
            if (match is not null)
            {
                // A heading that runs a kicker into the stated title ("Tunesien Große Aufgaben für die neue Regierung") has
                // the headline after its kicker.
                var headline = WithoutSite(candidate.Value, site);
                if (!Same(match, candidate.Value) && !Same(match, headline) && TextNormalizer.WordCount(headline) >= 2
                    && Key(match).EndsWith(Key(headline), StringComparison.Ordinal))
                {
                    return new(headline, "html (" + candidate.Source[6..^1] + ", after the heading's kicker)");
                }
                return new(match, "html (heading, agreeing with " + candidate.Source[6..^1] + ")");
            }
        }
        // One h1 on the page is the headline as readers see it, whatever the meta says (meta titles are often SEO variants).
        if (h1s.Count == 1 && (site is null || !SameSite(h1s[0], site)))
        {
            return new(h1s[0], "html (h1)");
        }
        if (stated.Count > 0)
        {
            var best = stated[0];
            return new(WithoutSite(best.Value, site), best.Source);
        }
        return h1s.Count > 0 ? new(h1s[0], "html (h1)") : null;
    }

    private static bool Agrees(string heading, string stated, string? site) =>
        Same(heading, stated) || Same(heading, WithoutSite(stated, site)) || IsPartOf(heading, stated) || IsPartOf(WithoutSite(stated, site), heading);

    private static void Add(List<Sourced<string>> into, string? value, string source)
    {
        if (!string.IsNullOrWhiteSpace(value) && value.Length <= 400)
        {
            into.Add(new(value.Trim(), source));
        }
    }

    /// <summary>
    /// A title without the site's part: the part naming the site (og:site_name) is dropped; without a known site name,
    /// a short last part after a separator ("Headline of the day | Outlet") is taken for the site's.
    /// </summary>
    public static string WithoutSite(string title, string? site)
    {
        foreach (var separator in Separators)
        {
            var parts = title.Split(separator);
            if (parts.Length < 2)
            {
                continue;
            }
            if (site is not null)
            {
                var kept = parts.Where(p => !SameSite(p, site)).ToList();
                if (kept.Count < parts.Length && kept.Count > 0)
                {
                    return string.Join(separator, kept).Trim();
                }
            }
            var head = string.Join(separator, parts[..^1]).Trim();
            if (TextNormalizer.WordCount(parts[^1]) <= 4 && TextNormalizer.WordCount(head) >= 3)
            {
                return head;
            }
        }
        return title;
    }

    private static bool SameSite(string part, string site)
    {
        var p = Key(part);
        var s = Key(site);
        return p.Length > 0 && (p == s || (s.Length >= 4 && (p.StartsWith(s, StringComparison.Ordinal) || s.StartsWith(p, StringComparison.Ordinal))));
    }

    private static bool Same(string a, string b) => Key(a) == Key(b) && Key(a).Length > 0;

    // The h1 is the headline part of a longer stated title ("Headline | Site", "Section: Headline").
    private static bool IsPartOf(string h1, string title) =>
        TextNormalizer.WordCount(h1) >= 2 && Key(h1).Length >= 10 && Key(title).Contains(Key(h1), StringComparison.Ordinal)
        && Key(h1).Length * 2 >= Key(title).Length;

    private static string Key(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
