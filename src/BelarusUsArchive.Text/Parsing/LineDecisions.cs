using System.Security.Cryptography;
using System.Text;
using BelarusUsArchive.Text.Parsing.Html;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>What an editor decided for a line: keep it (as a kind, with retyped text) or drop it.</summary>
public enum LineAction { Keep, Drop }

/// <summary>
/// An editor's decision on one line of a source, keyed by its number and the hash of its text (so a decision never
/// lands on another line when the text changes). <see cref="Kind"/> and <see cref="Text"/> retype a kept line.
/// </summary>
public sealed record LineDecision(int Line, string Hash, LineAction Action, BlockKind? Kind = null, string? Text = null);

/// <summary>
/// What became of one line of the source: kept as a block of <see cref="Kind"/>, or removed for <see cref="Reason"/>;
/// <see cref="Decided"/> when an editor's decision made it so. <see cref="Text"/> is the line as the source has it
/// (cleaned of stray spaces); <see cref="Retyped"/> the editor's text where there is one.
/// </summary>
public sealed record SourceLine(int Number, string Text, string Hash, BlockKind? Kind, string? Reason, bool Decided, string? Retyped = null);

/// <summary>
/// The one place editors' line decisions meet extraction: before the article is framed, dropped lines are taken out
/// and retyped lines replaced, so the parse runs again on the editor's page; after it, kept lines and kinds are forced.
/// A decision on a line the text does not have, or on a line whose text has changed, is refused with the reason.
/// </summary>
public static class LineDecisions
{
    /// <summary>The longest text a retyped line may have: a long paragraph, never a second article.</summary>
    public const int MaxRetyped = 10_000;

    public const string DroppedByEditor = "dropped by the editor";

