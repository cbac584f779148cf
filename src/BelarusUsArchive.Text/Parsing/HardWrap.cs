namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// Texts saved from e-mail or plain-text sites wrap paragraphs at a fixed width; their lines are
/// joined back into paragraphs. Texts with one paragraph per line are left alone.
/// </summary>
public static class HardWrap
{
    public static List<string> Join(List<string> lines)
    {
        var nonBlank = lines.Where(l => l.Length > 0).ToList();
        if (nonBlank.Count < 6)
        {
            return lines;
        }
        var lengths = nonBlank.Select(l => l.Length).Order().ToList();
        var median = lengths[lengths.Count / 2];
        var p90 = lengths[lengths.Count * 9 / 10];
        var continued = Enumerable.Range(0, lines.Count - 1).Count(i => lines[i].Length > 0 && lines[i + 1].Length > 0);
        if (median < 40 || p90 > 110 || continued < nonBlank.Count / 2)
        {
            return lines;
        }
        var joined = new List<string>();
        var current = new List<string>();
        foreach (var line in lines.Append(""))
        {
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    joined.Add(string.Join(' ', current));
                    current.Clear();
                }
                joined.Add("");
            }
            else
            {
                current.Add(line);
            }
        }
        return joined;
    }
}
