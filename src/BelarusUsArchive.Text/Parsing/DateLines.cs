using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// The stated date of a page's header line in the common shapes of many languages: numeric (31.05.2012, 31/05/2012,
/// 2012-05-31), day-month-year ("31. Mai 2012", "6 de mayo de 2022", "13 juin 2019", "15 августа 2016") and
/// month-day-year ("May 31, 2012 10:00 AM EST", "Oct 24, 2023"). Month names are data, one row per language, in <see cref="Dates.MonthNames"/>.
/// </summary>
public static partial class DateLines
{
    private const string Year = @"(?<year>(?:19|20)\d\d)";

    [GeneratedRegex(@"\b(?<day>0?[1-9]|[12]\d|3[01])\s*[./]\s*(?<month>0?[1-9]|1[0-2])\s*[./]\s*" + Year + @"\b", RegexOptions.NonBacktracking)]
    private static partial Regex NumericDayFirst();

    /// <summary>"19.10.19, 11:29 Uhr", "28.01.22": German-style dates with a two-digit year, dots only and no digit after.</summary>
    [GeneratedRegex(@"(?:^|[^\d.])(?<day>0[1-9]|[12]\d|3[01])\.(?<month>0[1-9]|1[0-2])\.(?<year>\d\d)(?:$|[^\d.])", RegexOptions.NonBacktracking)]
    private static partial Regex NumericShortYear();

    [GeneratedRegex(@"\b" + Year + @"[-/.](?<month>0[1-9]|1[0-2])[-/.](?<day>0[1-9]|[12]\d|3[01])\b", RegexOptions.NonBacktracking)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<day>0?[1-9]|[12]\d|3[01])(?:\.|st|nd|rd|th|er|º)?\s*(?:de\s+)?(?<name>\p{L}{3,12})\.?,?\s*(?:de\s+|del\s+)?" + Year + @"\b", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex DayNameYear();

    [GeneratedRegex(@"(?<name>\p{L}{3,12})\.?\s+(?<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+" + Year + @"\b", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex NameDayYear();

    /// <summary>How long a line may be around its date to be a date line rather than a sentence that mentions one.</summary>
    public const int DateLineLength = 60;

    /// <summary>
    /// Whether a short line is mostly a date ("19.10.19, 11:29 Uhr", "Tine 2. Februar 2020", "Posted on 5 May 2020 by
    /// marc"): a date with at most three lower-case words about it, where a sentence that mentions a date ("Talks
    /// resume in Minsk on 5 May 2020 after a long pause") has its verbs and function words.
    /// </summary>
    public static bool IsDateLine(string line) =>
        line.Length <= DateLineLength && Find(line) is not null
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsLower(w[0])) <= 3;

    /// <summary>The first full date (day, month, year) a short line states, if any.</summary>
    public static DateOnly? Find(string line) => Locate(line)?.Date;

    /// <summary>
    /// The first full date a short line states and where it stands in the line (in a line whose dates were glued
    /// together, the span covers the glued dates).
    /// </summary>
    public static (DateOnly Date, int Index, int Length)? Locate(string line)
    {
        if (line.Length > 300)
        {
            return null;
        }
        (DateOnly Date, int Index, int Length)? best = null;
        var at = int.MaxValue;
        foreach (var (regex, named) in Shapes)
        {
            foreach (Match m in regex().Matches(line))
            {
                if (m.Index < at && Read(m, named) is { } date)
                {
                    (best, at) = ((date, m.Index, m.Length), m.Index);
                    break;
                }
            }
        }
        if (best is null && GluedYear().Match(line) is { Success: true } glued)
        {
            // "10. Februar 20199. Februar 2019", "17/11/201917/11/2019": a publishing system printed the published and
            // updated dates without a space between them.
            // The span runs from the first date to the end of the last year glued after it.
            if (Locate(GluedYear().Replace(line, "$1 $2")) is not { } split)
            {
                return null;
            }
            var end = glued.Index + glued.Length;
            if (Year4().Match(line, end) is { Success: true } last && last.Index - end <= 12)
            {
                end = last.Index + last.Length;
            }
            return (split.Date, split.Index, Math.Max(end - split.Index, split.Length - 1));
        }
        return best;
    }

    [GeneratedRegex(@"(?:19|20)\d\d", RegexOptions.NonBacktracking)]
    private static partial Regex Year4();

    [GeneratedRegex(@"((?:19|20)\d\d)(\d{1,2}[./ ])", RegexOptions.NonBacktracking)]
    private static partial Regex GluedYear();

    private static readonly (Func<Regex> Regex, bool Named)[] Shapes =
        [(NumericDayFirst, false), (IsoDate, false), (DayNameYear, true), (NameDayYear, true), (NumericShortYear, false)];

    private static DateOnly? Read(Match m, bool named)
    {
        var month = named ? MonthNumber(m.Groups["name"].Value) : int.Parse(m.Groups["month"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (year < 100)
        {
            // A two-digit year is of this century up to next year, else of the last (the page cannot be from the future).
            year += year <= DateTime.UtcNow.Year % 100 + 1 ? 2000 : 1900;
        }
        return month is { } mo && day <= DateTime.DaysInMonth(year, mo) ? new DateOnly(year, mo, day) : null;
    }

    /// <summary>The month a name or its abbreviation (three letters or more) stands for, in any listed language.</summary>
    public static int? MonthNumber(string word) => Dates.MonthNames.Number(word);
}
