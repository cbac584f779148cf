using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>
/// Authors the page names in its text where no markup marks them: the post's meta line that joins the writer and
/// the date ("Posted in News by jdoe on August 3, 2019", "Gespeichert von rasos am 24. Juli 2017", "11.12.2019 - Jane
/// Doe"), and, last, a person's copyright line ("© 2019 Jane Doe"), which on a personal site names its writer.
/// </summary>
internal static partial class MetaLineAuthors
{
    private const int MaxLine = 120;

    // "by NAME on", "von NAME am", "par NAME le", "por NAME el": the byline word, one to four words, the date's word.
    [GeneratedRegex(@"(?:^|\s)(?:by|von|par|por|door|di|av)\s+(?<name>[\p{L}][\p{L}\p{M}\p{Nd}._'’-]*(?:\s[\p{Lu}][\p{L}\p{M}.'’-]*){0,3})\s+(?:on|am|le|el|il|at|um|·|•|\||-|–|—)\s", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex NameBeforeDate();

    // "© 2019 Jane Doe", "(c) Jane Doe", "Copyright (c) 2012- Jane Doe. All rights reserved."
    [GeneratedRegex(@"^(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?)?\s*(?:by\s+)?(?<name>[^.,|•·©\d]+)", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightHolder();

    /// <summary>The writer a header line's meta names beside a date, or empty.</summary>
    public static IReadOnlyList<string> FromMetaLine(string line)
    {
        if (line.Length > MaxLine || DateLines.Find(line) is null)
        {
            return [];
        }
        if (NameBeforeDate().Match(line) is { Success: true } m && IsName(m.Groups["name"].Value))
        {
            return [m.Groups["name"].Value.Trim()];
        }
        // A date (and its time) and a person's name as the line's parts ("11.12.2019 - Jane Doe", "04.02.2022 | 13:10 | Jane Doe").
        var parts = LineRules.HeaderParts(line).SelectMany(p => p.Split(" - ")).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var named = parts.Where(p => !p.Any(char.IsDigit)).ToList();
        if (parts.Count >= 2 && named.Count == 1 && parts.Any(DateLines.IsDateLine) && Bylines.IsPersonName(named[0]))
        {
            return [named[0]];
        }
        return [];
    }

    // A byline's label with a colon and a name ("Autor: Jane Doe", "Text: Jane Doe"), or the label alone over the name.
    [GeneratedRegex(@"^(?:autor|autorin|autoren|author|authors|text|texte|von|by|verfasser|verfasserin|redaktion|auteur|autora|escrito por|written by)\s*:\s*(?<name>.*)$", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex LabelledByline();

    /// <summary>The person a labelled byline anywhere on the page names ("Autor: Jane Doe"; "Von:" over "Jane Doe").</summary>
    public static string? FromLabel(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > 60 || LabelledByline().Match(lines[i].Trim()) is not { Success: true } m)
            {
                continue;
            }
            var name = m.Groups["name"].Value.Trim();
            if (name.Length == 0 && i + 1 < lines.Count)
            {
                name = lines[i + 1].Trim();
            }
            if (name.Length <= 60 && Bylines.IsPersonName(name, cued: true))
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>The writer's name signed under the text: a last short block that is a person's name alone.</summary>
    public static string? FromSignature(IReadOnlyList<Block> text) =>
        text.TakeLast(2).Select(b => b.Text.Trim()).FirstOrDefault(t => t.Length <= 40 && Bylines.IsPersonName(t));

    /// <summary>
    /// A writer named by the first name alone ("Nils", a blog's display name) with the full name as the page prints it
    /// elsewhere ("Eine Kolumne von Nils Pickert", "Nils Pickert ist freier Autor"): the first name and a capitalised
    /// word after it.
    /// </summary>
    public static string Completed(string name, IEnumerable<string> lines)
    {
        if (name.Contains(' ', StringComparison.Ordinal) || name.Length < 3 || !char.IsUpper(name[0]) || !name.All(char.IsLetter))
        {
            return name;
        }
        foreach (var line in lines)
        {
            var at = line.IndexOf(name + " ", StringComparison.Ordinal);
            if (at < 0 || (at > 0 && char.IsLetter(line[at - 1])))
            {
                continue;
            }
            var next = new string([.. line.Skip(at + name.Length + 1).TakeWhile(c => char.IsLetter(c) || c is '-' or '\'' or '’')]);
            if (next.Length >= 2 && char.IsUpper(next[0]) && next.Skip(1).Any(char.IsLower) && Bylines.IsPersonName(name + " " + next, cued: true))
            {
                return name + " " + next;
            }
        }
        return name;
    }

    /// <summary>The person a copyright line of the page names (not a company: a person's given name first).</summary>
    public static string? FromCopyright(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length <= MaxLine && CopyrightHolder().Match(line.Trim()) is { Success: true } m
                && m.Groups["name"].Value.Trim() is var name && Bylines.IsPersonName(name))
            {
                return name;
            }
        }
        return null;
    }

    // A name of a meta line: one handle ("jdoe", not a function word of a common language: "by the … on") or up to four
    // capitalised words.
    private static bool IsName(string name)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || name.Trim().Length is < 2 or > 60 || !name.Any(char.IsLetter))
        {
            return false;
        }
        return words.Length > 1
            ? words.All(w => char.IsUpper(w[0]))
            : !CommonLanguages.Any(l => StopWords.For(l).Contains(words[0].ToLowerInvariant()));
    }

    private static readonly string[] CommonLanguages = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"];
}
