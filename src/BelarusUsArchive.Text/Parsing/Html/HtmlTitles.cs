using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>
/// The headline. Pages state it several times: JSON-LD <c>headline</c>, <c>og:title</c>, <c>citation_title</c>, the
/// <c>h1</c>, and <c>&lt;title&gt;</c> with the site's name around it ("… | WIRED"). The visible <c>h1</c> is the
/// headline when a stated title agrees with it; otherwise the stated title, stripped of its site part.
/// </summary>
internal static partial class HtmlTitles
{
    [GeneratedRegex(@"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    private static readonly string[] Separators = [" | ", " – ", " — ", " - ", " :: ", " • ", " · ", " « ", " » ", " / ", " || "];

    public static Sourced<string>? Read(IDocument document, MetaTags meta, JsonLdArticle? ld, string? site)
    {
        var found = Find(document, meta, ld, site);
        return found is null ? null : found with { Value = Trimmed(found.Value) };
    }

    private static Sourced<string>? Find(IDocument document, MetaTags meta, JsonLdArticle? ld, string? site)
    {
        var stated = new List<Sourced<string>>();
        Add(stated, ld?.Headline, "html (JSON-LD headline)");
        Add(stated, meta.First("citation_title"), "html (citation_title)");
        Add(stated, meta.First("og:title"), "html (og:title)");
        Add(stated, meta.First("twitter:title"), "html (twitter:title)");
        Add(stated, meta.First("dc.title"), "html (dc.title)");
        Add(stated, document.Title is { } t ? HtmlMetadata.Collapse(t) : null, "html (title element)");
        // An h1 that names the site (the blog's name over every post, "example.de") is the masthead, not the headline.
        var h1s = HeadingTexts(document, "h1", 5).Where(h => !IsSiteName(h, site)).ToList();

        var host = Host(document, meta);
        var others = HeadingTexts(document, "h2", 20).Concat(HeadingTexts(document, "h3", 10)).ToList();
        // An h1 agreeing with any stated title first; then a lower heading (a post title under the blog's h1).
        foreach (var headings in new[] { h1s, others })
        {
            foreach (var candidate in stated)
            {
                if (Agreeing(headings, candidate, site, stated, host, headings == h1s) is { } agreed)
                {
                    return agreed;
                }
            }
        }
        // One h1 on the page is the headline as readers see it, whatever the meta says (meta titles are often SEO variants).
        if (h1s.Count == 1 && !IsTitleSuffix(h1s[0], stated))
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

    private static List<string> HeadingTexts(IDocument document, string name, int count) =>
        [.. document.QuerySelectorAll(name).Select(Html.Headings.Text).Where(t => t.Length is > 0 and <= 300).Take(count)];

    // The first heading that agrees with a stated title, as the headline: the stated title where the heading runs a
    // kicker into it or keeps the site's name ("Headline | Site" in the h1).
    private static Sourced<string>? Agreeing(IEnumerable<string> headings, Sourced<string> candidate, string? site, List<Sourced<string>> stated,
        string? host, bool firstOnly)
    {
        // A heading that is the stated title or one whole part of it ("Headline – Wiki name", "Site - Section » Headline")
        // agrees more strongly than one that only shares words with it (a masthead inside a long title).
        var match = headings.FirstOrDefault(h => Same(h, candidate.Value) || Same(h, WithoutSite(candidate.Value, site)) || IsWholePart(h, candidate.Value, site, host, firstOnly))
            ?? headings.FirstOrDefault(h => Agrees(h, candidate.Value, site));
        if (match is null)
        {
            return null;
        }
        var headline = WithoutSite(candidate.Value, site);
        if (!Same(match, candidate.Value) && !Same(match, headline) && TextNormalizer.WordCount(headline) >= 2
            && (Key(match).EndsWith(Key(headline), StringComparison.Ordinal) || (site is not null && Key(match).EndsWith(Key(site), StringComparison.Ordinal) && Same(WithoutSite(match, site), headline))
                || Same(WithoutDomain(match), headline)))
        {
            return new(headline, "html (" + candidate.Source[6..^1] + ", after the heading's kicker or without its site)");
        }
        // A heading that runs the stated title on into a subtitle or deck ("Headline Welcome to …"): the title, where
        // the page states it alike in two places.
        if (!Same(match, candidate.Value) && TextNormalizer.WordCount(candidate.Value) >= 3
            && Key(match).StartsWith(Key(candidate.Value), StringComparison.Ordinal) && stated.Count(s => Same(s.Value, candidate.Value)) >= 2
            && TextNormalizer.WordCount(match) - TextNormalizer.WordCount(candidate.Value) >= 3 && StartsSubtitle(match, candidate.Value))
        {
            return new(candidate.Value, "html (" + candidate.Source[6..^1] + ", without the heading's subtitle)");
        }
        return new(match, "html (heading, agreeing with " + candidate.Source[6..^1] + ")");
    }

    // The heading is one whole part of a title its separators divide, and not the site's part (its og:site_name, a
    // domain, the name its address spells): for an h1, the first part (the usual "Headline – Site"; an h1 that is a
    // later part is the blog's masthead); for a lower heading, also any part of three words or more ("Site - Section »
    // Headline").
    private static bool IsWholePart(string heading, string stated, string? site, string? host, bool firstOnly)
    {
        foreach (var separator in Separators)
        {
            var parts = stated.Split(separator);
            for (var i = 0; i < parts.Length && parts.Length >= 2; i++)
            {
                if (Same(parts[i], heading) && (site is null || !SameSite(parts[i], site)) && !Domain().IsMatch(parts[i].Trim())
                    && (host is null || !SameSite(parts[i], host))
                    && (i == 0 || (!firstOnly && TextNormalizer.WordCount(heading) >= 3)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // The heading goes on after the title with a word, as a subtitle in an element of its own does, not with a dash or
    // colon that makes the rest the headline's own ("Auto leasen oder kaufen – was ist günstiger?").
    private static bool StartsSubtitle(string heading, string title)
    {
        if (!heading.StartsWith(title.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var rest = heading[title.Trim().Length..].TrimStart();
        return rest.Length > 0 && char.IsLetterOrDigit(rest[0]);
    }

    // A heading that ends with the site's domain after a separator ("Headline | EXAMPLE.NET"), without it.
    private static string WithoutDomain(string heading)
    {
        foreach (var separator in Separators)
        {
            var at = heading.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && Domain().IsMatch(heading[(at + separator.Length)..].Trim()))
            {
                return heading[..at].Trim();
            }
        }
        return heading;
    }

    // The name the page's address spells ("seelenradio" of www.seelenradio.de; an archive's copy names the page's own
    // site after its last "://"), of four letters or more; null where the page states no address.
    private static string? Host(IDocument document, MetaTags meta)
    {
        var address = document.QuerySelector("link[rel~=canonical i][href]")?.GetAttribute("href") ?? meta.First("og:url");
        if (address is null || address.Length > 2000)
        {
            return null;
        }
        var at = address.LastIndexOf("://", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var host = address[(at + 3)..].Split('/', '?', '#', ':')[0].ToLowerInvariant();
        var labels = host.Split('.', StringSplitOptions.RemoveEmptyEntries).Where(l => l is not ("www" or "m")).ToList();
        // The label before the top-level domain ("seelenradio" of seelenradio.de, "bbc" of bbc.co.uk).
        var name = labels.Count switch
        {
            >= 3 when labels[^2].Length <= 3 => labels[^3],
            >= 2 => labels[^2],
            _ => null,
        };
        return name is { Length: >= 4 } ? name : null;
    }

    // The site's name as the h1: og:site_name or a bare domain ("example.de").
    private static bool IsSiteName(string h1, string? site) =>
        (site is not null && Key(h1) == Key(site)) || Domain().IsMatch(h1);

    // The h1 is what the page's titles put last, after a separator ("Post title | Blog name"): the masthead.
    private static bool IsTitleSuffix(string h1, List<Sourced<string>> stated) =>
        !stated.Any(s => Same(s.Value, h1)) && stated.Any(s => Separators.Any(sep =>
            s.Value.Split(sep) is { Length: >= 2 } parts && Same(parts[^1], h1) && !Same(parts[0], h1)));

    // What a kicker or site part leaves at the title's edges (": Headline", "- Headline").
    private static string Trimmed(string title)
    {
        var trimmed = title.Trim().TrimStart(':', '-', '–', '—', '|', '·', '•', ' ').Trim();
        return trimmed.Length > 0 ? trimmed : title.Trim();
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
