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
}
