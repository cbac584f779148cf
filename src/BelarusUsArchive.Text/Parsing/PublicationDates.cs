using System.Text.RegularExpressions;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// A publication date for a text that states none, inferred from the dates it reports: an article is
/// written no earlier than the latest happening it tells in the past tense. Plans and deadlines
/// ("elections in 2020", "by 2024", "set for 2026") do not count. The result is a year, marked as a guess,
/// never a day or month the text does not support.
/// </summary>
public static partial class PublicationDates
{
    // Scheduling phrases that put the year after them in the future: "elections are set for 2026",
    // "slated for the spring of 2026", "due in 2026". Taking one of those years too little costs a
    // guess that is too early; taking a planned year would date the article after it was written.
    [GeneratedRegex(@"\b(?:set|slated|due|timed|earmarked|pencil+ed\s+in)\s+(?:for|in|by)\b[^.;!?,]{0,30}$", RegexOptions.IgnoreCase)]
    private static partial Regex ScheduledBefore();

    public static ArchiveDate? Infer(IEnumerable<string> paragraphs)
    {
        var past = paragraphs
            .SelectMany(p => DateMentions.Find(p).Where(m => !m.FutureContext && !Scheduled(p, m.Index)))
            .ToList();
        if (past.Count == 0)
        {
            return null;
        }
        var latest = past.Max(m => m.Year);
        return ArchiveDate.Year(latest, DateCertainty.Inferred, DateSource.Inference);
    }

    private static bool Scheduled(string paragraph, int index) =>
        ScheduledBefore().IsMatch(paragraph.AsSpan(Math.Max(0, index - 60), Math.Min(index, 60)));
}
