using System.Text;
using AnyAscii;

namespace BelarusUsArchive.Text;

/// <summary>URL slugs: ASCII (Cyrillic and accents transliterated), lower case, hyphenated, bounded.</summary>
public static class Slugs
{
    public static string From(string text, int maxLength = 80)
    {
        var ascii = text.Transliterate().ToLowerInvariant();
        var builder = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = slug[..(cut > maxLength / 2 ? cut : maxLength)];
        }
        return slug.Length == 0 ? "untitled" : slug;
    }
}
