using System.Globalization;
using BelarusUsArchive.Text.Parsing;
using BelarusUsArchive.Web.Import;

namespace BelarusUsArchive.Web.Features.Editor.Articles;

/// <summary>
/// The per-line controls of the paste preview, read from the posted form: for line N, <c>line-N</c> is the choice
/// ("" as parsed, keep, a kind name, drop), <c>hash-N</c> the hash of the line's source text, and <c>text-N</c> its text,
/// retyped where it no longer hashes to <c>hash-N</c>. They become the extractor's decisions and the sidecar's lines.
/// </summary>
public static class LineChoices
{
    public const string Keep = "keep";
    public const string Drop = "drop";

    /// <summary>The lines the preview lists with their controls: a page, not a pasted book (the form stays light enough to use).</summary>
    public const int MaxListed = 2000;

    /// <summary>The choice an editor made on each line, keyed by line number, from the form; or why it cannot be read.</summary>
    public static IReadOnlyList<LineDecision> Read(IFormCollection form, out string? problem)
    {
        problem = null;
        var decisions = new List<LineDecision>();
        foreach (var key in form.Keys.Where(k => k.StartsWith("hash-", StringComparison.Ordinal)))
        {
            if (!int.TryParse(key.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var line) || line < 1)
            {
                problem = $"“{Short(key)}” does not name a line of the text.";
                return [];
            }
            string hash = form[key].ToString(), choice = form[$"line-{line}"].ToString();
            string? text = form.TryGetValue($"text-{line}", out var typed) ? typed.ToString() : null;
            var retyped = text is not null && LineDecisions.HashOf(LineDecisions.CleanRetyped(text)) != hash;
            if (choice is not ("" or Keep or Drop) && !BlockKinds.TryParse(choice, out _))
            {
                problem = $"Line {line}: “{Short(choice)}” is not a choice; choose keep, drop or a kind ({string.Join(", ", BlockKinds.Names)}).";
                return [];
            }
            if (choice == Drop)
            {
                decisions.Add(new LineDecision(line, hash, LineAction.Drop));
            }
            else if (choice != "" || retyped)
            {
                decisions.Add(new LineDecision(line, hash, LineAction.Keep,
                    BlockKinds.TryParse(choice, out var kind) ? kind : null, retyped ? text : null));
            }
        }
        if (decisions.Count > Sidecar.MaxLines)
        {
            problem = $"{decisions.Count:N0} lines were decided, more than the {Sidecar.MaxLines:N0} an article may record.";
            return [];
        }
        return decisions;
    }

    /// <summary>The value of a line's choice control for a decision (or none).</summary>
    public static string ValueOf(LineDecision? decision) =>
        decision is null ? "" : decision.Action == LineAction.Drop ? Drop : decision.Kind is { } kind ? BlockKinds.Name(kind) : Keep;

    /// <summary>The decisions as the sidecar records them.</summary>
    public static IReadOnlyList<SidecarLine> ForSidecar(IEnumerable<LineDecision> decisions) =>
        [.. decisions.OrderBy(d => d.Line).Select(d => new SidecarLine(d.Line, d.Hash, d.Action == LineAction.Drop ? Drop : Keep,
            d.Kind is { } kind ? BlockKinds.Name(kind) : null, d.Text is null ? null : LineDecisions.CleanRetyped(d.Text)))];

    /// <summary>What the parse made of a line, in words: "kept as a heading", "dropped: the byline", "dropped by you".</summary>
    public static string Verdict(SourceLine line) =>
        line.Kind is { } kind ? "kept as " + KindWords(kind) + (line.Decided ? " by you" : "")
        : line.Reason == LineDecisions.DroppedByEditor ? "dropped by you" : "dropped: " + line.Reason;

    public static string KindWords(BlockKind kind) => kind switch
    {
        BlockKind.ListItem => "a list item",
        BlockKind.Heading => "a heading",
        BlockKind.Caption => "a caption",
        BlockKind.Quote => "a quote",
        BlockKind.Note => "a note",
        _ => "a paragraph",
    };

    private static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