    /// <summary>The key of a line's text: 12 hex digits of its SHA-256, enough to tell lines apart.</summary>
    public static string HashOf(string line) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line)))[..12];

    /// <summary>A retyped text as a line: one line, spaces collapsed.</summary>
    public static string CleanRetyped(string text) => TextNormalizer.CleanLine(text.ReplaceLineEndings(" "));

    /// <summary>
    /// Checks the decisions against the source's lines and applies the pre-parse part in place: a dropped line
    /// becomes blank, a retyped one its new text. Returns the lines as they were, for <see cref="Finish"/>.
    /// </summary>
    internal static string[] Apply(List<string> lines, IReadOnlyList<LineDecision> decisions)
    {
        var original = lines.ToArray();
        Check(decisions, n => n >= 1 && n <= original.Length && original[n - 1].Length > 0 ? original[n - 1] : null, original.Length);
        foreach (var d in decisions)
        {
            lines[d.Line - 1] = d.Action == LineAction.Drop ? "" : d.Text is { } text ? CleanRetyped(text) : lines[d.Line - 1];
        }
        return original;
    }

    private static void Check(IReadOnlyList<LineDecision> decisions, Func<int, string?> lineAt, int count)
    {
        var seen = new HashSet<int>();
        foreach (var d in decisions)
        {
            if (lineAt(d.Line) is not { } text)
            {
                throw new ExtractionRefusedException($"a decision names line {d.Line}, which is not a line of this text (it has {count} lines)");
            }
            if (!seen.Add(d.Line))
            {
                throw new ExtractionRefusedException($"line {d.Line} has two decisions");
            }
            if (!string.Equals(d.Hash, HashOf(text), StringComparison.OrdinalIgnoreCase))
            {
                throw new ExtractionRefusedException($"the decision on line {d.Line} was made on another text of that line (the text or its decisions were changed since)");
            }
            if (d.Text is { } retyped && (retyped.Length > MaxRetyped || CleanRetyped(retyped).Length == 0))
            {
                throw new ExtractionRefusedException(retyped.Length > MaxRetyped
                    ? $"line {d.Line} is retyped with {retyped.Length:N0} characters, more than the {MaxRetyped:N0} a line may have"
                    : $"line {d.Line} is retyped as nothing: drop it instead");
            }
        }
    }

    /// <summary>
    /// The lines of an extraction that reads no lines (HTML): the lines it removed, then its blocks, numbered in that
    /// order. Decisions on them apply after extraction (see <see cref="Finish"/>).
    /// </summary>
    internal static ParsedArticle Number(ParsedArticle parsed)
    {
        var number = 0;
        var lines = parsed.Removed.Select(r => new SourceLine(++number, r.Text, HashOf(r.Text), null, r.Reason, false))
            .Concat(parsed.Blocks.Select(b => new SourceLine(++number, b.Text, HashOf(b.Text), b.Kind, null, false)))
            .ToList();
        return parsed with { Lines = lines, Removed = [.. lines.Where(l => l.Reason is not null).Select(l => new RemovedLine(l.Number, l.Text, l.Reason!))] };
    }

    /// <summary>
    /// Forces the decisions onto an extraction: a kept line is a block (of the decided kind, or the kind it had, or
    /// a paragraph), a dropped one is removed "by the editor", and the blocks follow the lines in order.
    /// <paramref name="original"/> holds the source's lines where <see cref="Apply"/> changed them before the parse.
    /// </summary>
    internal static ParsedArticle Finish(ParsedArticle parsed, IReadOnlyList<LineDecision> decisions, string[]? original)
    {
        if (original is null)
        {
            Check(decisions, n => parsed.Lines.FirstOrDefault(l => l.Number == n)?.Text, parsed.Lines.Count);
        }
        var byLine = decisions.ToDictionary(d => d.Line);
        var blocks = new Queue<Block>(parsed.Blocks);
        var lines = new SortedDictionary<int, (SourceLine? Line, Block? Block)>();
        foreach (var line in parsed.Lines)
        {
            lines[line.Number] = (line, line.Kind is null ? null : blocks.Dequeue());
        }
        foreach (var d in decisions)
        {
            var text = original?[d.Line - 1] ?? lines[d.Line].Line!.Text;
            var was = lines.GetValueOrDefault(d.Line);
            var retyped = d.Text is null ? null : CleanRetyped(d.Text);
            lines[d.Line] = d.Action == LineAction.Drop
                ? (new SourceLine(d.Line, text, HashOf(text), null, DroppedByEditor, true), null)
                : Kept(d, text, retyped ?? was.Block?.Text ?? was.Line?.Text ?? text, was);
        }
        return parsed with
        {
            Lines = [.. lines.Values.Select(l => l.Line!)],
            Blocks = [.. lines.Values.Where(l => l.Block is not null).Select(l => l.Block!)],
            Removed = [.. lines.Values.Select(l => l.Line!).Where(l => l.Reason is not null).Select(l => new RemovedLine(l.Number, l.Text, l.Reason!))],
        };
    }

    private static (SourceLine, Block?) Kept(LineDecision d, string text, string content, (SourceLine? Line, Block? Block) was)
    {
        var kind = d.Kind ?? was.Line?.Kind ?? BlockKind.Paragraph;
        var block = was.Block is { } b && b.Kind == kind && d.Text is null ? b : MakeBlock(kind, content);
        return (new SourceLine(d.Line, text, HashOf(text), kind, null, true, d.Text is null ? null : content), block);
    }

    /// <summary>A line as a block of a kind: a list item without its marker, prose with its footnote markers read.</summary>
    internal static Block MakeBlock(BlockKind kind, string line)
    {
        if (kind == BlockKind.ListItem)
        {
            LineRules.IsListItem(line, out line);
        }
        if (kind is BlockKind.Heading or BlockKind.Note)
        {
            return new Block(kind, line, []);
        }
        var (clean, notes) = Footnotes.Extract(line);
        return new Block(kind, clean, notes);
    }
}

/// <summary>The names of block kinds as the API and sidecars write them.</summary>
public static class BlockKinds
{
    public static readonly IReadOnlyList<string> Names = [.. Enum.GetValues<BlockKind>().Select(Name)];

    public static string Name(BlockKind kind) => kind == BlockKind.ListItem ? "list-item" : kind.ToString().ToLowerInvariant();

    public static bool TryParse(string name, out BlockKind kind)
    {
        kind = Enum.GetValues<BlockKind>().FirstOrDefault(k => Name(k) == name);
        return Names.Contains(name);
    }
}
