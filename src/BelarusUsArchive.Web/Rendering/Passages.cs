using BelarusUsArchive.Web.Features.Articles;

namespace BelarusUsArchive.Web.Rendering;

/// <summary>A quoted range of a paragraph and the notes on it (their ids, in order): one highlight on the page.</summary>
public sealed record Passage(int Start, int End, IReadOnlyList<int> NoteIds)
{
    /// <summary>The highlight's id on the page, which every note on it links to.</summary>
    public string Anchor => $"passage-{NoteIds[0]}";
}

/// <summary>
/// Where the passages notes quote are highlighted in a paragraph. Ranges that overlap become one highlight (an
/// element cannot half-cover another), and a range that starts or ends inside a link to a person is widened to the
/// whole name, so the highlight and the link nest.
/// </summary>
public static class Passages
{
    public static IReadOnlyList<Passage> Plan(ParagraphView paragraph, IEnumerable<(int NoteId, int Start, int End)> quotes)
    {
        var ranges = quotes
            .Where(q => q.Start >= 0 && q.End > q.Start && q.End <= paragraph.Text.Length)
            .Select(q => (q.NoteId, Start: Widen(paragraph, q.Start, atStart: true), End: Widen(paragraph, q.End, atStart: false)))
            .OrderBy(q => q.Start).ThenBy(q => q.NoteId)
            .ToList();
        var passages = new List<Passage>();
        foreach (var (noteId, start, end) in ranges)
        {
            if (passages.Count > 0 && start < passages[^1].End)
            {
                var last = passages[^1];
                passages[^1] = last with { End = Math.Max(last.End, end), NoteIds = [.. last.NoteIds, noteId] };
                continue;
            }
            passages.Add(new Passage(start, end, [noteId]));
        }
        return passages;
    }

    private static int Widen(ParagraphView paragraph, int at, bool atStart)
    {
        foreach (var m in paragraph.Mentions)
        {
            if (at > m.Offset && at < m.Offset + m.Length)
            {
                return atStart ? m.Offset : m.Offset + m.Length;
            }
        }
        return at;
    }
}
