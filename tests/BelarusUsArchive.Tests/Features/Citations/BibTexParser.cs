using System.Text;

namespace BelarusUsArchive.Tests.Features.Citations;

public sealed record BibEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields);

/// <summary>
/// A strict BibTeX reader (no BibTeX parser is served on NuGet here): entries <c>@type{key, name = value, ...}</c>,
/// values braced (balanced, with <c>\{</c> escapes), quoted, numbers or month macros. Anything else is an error,
/// as it would be for BibTeX itself.
/// </summary>
public static class BibTexParser
{
    private static readonly HashSet<string> Macros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static List<BibEntry> Parse(string text)
    {
        var entries = new List<BibEntry>();
        var i = 0;
        while (true)
        {
            SkipSpace(text, ref i);
            if (i >= text.Length)
            {
                return entries;
            }
            Expect(text, ref i, '@');
            var type = Identifier(text, ref i).ToLowerInvariant();
            Expect(text, ref i, '{');
            var key = Identifier(text, ref i);
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            SkipSpace(text, ref i);
            while (text[i] == ',')
            {
                i++;
                SkipSpace(text, ref i);
                if (text[i] == '}')
                {
                    break;
                }
                var name = Identifier(text, ref i).ToLowerInvariant();
                Expect(text, ref i, '=');
                SkipSpace(text, ref i);
                if (!fields.TryAdd(name, Value(text, ref i)))
                {
                    throw new FormatException($"field '{name}' twice in entry '{key}'");
                }
                SkipSpace(text, ref i);
            }
            Expect(text, ref i, '}');
            entries.Add(new BibEntry(type, key, fields));
        }
    }

    /// <summary>Splits an author field on " and " outside braces.</summary>
    public static List<string> Names(string authorField)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < authorField.Length; i++)
        {
            depth += authorField[i] == '{' ? 1 : authorField[i] == '}' ? -1 : 0;
            if (depth == 0 && string.CompareOrdinal(authorField, i, " and ", 0, 5) == 0)
            {
                names.Add(authorField[start..i].Trim());
                start = i + 5;
            }
        }
        names.Add(authorField[start..].Trim());
        return names;
    }

    private static string Value(string text, ref int i)
    {
        if (text[i] == '{')
        {
            var start = ++i;
            var depth = 1;
            for (; depth > 0; i++)
            {
                if (i >= text.Length)
                {
                    throw new FormatException("unbalanced braces");
                }
                if (text[i] == '\\')
                {
                    i++;
                    continue;
                }
                depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            }
            return text[start..(i - 1)];
        }
        if (text[i] == '"')
        {
            var end = text.IndexOf('"', i + 1);
            var value = text[(i + 1)..end];
            i = end + 1;
            return value;
        }
        var word = Identifier(text, ref i);
        return word.All(char.IsAsciiDigit) || Macros.Contains(word) ? word : throw new FormatException($"unknown macro '{word}'");
    }

    private static string Identifier(string text, ref int i)
    {
        SkipSpace(text, ref i);
        var builder = new StringBuilder();
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_' or ':' or '.'))
        {
            builder.Append(text[i++]);
        }
        return builder.Length > 0 ? builder.ToString() : throw new FormatException($"expected a name at {i}: '{text[i..Math.Min(text.Length, i + 20)]}'");
    }

    private static void Expect(string text, ref int i, char c)
    {
        SkipSpace(text, ref i);
        if (i >= text.Length || text[i] != c)
        {
            throw new FormatException($"expected '{c}' at {i}");
        }
        i++;
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}
