using System.Text.RegularExpressions;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// A publication date for a text that states none, inferred from the dates it reports, as narrow as the text
/// supports and never narrower: an article is written no earlier than the latest happening it tells in the
/// past tense (plans and deadlines such as "elections in 2020", "by 2024" do not count). A text that reviews
/// a year ("The year 2019 began …") is written after that year. When the latest happening has a month and the
/// text still looks ahead to that year or the next, the article is of about that month ("2019-09~").
/// Otherwise the year, marked as a guess.
/// </summary>
public static partial class PublicationDates
{
    // "The year 2019 began", "the year 2020 turned", "2019 in review": a period told as a whole.
    [GeneratedRegex(@"\b[Tt]he\s+year\s+(?<year>(?:19|20)\d\d)\s+(?!of\b|to\b|and\b)\p{Ll}+|\b(?<year>(?:19|20)\d\d)\s+in\s+review\b")]
    private static partial Regex Review();

    /// <summary>The year a text reviews as a whole ("The year 2019 began …", "2019 in review"), if it says so.</summary>
    public static int? ReviewedYear(IEnumerable<string> paragraphs) =>
        paragraphs.Select(t => Review().Match(t)).Where(m => m.Success)
            .Select(m => (int?)int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();

    public static ArchiveDate? Infer(IEnumerable<string> paragraphs)
    {
        var texts = paragraphs.ToList();
        var mentions = texts.SelectMany(DateMentions.Find).ToList();
        var past = mentions.Where(m => !m.FutureContext).ToList();
        if (past.Count == 0)
        {
            return null;
        }
        var latestYear = past.Max(m => m.Year);
        var reviewed = texts.SelectMany(t => Review().Matches(t)).Select(m => int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture));
        if (reviewed.Contains(latestYear))
        {
            return ArchiveDate.Year(latestYear + 1, DateCertainty.Inferred, DateSource.Inference);
        }
        var latest = past.Where(m => m.Year == latestYear).MaxBy(m => m.SortKey)!;
        var looksAhead = mentions.Any(m => m.FutureContext && m.Year >= latestYear && m.Year <= latestYear + 1);
        if (latest.Month is { } month && looksAhead)
        {
            return ArchiveDate.Month(latestYear, month, DateCertainty.Inferred, DateSource.Inference).Approximate();
        }
        return ArchiveDate.Year(latestYear, DateCertainty.Inferred, DateSource.Inference);
    }
}
