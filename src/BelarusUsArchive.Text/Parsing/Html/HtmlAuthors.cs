using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>
/// The article's authors as people: JSON-LD persons, <c>citation_author</c>, the <c>author</c> meta and its kin,
/// then the markup (<c>rel=author</c>, <c>itemprop=author</c>, an element classed as the byline), read with the
/// copied-text path's byline rules. Organisations named as authors become the outlet, not authors.
/// </summary>
internal static partial class HtmlAuthors
{
    private const int MaxNameLength = 80;

    /// <summary>The most authors a byline in the markup names; more are readers' comments or teasers' credits.</summary>
    private const int MaxBylineNames = 3;

    [GeneratedRegex(@"\s*(?:;|\||\band\b|\bund\b|\bet\b|\by\b|&)\s*", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex NameSeparator();

    // "By", "Von", "Par": alone, after what the byline calls the piece or its making ("Ein Artikel von", "Blog Beitrag
    // von", "Posted by", "Publié par"), or a label with a colon ("Autor:", "Redaktion:", "Interview:").
    [GeneratedRegex(@"^(?:(?:(?:ein|eine|a|an|un|une|el|la|le|il|lo)\s+)?(?:blog[\s-]*)?(?:artikel|beitrag|gastbeitrag|bericht|kommentar|post|article|story|essay|column|kolumne|chronique|artículo|articolo|posted|geschrieben|verfasst|veröffentlicht|gepostet|erstellt|publié|écrit|rédigé|escrito|publicado|scritto|pubblicato)\s+(?:by|von|par|por|da|di)\s+|(?:redaktion|interview|autoren|authors|auteur|autora|verfasser|verfasserin)\s*:\s*|(?:by|von|par|por|door|przez|av|af|autor|autorin|author|written by|text|texte)(?:[:\s]+|$))", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    /// <summary>Whether a line is a byline's label alone ("Autor", "By", "Von:"), its name in the next line.</summary>
    public static bool IsBylineLabel(string line) =>
        line.Length <= 12 && !line.StartsWith("text", StringComparison.OrdinalIgnoreCase)
        && ByPrefix().Match(line.Trim()) is { Success: true } m && m.Length >= line.Trim().Length;

    /// <summary>The names of a byline line that are people, not the site itself ("Posted by The Planetary Press").</summary>
    public static IReadOnlyList<string> People(IReadOnlyList<string> names, string? outlet) =>
        outlet is null ? names : [.. names.Where(n => !Related(n, outlet))];

    public static Sourced<IReadOnlyList<string>>? Read(IDocument document, MetaTags meta, JsonLdArticle? ld, string? outlet)
    {
        // Sites name themselves as the author ("author" meta = the outlet): that is an outlet, not a person, and the
        // next place (the byline in the markup) may still name the person who wrote the article.
        foreach (var found in Find(document, meta, ld, outlet))
        {
            var people = found.Value.Where(n => outlet is null || !Related(n, outlet)).ToList();
            if (people.Count > 0)
            {
                return new(people, found.Source);
            }
        }
        return null;
    }

    // The site itself named as author ("IT Finanzmagazin" on itfinanzmagazin.de, "Die FURCHE" on "Headline | Die FURCHE");
    // a person whose blog carries their name ("Daniel Lemire" on "Daniel Lemire's blog", "Pamela Anderson" on her
    // site) is still the author.
    private static bool Related(string name, string outlet)
    {
        if (Bylines.IsPersonName(HtmlMetadata.Collapse(name)))
        {
            return false;
        }
        var n = Key(name);
        var o = Key(outlet);
        return n.Length > 0 && o.Length > 0
            && (n.Contains(o, StringComparison.Ordinal) || OutletParts().Split(outlet).Any(part => Key(part) == n));
    }

    [GeneratedRegex(@"\s[|–—:·•-]\s", RegexOptions.NonBacktracking)]
    private static partial Regex OutletParts();

    private static string Key(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>The places that name authors, most trusted first.</summary>
    private static IEnumerable<Sourced<IReadOnlyList<string>>> Find(IDocument document, MetaTags meta, JsonLdArticle? ld, string? outlet)
    {
        if (ld?.People is { Count: > 0 } people && Names(people) is { Count: > 0 } fromLd)
        {
            yield return new(fromLd, "html (JSON-LD author)");
        }
        foreach (var key in new[] { "citation_author", "dc.creator", "author", "article:author", "parsely-author", "sailthru.author", "byl", "twitter:creator" })
        {
            // A value naming the site ("Jobs & Hire") is the outlet before it is split into names.
            if (Names(meta.All(key).Where(v => outlet is null || !Related(v, outlet))) is { Count: > 0 } names)
            {
                yield return new(names, $"html ({key} meta)");
            }
        }
        foreach (var (found, source) in BylineElements.Read(document))
        {
            var texts = found.Where(t => outlet is null || !Related(t, outlet)).ToList();
            // Many names in one tier are the byline followed by other articles' credits: the byline comes first.
            if (Names(texts) is { Count: > 0 } names)
            {
                yield return new(names.Count <= MaxBylineNames ? names : texts.Select(t => Names([t])).First(n => n.Count > 0), $"html ({source})");
            }
        }
    }

    /// <summary>The authors of a byline line as sites print it in several languages ("By A and B", "Von A", "Par A").</summary>
    public static IReadOnlyList<string> FromLine(string line)
    {
        var prefix = ByPrefix().Match(line);
        if (!prefix.Success || line.Length > 120)
        {
            return [];
        }
        // What follows the name in brackets is its role ("Eberhard Fuhr (Pressesprecher)"); after a slash, its agency.
        var rest = line[prefix.Length..];
        var cut = rest.IndexOfAny(['(', '/', '[']);
        return Names([cut > 0 ? rest[..cut] : rest]);
    }

    /// <summary>The distinct person names in the values, split where one value names several.</summary>
    private static List<string> Names(IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var raw in values)
        {
            var value = HtmlMetadata.Collapse(raw);
            if (value.Length == 0 || value.Length > 200 || value.Contains("://", StringComparison.Ordinal) || value.Contains("www.", StringComparison.OrdinalIgnoreCase) || value.StartsWith('@'))
            {
                continue;
            }
            value = ByPrefix().Replace(value, "");
            if (Bylines.Read(value, allowBareName: true) is { Names.Count: > 0 } byline)
            {
                names.AddRange(byline.Names);
                continue;
            }
            names.AddRange(Split(value).Where(LooksLikeName));
        }
        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase).Take(10)];
    }

    // "Doe, Jane" is one name; "Jane Doe, John Roe" two.
    private static IEnumerable<string> Split(string value)
    {
        var parts = NameSeparator().Split(value).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var commas = value.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (commas.Count == 2 && commas.All(c => TextNormalizer.WordCount(c) == 1))
        {
            return [commas[1] + " " + commas[0]];
        }
        return parts.SelectMany(p => p.Split(',')).Select(p => p.Trim());
    }

    // A user name with digits ("delta201", "Bo2man") is how forums and blogs credit their writers: one word, mostly letters.
    private static bool LooksLikeName(string s) =>
        s.Length is >= 2 and <= MaxNameLength && TextNormalizer.WordCount(s) <= 5 && s.Any(char.IsLetter)
        && !s.Any(c => c is '@' or '/' or '#' or ':' or '?' or '!') && char.IsLetter(s[0])
        && (s.Count(char.IsDigit) == 0 || (s.All(c => char.IsLetterOrDigit(c) || c is '_' or '-') && s.Count(char.IsDigit) <= 4 && s.Count(char.IsLetter) >= 2));
}
