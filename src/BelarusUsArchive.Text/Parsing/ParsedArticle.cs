using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Parsing;

public enum BlockKind { Paragraph, Heading, Caption, Quote, ListItem, Note }

/// <summary>A footnote or endnote marker of the source, at a character offset of the cleaned text.</summary>
public sealed record FootnoteRef(int Offset, string Label);

public sealed record Block(BlockKind Kind, string Text, IReadOnlyList<FootnoteRef> Notes);

public sealed record ParsedAuthor(string Name, string? Bio, string? Affiliation);

/// <summary>A line of the source left out of the article, and why: every dropped line is accounted for.</summary>
public sealed record RemovedLine(int LineNumber, string Text, string Reason);

public sealed record ParsedArticle(
    string Title,
    string? Subtitle,
    IReadOnlyList<ParsedAuthor> Authors,
    string? Outlet,
    ArchiveDate? Published,
    DateOnly? PageUpdated,
    string Language,
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<RemovedLine> Removed,
    IReadOnlyDictionary<string, string> FieldSources)
{
    /// <summary>Every line of the source in order with what became of it (kept as a kind, or removed and why).</summary>
    public IReadOnlyList<SourceLine> Lines { get; init; } = [];
}
