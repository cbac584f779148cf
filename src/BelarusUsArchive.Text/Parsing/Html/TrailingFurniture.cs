namespace BelarusUsArchive.Text.Parsing.Html;

/// <summary>
/// What the main content's element keeps after the article's last sentence: the short labels of related lists,
/// follow and topic rows ("Mehr zum Thema", "Auch interessant", "Themen in diesem Artikel folgen"). Read by shape
/// in any language: a few words that end no sentence, after the last block that does.
/// </summary>
internal static class TrailingFurniture
{
    private const int MaxWords = 4;

    /// <summary>How many trailing blocks may go: more is a list the article ends with, not furniture.</summary>
    private const int MaxRemoved = 6;

    public static void Trim(List<Block> blocks, List<RemovedLine> removed)
    {
        var cut = blocks.Count;
        while (cut > 1 && blocks.Count - cut < MaxRemoved && IsLabel(blocks[cut - 1]))
        {
            cut--;
        }
        // Only a tail after a sentence: a text of short lines (a list, a table of figures) is the text.
        if (cut == blocks.Count || cut == 0 || IsLabel(blocks[cut - 1]))
        {
            return;
        }
        foreach (var block in blocks.Skip(cut))
        {
            removed.Add(new RemovedLine(0, block.Text, "a short label after the article's last sentence"));
        }
        blocks.RemoveRange(cut, blocks.Count - cut);
    }

    private static bool IsLabel(Block block)
    {
        var t = block.Text.Trim();
        return block.Kind is BlockKind.Paragraph or BlockKind.Heading && t.Length > 0 && TextNormalizer.WordCount(t) <= MaxWords
            && !t.Any(char.IsDigit) && ".!?…\"'»«“”)".IndexOf(t[^1]) < 0 && !Bylines.IsPersonName(t);
    }
}
