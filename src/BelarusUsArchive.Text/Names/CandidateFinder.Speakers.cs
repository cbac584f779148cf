using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Names;

public static partial class CandidateFinder
{
    // A transcript's speaker label: capitals and a colon opening a paragraph ("VIACHORKA:", "SECRETARY BLINKEN:",
    // "MR. PRICE:"), its last word the speaker's surname.
    [GeneratedRegex(@"^(?:\p{Lu}[\p{Lu}'’.-]*\s+){0,3}(?<surname>\p{Lu}[\p{Lu}'’-]{2,})\s*:")]
    private static partial Regex SpeakerLabel();

    // The labels of transcripts that name a part, not a person (transcript conventions of broadcasters and press offices).
    private static readonly HashSet<string> LabelRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Question", "Answer", "Moderator", "Interviewer", "Reporter", "Participant", "Narrator", "Announcer", "Voice",
        "Audience", "Member", "Speaker", "Correspondent", "Anchor", "Journalist", "Caller", "Guest", "Presenter", "Staff", "Operator",
        "Editor", "Transcript", "Note", "Update", "Correction", "Source", "Sources", "Photo", "Video", "Live", "Read", "Related", "Watch",
    };

    /// <summary>
    /// The speakers of a transcript, by their labels: a label whose surname ends a run of capitalised words elsewhere in the
    /// text makes that run a person ("BENSON: Franak Viachorka, thank you …" then "VIACHORKA: …"); a label with no such
    /// run that opens two turns or more is a person known by surname only ("BENSON:", "SECRETARY BLINKEN:").
    /// </summary>
    private static IEnumerable<CandidateName> Speakers(IReadOnlyList<string> paragraphs, IReadOnlyList<CandidateName> named)
    {
        var labels = new Dictionary<string, List<(int Paragraph, Group At)>>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (SpeakerLabel().Match(paragraphs[p]) is { Success: true } m && !LabelRoles.Contains(m.Groups["surname"].Value)
                && !IsNonNameWord(m.Groups["surname"].Value))
            {
                var key = NameKey.Fold(m.Groups["surname"].Value);
                if (!labels.TryGetValue(key, out var turns))
                {
                    labels[key] = turns = [];
                }
                turns.Add((p, m.Groups["surname"]));
            }
        }
        foreach (var (key, turns) in labels)
        {
            if (named.Any(c => !c.ByGivenName && NameKey.Fold(c.Name.Split(' ')[^1]) == key))
            {
                continue;
            }
            if (FullNameEndingIn(paragraphs, key) is { } full)
            {
                yield return full;
            }
            else if (turns.Count >= 2)
            {
                var (p, at) = turns[0];
                var word = at.Value;
                yield return new CandidateName(p, at.Index, at.Length, word[0] + word[1..].ToLowerInvariant());
            }
        }
    }

    /// <summary>The first run of two or three name words whose last word has the surname key: the speaker named in full.</summary>
    private static CandidateName? FullNameEndingIn(IReadOnlyList<string> paragraphs, string key)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (Match m in NameRun().Matches(paragraphs[p]))
            {
                var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var first = Array.FindLastIndex(words, IsNonNameWord) + 1;
                var name = words[first..];
                if (name.Length is 2 or 3 && NameKey.Fold(name[^1]) == key && !name[0].EndsWith('.') && !IsSentenceOpener(paragraphs[p], 0, name))
                {
                    var start = m.Index + m.Value.IndexOf(name[0], StringComparison.Ordinal);
                    return new CandidateName(p, start, m.Index + m.Length - start, string.Join(' ', name.Select(NameKey.Strip)));
                }
            }
        }
        return null;
    }
}
