using System.Text;
using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>White space and typography repairs that every copied web text needs.</summary>
public static partial class TextNormalizer
{
    [GeneratedRegex(@"\b(\p{Lu})\.\u00A0(\p{Lu})\.")]
    private static partial Regex GluedAbbreviation();

    [GeneratedRegex(@"[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=[\p{L}\)\]])\.\.(?!\.)")]
    private static partial Regex DoubledPeriod();

    /// <summary>Normalizes the whole file: line ends, Unicode composition, invisible characters.</summary>
    public static string NormalizeFile(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        // A no-break space inside "U.\u00A0S." is how pages keep an abbreviation on one line: it is one word.
        text = GluedAbbreviation().Replace(text, "$1.$2.");
        text = text.Replace("\u200B", "", StringComparison.Ordinal).Replace("\u200C", "", StringComparison.Ordinal)
            .Replace("\uFEFF", "", StringComparison.Ordinal).Replace("\u00AD", "", StringComparison.Ordinal);
        return text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Normalizes one line of prose: collapsed spaces, a doubled full stop made single.</summary>
    public static string CleanLine(string line)
    {
        var s = Spaces().Replace(line, " ").Trim();
        return DoubledPeriod().Replace(s, ".");
    }

    public static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
