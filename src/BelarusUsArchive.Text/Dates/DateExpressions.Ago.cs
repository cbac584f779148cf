using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Dates;

public static partial class DateExpressions
{
    // "six months ago", "two years ago": counted back from the publication.
    [GeneratedRegex(@"\b(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<unit>year|month|week|day)s?\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    /// <summary>
    /// A span counted back from the publication, no more precise than the unit counted ("six months ago" is a month,
    /// "two years ago" a year), and nothing when the publication is known only to a coarser precision than the unit.
    /// </summary>
    private static ArchiveDate? Ago(ArchiveDate? publication, Match m)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var precision = unit switch { "year" => DatePrecision.Year, "month" => DatePrecision.Month, _ => DatePrecision.Day };
        if (publication is null || publication.Precision > precision)
        {
            return null;
        }
        var n = m.Groups["n"].Value.ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
            var digits => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture),
        };
        var start = unit switch
        {
            "year" => publication.Start.AddYears(-n),
            "month" => publication.Start.AddMonths(-n),
            "week" => publication.Start.AddDays(-7 * n),
            _ => publication.Start.AddDays(-n),
        };
        return ArchiveDate.Create(precision == DatePrecision.Day ? start : new DateOnly(start.Year, precision == DatePrecision.Month ? start.Month : 1, 1),
            precision, DateCertainty.Inferred, DateSource.Inference);
    }

    // "today" (not "today's Russia", nor the "today" of "a year ago today"), "earlier today", "this morning", "tonight", "yesterday", "last night", "last week", "this week": the
    // publication's own day, the day before, or the calendar week before or of it.
    [GeneratedRegex(@"\b(?<!\bago\s+)(?:(?<w>today|tonight|yesterday)\b(?!['’]s)|(?:this|last)\s+(?:morning|afternoon|evening|night)\b|(?<week>this|last)\s+week\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Deictic();

    /// <summary>
    /// A day or a week named from the publication's own day: only a publication known to the day can anchor it (a
    /// month-dated text's "today" is some day of that month, no date of a happening).
    /// </summary>
    private static ArchiveDate? Deictic(ArchiveDate? publication, Match m)
    {
        if (publication is not { Precision: DatePrecision.Day })
        {
            return null;
        }
        var pub = publication.Start;
        var words = m.Value.ToLowerInvariant();
        if (m.Groups["week"].Success)
        {
            var monday = pub.AddDays(-(((int)pub.DayOfWeek + 6) % 7));
            var (start, end) = m.Groups["week"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) ? (monday.AddDays(-7), monday.AddDays(-1)) : (monday, pub);
            return ArchiveDate.Range(start, end, DatePrecision.Day, DateCertainty.Inferred, DateSource.Inference);
        }
        var day = words.StartsWith("yesterday", StringComparison.Ordinal) || words == "last night" ? pub.AddDays(-1) : pub;
        return ArchiveDate.Day(day.Year, day.Month, day.Day, DateCertainty.Inferred, DateSource.Inference);
    }
}
