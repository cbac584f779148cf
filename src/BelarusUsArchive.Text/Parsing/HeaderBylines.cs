using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// The author a page's header states, in the shapes of many languages: after a byline word ("By", "Von", "Por",
/// "Par", "Door", "Av", "Przez", "Autor:", "Written by", "Posted by", "… von" at a line's end with the name below), or
/// a name alone on a line near the headline (two to four capitalised words, none of them a stop word of the page).
/// </summary>
public static partial class HeaderBylines
{
    private const string NamePart = @"(?:(?:\p{Lu}\.){2,3}|\p{Lu}[\p{L}'’-]*\.?)";
    private const string Particle = @"(?:de|van|von|der|den|da|di|del|la|le|zu|dos|das|y|bin|al)";
    private const string Name = NamePart + @"(?:\s+(?:" + Particle + @"\s+)?" + NamePart + @"){0,3}";

    [GeneratedRegex(@"(?:^|[\s|·•,(—–-])(?:(?i:by|von|por|par|door|av|przez|af|durch|written by|posted by|geschrieben von|verfasst von|autor|autorin|author|auteur|autore|text)\s*:?\s+|(?i:interview|redaktion)\s*:\s+|(?i:by|von|written by|posted by|geschrieben von|verfasst von|veröffentlicht von|publié par|publicado por|escrito por))(?<name>" + Name + @")", RegexOptions.NonBacktracking)]
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
        if (!m.Success || InsideAPhrase(line[..m.Index]))
        {
            return [];
        }
        var rest = line[m.Groups["name"].Index..];
        var names = new List<string> { m.Groups["name"].Value.TrimEnd('.') };
        // Co-authors: "By A and B", "Von A und B", "Por A y B", "By A, B and C".
        var more = CoAuthors().Match(rest[m.Groups["name"].Length..]);
        var end = m.Groups["name"].Length;
        while (more.Success)
        {
            names.Add(more.Groups["name"].Value.TrimEnd('.'));
            end = m.Groups["name"].Length + more.Index + more.Length;
            more = more.NextMatch();
        }
        return GoesOnAsProse(rest[end..]) ? [] : names;
    }

    /// <summary>
    /// The byline word is a preposition inside a headline or sentence, not a byline's: two or more words of four letters
    /// or more (not a date's) stand before it in its part of the line ("Zverev zieht ins Viertelfinale von Montpellier
    /// ein", "Management of Intact Forestlands by Indigenous Peoples"). A byline has at most a label there ("Ein Beitrag
    /// von", "Veröffentlicht am 12. Juni 2017 von", "Politik | von").
    /// </summary>
    private static bool InsideAPhrase(string before)
    {
        var part = LineRules.HeaderParts(before).LastOrDefault() ?? "";
        var words = 0;
        foreach (var word in part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = word.Trim(WordEdges);
            words += letters.Length >= 4 && letters.All(char.IsLetter) && DateLines.MonthNumber(letters) is null
                && !Dates.MonthNames.IsWeekday(letters) ? 1 : 0;
        }
        return words >= 2;
    }

    /// <summary>
    /// The name is followed, before any separator or number, by a phrase of three words or more that starts in lower case
    /// and has another lower-case word ("Lebenszeichen von Bavaria nach zwei Monaten Funkstille", "Die Autorin Nora
    /// Bossong im Gespräch über ihren Roman"): a sentence, where a byline goes on with a date, a place, a co-author or
    /// nothing ("von Max Muster am 5. Mai", "Ein Interview von Eugen Zentner mit Sonja Silberhorn", "Posted by A under
    /// Just For Fun").
    /// </summary>
    private static bool GoesOnAsProse(string after)
    {
        var stop = after.IndexOfAny(ProseStops);
        var words = (stop < 0 ? after : after[..stop]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && char.IsLower(words[0][0]) && words.Skip(1).Any(w => char.IsLower(w[0]));
    }

    private static readonly char[] WordEdges = ['.', ',', ';', ':', '!', '?', '"', '\'', '“', '”', '„', '«', '»', '(', ')', '[', ']'];

    private static readonly char[] ProseStops = ['|', '·', '•', ',', ';', '–', '—', '(', '/', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    [GeneratedRegex(@"\G\s*(?:,|&|(?i:and|und|y|et|e|i|en|og|och|oraz))\s+(?<name>" + Name + @")", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CoAuthors();

    /// <summary>A header line that ends with a byline word, so the name is on the next line ("10.12.2022 18:27 von").</summary>
    public static bool EndsWithByWord(string line) => line.Length <= 200 && DanglingPrefix().IsMatch(line);

    [GeneratedRegex(@"(?:^|[\s·|/])(?:(?i:von|vom|by|par|por|door|av|przez)|(?i:autor|autorin|author|auteur)\s*:)\s+(?<name>[\p{L}\p{N}_][\p{L}\p{N}_.'’-]{1,29}(?:\s+\p{Lu}[\p{L}'’-]+){0,2})", RegexOptions.NonBacktracking)]
    private static partial Regex HandleAfterByWord();

    /// <summary>
    /// The author a dated meta line names after a byline word, a blog's user name included ("Veröffentlicht am 12. Juni
    /// 2017 von gizzmo", "Posted on 2015-04-05 by marc | Leave a comment", "26/12/2019 von revamp-it Webteam"): blogging
    /// systems print the login, often in lower case, beside the date. Only on a line that states a full date.
    /// </summary>
    public static string? DatedHandle(string line, StopWordList language)
    {
        if (line.Length > 200 || DateLines.Find(line) is null || HandleAfterByWord().Match(line) is not { Success: true } m)
        {
            return null;
        }
        var name = m.Groups["name"].Value.TrimEnd('.', '-');
        var word = name.Split(' ')[0];
        var first = word.ToLowerInvariant();
        return language.Contains(first) || StopWords.For("en").Contains(first) || (DateLines.MonthNumber(first) is not null && !LoginNotMonth(word, line, m))
            || first.All(char.IsDigit) ? null : name;
    }

    /// <summary>
    /// A word that starts a month's name ("marc", "juli") is a login, not the date's month, when it is in lower case and
    /// no day or year follows it ("Posted on 2015-04-05 by marc | Leave a comment"): a month after "von" or "by" is
    /// written capitalised or followed by its numbers ("von März 2020", "by June 5").
    /// </summary>
    private static bool LoginNotMonth(string word, string line, Match m)
    {
        var after = line.AsSpan(m.Index + m.Length).TrimStart();
        return char.IsLower(word[0]) && (after.Length == 0 || !char.IsDigit(after[0]));
    }

    [GeneratedRegex(@"^(?i:von|by|por|par|door|av|przez|autor|author)\s*:?\s+(?<name>[\p{L}\p{N}_][\p{L}\p{N}_.'’-]{1,29})$", RegexOptions.NonBacktracking)]
    private static partial Regex ByWordAndLogin();

    /// <summary>
    /// A short line that is only a byline word and a blog's login ("von flerche", "By oradmin"): publishing systems print
    /// the login, often in lower case, where the byline goes.
    /// </summary>
    public static string? CuedHandle(string line, StopWordList language)
    {
        if (line.Length > 40 || ByWordAndLogin().Match(line) is not { Success: true } m)
        {
            return null;
        }
        var name = m.Groups["name"].Value.TrimEnd('.', '-');
        return IsNameOrLogin([name], language) ? name : null;
    }

    /// <summary>A single word in a blog login's shape ("reineckefuchs", "c1ph4", "MikeNils"), not a function or interface word.</summary>
    public static bool IsLogin(string word, StopWordList language) => !word.Contains(' ') && IsNameOrLogin([word], language);

    /// <summary>A line that is only a person's name: two to four capitalised words, none a stop word of the page's language.</summary>
    public static bool IsBareName(string line, StopWordList language)
    {
        if (line.Length > 60 || !WholeName().IsMatch(line) || PageFurniture.IsSectionAfterArticle(line) || PageFurniture.IsPrompt(line))
        {
            return false;
        }
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4
            && !StopWords.Words(line).Any(language.Contains)
            && words.Any(w => w.TrimEnd('.').Length >= 3);
    }

    /// <summary>
    /// The author a short dated header line names beside its date, as blogs and small newsrooms print it ("Tine 2.
    /// Februar 2020", "Jon Nitz am 24. Januar 2022 um 15:47", "reineckefuchs — 2. Februar 2022", "26. September 2019
    /// Ulrike Stockhausen Schreibe einen Kommentar", "25.10.2022 - Reiner Nagel"): right before the date a name or a
    /// login, right after it a name of two capitalised words (a category or a comment count follows a date as often).
    /// </summary>
    public static string? BesideDate(string line, StopWordList language)
    {
        if (line.Length > 120 || DateLines.Locate(line) is not { } date)
        {
            return null;
        }
        var before = LineRules.HeaderParts(line[..date.Index]).LastOrDefault() ?? "";
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (words[^1].All(c => !char.IsLetterOrDigit(c)) || language.Contains(words[^1].ToLowerInvariant())))
        {
            words.RemoveAt(words.Count - 1);
        }
        if (words.Count is >= 1 and <= 3 && IsNameOrLogin(words, language))
        {
            return string.Join(' ', words).TrimEnd(',', '-', '–', '—');
        }
        var after = LineRules.HeaderParts(line[(date.Index + date.Length)..]).FirstOrDefault() ?? "";
        var following = LeadingName().Match(after.TrimStart(',', '-', '–', '—', ' '));
        return following.Success && IsNameOrLogin([.. following.Value.Split(' ')], language) ? following.Value : null;
    }

    private static bool IsNameOrLogin(List<string> words, StopWordList language)
    {
        var joined = string.Join(' ', words).TrimEnd(',', '-', '–', '—');
        if (words.Count >= 2)
        {
            return IsBareName(joined, language) && Bylines.IsPersonName(joined, cued: false) && !words.Any(w => Dates.MonthNames.IsWeekday(w) || ArticleParser.HasPublicationCue(w));
        }
        // One word is a blog's login only in a login's shape (lower case, digits or an inner capital: "reineckefuchs",
        // "c1ph4", "MikeNils"), since a capitalised word before a date is as often a weekday, a section or a place.
        var word = joined;
        return word.Length is >= 2 and <= 30 && LoginShape().IsMatch(word)
            && !language.Contains(word.ToLowerInvariant()) && !StopWords.For("en").Contains(word.ToLowerInvariant())
            && DateLines.MonthNumber(word) is null && !Dates.MonthNames.IsWeekday(word) && !ArticleParser.HasPublicationCue(word)
            && !PageFurniture.IsInterfaceWord(word) && !LineRules.IsInterface(word);
    }

    [GeneratedRegex(@"^(?:[\p{Ll}\d_][\p{L}\d_-]*\p{L}[\p{L}\d_-]*|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d_-]*)$", RegexOptions.NonBacktracking)]
    private static partial Regex LoginShape();

    /// <summary>Two capitalised words, with initials or a particle between them ("Christian P. Stadtfeld").</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|" + Particle + @"))*\s+\p{Lu}[\p{L}'’-]+(?=$|[\s,|·•])", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex LeadingName();
}
