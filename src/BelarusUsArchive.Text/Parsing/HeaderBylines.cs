using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// The author a page's header states, in the shapes of many languages: after a byline word ("By", "Von", "Por",
/// "Par", "Door", "Av", "Przez", "Autor:", "Written by", "Posted by", "… von" at a line's end with the name below), or
/// a name alone on a line near the headline (two to four capitalised words, none of them a stop word of the page).
/// </summary>
public static partial class HeaderBylines
{
    private const string NamePart = @"\p{Lu}[\p{L}'’-]*\.?";
    private const string Particle = @"(?:de|van|von|der|den|da|di|del|la|le|zu|dos|das|y|bin|al)";
    private const string Name = NamePart + @"(?:\s+(?:" + Particle + @"\s+)?" + NamePart + @"){0,3}";

    [GeneratedRegex(@"(?:^|[\s|·•,(—–-])(?i:by|von|por|par|door|av|przez|af|durch|written by|posted by|geschrieben von|verfasst von|autor|autorin|author|auteur|autore|text)\s*:?\s+(?<name>" + Name + @")", RegexOptions.NonBacktracking)]
    private static partial Regex Prefixed();

    [GeneratedRegex(@"(?:^|\s)(?i:by|von|por|par|door|av|przez)\s*:?$", RegexOptions.NonBacktracking)]
    private static partial Regex DanglingPrefix();

    [GeneratedRegex(@"^" + Name + @"$", RegexOptions.NonBacktracking)]
    private static partial Regex WholeName();

    /// <summary>The names a header line gives after a byline word, if it has one.</summary>
    public static IReadOnlyList<string> Prefixed(string line)
    {
        if (line.Length > 200)
        {
            return [];
        }
        var m = Prefixed().Match(line);
        if (!m.Success)
        {
            return [];
        }
        var rest = line[m.Groups["name"].Index..];
        var names = new List<string> { m.Groups["name"].Value.TrimEnd('.') };
        // Co-authors: "By A and B", "Von A und B", "Por A y B", "By A, B and C".
        var more = CoAuthors().Match(rest[m.Groups["name"].Length..]);
        while (more.Success)
        {
            names.Add(more.Groups["name"].Value.TrimEnd('.'));
            more = more.NextMatch();
        }
        return names;
    }

    [GeneratedRegex(@"\G\s*(?:,|&|(?i:and|und|y|et|e|i|en|og|och|oraz))\s+(?<name>" + Name + @")", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CoAuthors();

    /// <summary>A header line that ends with a byline word, so the name is on the next line ("10.12.2022 18:27 von").</summary>
    public static bool EndsWithByWord(string line) => line.Length <= 200 && DanglingPrefix().IsMatch(line);

    /// <summary>A line that is only a person's name: two to four capitalised words, none a stop word of the page's language.</summary>
    public static bool IsBareName(string line, StopWordList language)
    {
        if (line.Length > 60 || !WholeName().IsMatch(line))
        {
            return false;
        }
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4
            && !StopWords.Words(line).Any(language.Contains)
            && words.Any(w => w.TrimEnd('.').Length >= 3);
    }
}
