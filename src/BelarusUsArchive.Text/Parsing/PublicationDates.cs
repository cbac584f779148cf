using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// A publication date for a text that states none, inferred from the dates it reports: an article is
/// written no earlier than the latest happening it tells in the past tense. Plans and deadlines
/// ("elections in 2020", "by 2024", "set for 2026") do not count. The result is a year, marked as a guess,
/// never a day or month the text does not support.
/// </summary>
public static class PublicationDates
{
    public static ArchiveDate? Infer(IEnumerable<string> paragraphs)
    {
        var past = paragraphs
            .SelectMany(DateMentions.Find)
            .Where(m => !m.FutureContext)
            .ToList();
        if (past.Count == 0)
        {
            return null;
        }
        var latest = past.Max(m => m.Year);
        return ArchiveDate.Year(latest, DateCertainty.Inferred, DateSource.Inference);
    }
}
