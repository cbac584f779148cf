using System.Text;
using System.Text.RegularExpressions;
using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>The raw seed texts of the repository, found by walking up to the directory that holds the solution.</summary>
internal static class SeedFiles
{
    public const string Voa = "000_53e8cf7d64b2e3ba.txt";
    public const string BelarusDigest = "001_9e00fe1a7b41ec11.txt";
    public const string Fyodorov = "002_55fb9b548f4fe2ed.txt";
    public const string Rferl = "003_1d7720e627fa328c.txt";
    public const string Dated = "004_96980ad8853fa758.txt";

    public static readonly string[] All = [Voa, BelarusDigest, Fyodorov, Rferl, Dated];

    public static string Directory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BelarusUsArchive.sln")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }
        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} holds BelarusUsArchive.sln.");
    }

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory(), name));

    public static ParsedArticle Parse(string name) => ArticleParser.Parse(Read(name));
}

/// <summary>
/// Compares the parser's output with the lines of the source. The only changes a block may make to a
/// source line are the repairs the parser documents: white space collapsed, a no-break space inside an
/// abbreviation ("U.\u00A0S.") closed up, a doubled full stop after a word made single, a list marker
/// dropped from a list item, and footnote markers moved out of the text into <see cref="Block.Notes"/>.
/// </summary>
internal static partial class SourceLines
{
    [GeneratedRegex(@"(\p{Lu})\.\u00A0(\p{Lu})\.")]
    private static partial Regex NoBreakAbbreviation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"(?<=\p{L})\.\.(?!\.)")]
    private static partial Regex DoubledFullStop();

    [GeneratedRegex(@"^(?:[-–—•·*▪]|\d{1,2}[.)])\s+")]
    private static partial Regex ListMarker();

    /// <summary>The source's lines, numbered from 1 as <see cref="RemovedLine.LineNumber"/> numbers them.</summary>
    public static IReadOnlyList<string> Split(string raw) => raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    public static string Normalize(string line)
    {
        var s = NoBreakAbbreviation().Replace(line, "$1.$2.");
        s = WhiteSpace().Replace(s, " ").Trim();
        return DoubledFullStop().Replace(s, ".");
    }

    /// <summary>The block's text with its footnote labels put back where the source had them.</summary>
    public static string WithMarkers(Block block)
    {
        var text = new StringBuilder(block.Text);
        foreach (var note in block.Notes.OrderByDescending(n => n.Offset))
        {
            text.Insert(note.Offset, note.Label);
        }
        return text.ToString();
    }

    /// <summary>Whether the block is exactly this (normalized) source line, but for the allowed repairs.</summary>
    public static bool IsLine(Block block, string normalizedLine)
    {
        var text = WithMarkers(block);
        if (text == normalizedLine)
        {
            return true;
        }
        var marker = ListMarker().Match(normalizedLine);
        return block.Kind == BlockKind.ListItem && marker.Success && normalizedLine[marker.Length..] == text;
    }

    /// <summary>
    /// Every non-blank source line that is neither in a block nor in <see cref="ParsedArticle.Removed"/>
    /// (with its text and a reason), as "line N: text" for a readable failure.
    /// </summary>
    public static List<string> Unaccounted(string raw, ParsedArticle article)
    {
        var missing = new List<string>();
        var lines = Split(raw);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = Normalize(lines[i]);
            if (line.Length == 0)
            {
                continue;
            }
            var kept = article.Blocks.Any(b => IsLine(b, line));
            var removed = article.Removed.Any(r => r.LineNumber == i + 1 && r.Text == line && r.Reason.Length > 0);
            if (!kept && !removed)
            {
                missing.Add($"line {i + 1}: {line}");
            }
        }
        return missing;
    }

    /// <summary>Every block whose text is not one source line with only the allowed repairs.</summary>
    public static List<string> Invented(string raw, ParsedArticle article)
    {
        var lines = Split(raw).Select(Normalize).Where(l => l.Length > 0).ToList();
        return [.. article.Blocks.Where(b => !lines.Any(l => IsLine(b, l))).Select(b => $"{b.Kind}: {b.Text}")];
    }
}
