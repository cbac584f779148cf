using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>Authors and outlets as pages state them: "By A and B", "Name, Outlet", "– Name", a bio block.</summary>
public static partial class Bylines
{
    private const string NameWord = @"(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?|\p{Lu}\.(?:\s?\p{Lu}\.)?|de|van|von|der|da|di|al|bin|ibn|la|le)";
    private const string Name = NameWord + @"(?:\s+" + NameWord + @"){1,3}";

    [GeneratedRegex(@"^(?:[-–—•·]\s*)?(?:by|author|authors|text|written by)[:\s]+(?<names>.+?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"^(?:[-–—•·]\s*)?(?<name>" + Name + @")\s*(?<sep>,|\||—|–)\s*(?<outlet>[\p{L}\d][\p{L}\d .&/'’-]{1,60})$")]
    private static partial Regex NameAndOutlet();

    [GeneratedRegex(@"^(?:[-–—•·]\s*)?(?<name>" + Name + @")$")]
    private static partial Regex NameOnly();

    [GeneratedRegex(@"^" + Name + @"$")]
    private static partial Regex WholeName();

    // The person a one-line bio is about: "Jane Doe is a …", "Jane Doe has been …", "Jane Doe writes …".
    [GeneratedRegex(@"^(?<name>" + Name + @")\s+(?:is|was|has been|writes|works|covers|reports|teaches|leads|heads)\b")]
    private static partial Regex BioOpening();

    [GeneratedRegex(@"\s*(?:,|\band\b|&)\s*")]
    private static partial Regex NameSeparator();

    // Outlets named in a bio: «Voice of America», "for RFE/RL", "with the BBC".
    [GeneratedRegex(@"[«“""](?<o>[^»”""]{2,60})[»”""]|\b(?:for|with|at|of)\s+(?:the\s+)?(?<o>\p{Lu}[\p{L}\d&/.'’-]*(?:\s+(?:of|the|and|for|\p{Lu}[\p{L}\d&/.'’-]*))*)")]
    private static partial Regex OutletInBio();

    // Words that name publications, broadcasters and institutions ("Kyiv Post", "Eastern Review", "Novaya Gazeta"):
    // capitalized like names, but a pair of words containing one is an outlet, not a person.
    private static readonly HashSet<string> OutletWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "post", "times", "journal", "review", "digest", "herald", "tribune", "monitor", "gazette", "gazeta", "observer", "magazine",
        "weekly", "daily", "radio", "agency", "institute", "center", "centre", "foundation", "council", "service", "media", "report",
        "express", "telegraph", "guardian", "insider", "today", "online", "network", "channel", "chronicle", "bulletin", "courier",
        "dispatch", "wire", "television", "tv", "broadcasting", "university", "forum", "watch", "affairs", "studies", "quarterly",
        "newsletter", "blog", "podcast", "bureau", "group", "partnership", "programme", "program", "initiative", "project",
    };

    /// <summary>
    /// Whether a text is a person's name: two to four capitalised words, none naming a publication or institution
    /// nor a function word of English (the stopwords-iso list: "The", "New", "More", "About"), starting with a given
    /// name of the archive's lexicons or an initial. Headings are capitalised like names ("Strategic Ties"), and
    /// only a first word known as a given name tells them apart without a byline word; after one ("By …"),
    /// <paramref name="cued"/>, any such words are taken.
    /// </summary>
    public static bool IsPersonName(string text, bool cued = false)
    {
        var t = text.Trim();
        if (!WholeName().IsMatch(t))
        {
            return false;
        }
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => OutletWords.Contains(w) || (w.TrimEnd('.').Length > 1 && char.IsUpper(w[0]) && English.Value.Contains(w.TrimEnd('.', '’', '\'').ToLowerInvariant()))))
        {
            return false;
        }
        var first = words[0].TrimEnd('.');
        return cued || first.Length == 1 || Names.GivenNames.Contains(first);
    }

    private static readonly Lazy<StopWordList> English = new(() => StopWords.For("en"));

    /// <summary>The person a one-line biography begins with ("Jane Doe is a journalist …"), if it begins with a name.</summary>
    public static string? BioSubject(string line)
    {
        if (line.Length > 500)
        {
            return null;
        }
        var m = BioOpening().Match(line);
        return m.Success && IsPersonName(m.Groups["name"].Value) ? m.Groups["name"].Value : null;
    }

    /// <summary>Reads a byline line: the names it gives and, for "Name, Outlet", the outlet.</summary>
    public static (IReadOnlyList<string> Names, string? Outlet)? Read(string line, bool allowBareName)
    {
        var by = ByPrefix().Match(line);
        if (by.Success)
        {
            var names = SplitNames(by.Groups["names"].Value, out var outlet);
            return names.Count > 0 ? (names, outlet) : null;
        }
        // After a pipe or a dash comes an outlet or section, never a second author (co-authors are joined by
        // "and" or commas), so only a comma needs the right side to be unlike a name.
        var pair = NameAndOutlet().Match(line);
        if (pair.Success && IsPersonName(pair.Groups["name"].Value)
            && (pair.Groups["sep"].Value != "," || !IsPersonName(pair.Groups["outlet"].Value)))
        {
            return ([pair.Groups["name"].Value], pair.Groups["outlet"].Value.Trim());
        }
        var single = NameOnly().Match(line);
        var dashed = line.Length > 0 && line[0] is '-' or '–' or '—' or '•' or '·';
        if (single.Success && (allowBareName || dashed) && IsPersonName(single.Groups["name"].Value))
        {
            return ([single.Groups["name"].Value], null);
        }
        // Co-authors without "By": "Jane Doe and John Roe", "Jane Doe, John Roe & Ann Lee" — every part a name.
        var listed = NameSeparator().Split(line.TrimStart('-', '–', '—', '•', '·', ' ')).Where(p => p.Length > 0).ToList();
        if ((allowBareName || dashed) && listed.Count >= 2 && listed.All(p => IsPersonName(p)))
        {
            return (listed, null);
        }
        return null;
    }

    private static List<string> SplitNames(string text, out string? outlet)
    {
        outlet = null;
        var parts = NameSeparator().Split(text).Where(p => p.Length > 0).ToList();
        var names = new List<string>();
        foreach (var part in parts)
        {
            if (IsPersonName(part, cued: true))
            {
                names.Add(part);
            }
            else if (names.Count > 0 && outlet is null && part.Length <= 60)
            {
                outlet = part;
            }
            else
            {
                return [];
            }
        }
        return names;
    }

    /// <summary>
    /// The outlet a bio names, choosing among its candidates the one the whole text cites most
    /// ("Reporter for the Russian Service «Voices of America» … Collaborates with «Voice of America»").
    /// </summary>
    public static string? OutletFromBio(string bio, string wholeText, string authorName)
    {
        var candidates = OutletInBio().Matches(bio)
            .Select(m => m.Groups["o"].Value.Trim().TrimEnd('.', ','))
            .Select(o => Regex.Replace(o, @"\s+(?:based|since|in|from|and|for|of)$", "", RegexOptions.None, TimeSpan.FromSeconds(1)))
            .Where(o => o.Length >= 2 && !IsPersonName(o) && !authorName.Contains(o, StringComparison.Ordinal)
                && !English.Value.Contains(o.ToLowerInvariant()) && o.Any(char.IsUpper))
            .Distinct()
            .ToList();
        return candidates
            .Select(o => (Outlet: o, Count: Regex.Matches(wholeText, Regex.Escape(o), RegexOptions.None, TimeSpan.FromSeconds(1)).Count))
            .Where(c => c.Count >= 2)
            .OrderByDescending(c => c.Count)
            .Select(c => c.Outlet)
            .FirstOrDefault();
    }
}
