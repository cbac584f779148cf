using System.Globalization;
using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Dates;

/// <summary>An explicit calendar expression found in text: year always known here, month and day when stated.</summary>
public sealed record DateMention(int Index, int Length, int Year, int? Month, int? Day, bool FutureContext)
{
    public DateOnly SortKey => new(Year, Month ?? 1, Day ?? 1);
}

/// <summary>
/// Finds explicit dates in prose and in stamp lines. Written for the usual English shapes
/// (7 April 2016, April 7, 2016, March 2008, in 2006, 2016-04-07, 07.04.2016, 27-11-2022).
/// </summary>
public static partial class DateMentions
{
    public static int? MonthNumber(string word) => MonthNames.Number(word);

    private const string Month = @"(?<month>" + MonthNames.English + @")\.?";

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?\s+" + Month + @",?\s+(?<year>(?:1[89]|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?,?\s+(?<year>(?:1[89]|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b" + Month + @"(?:\s*[-–]\s*(?:" + MonthNames.EnglishFull + @"))?,?\s+(?:of\s+)?(?<year>(?:1[89]|20)\d\d)\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<year>(?:1[89]|20)\d\d)-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<day>0?[1-9]|[12]\d|3[01])[./-](?<month>0?[1-9]|1[0-2])[./-](?<year>(?:1[89]|20)\d\d)\b")]
    private static partial Regex NumericDayFirst();

    [GeneratedRegex(@"(?<![\d.,$€£%-])\b(?<year>(?:1[89]|20)\d\d)(?:\s*[-–]\s*(?<year2>(?:1[89]|20)\d\d))?\b(?![.,]\d|\s*(?:%|percent|million|billion|km|people|troops|tons))")]
    private static partial Regex YearAlone();

    // Words that make a date a plan, a forecast or a deadline rather than something that happened:
    // anywhere earlier in the clause for verbs of intent, right before the year for prepositions.
    [GeneratedRegex(@"\b(?:will|would|shall|plans?|planned|planning|set to|scheduled|expected|expects?|forthcoming|upcoming|next|is to|are to|was to|were to|going to|aims? to|intends? to|hopes? to|could|may|might|agreed to|agreement to|decided to|preparation for|prepares? for|in the run-up to|(?:set|slated|due|timed|earmarked)\s+(?:for|in|by))\b(?:(?![.;!?]).)*$", RegexOptions.IgnoreCase)]
    private static partial Regex FutureInClause();

    [GeneratedRegex(@"\b(?:by|until|till|before|after|beyond|through)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?)?(?:\p{L}+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineBefore();

    public static IReadOnlyList<DateMention> Find(string text)
    {
        var found = new List<DateMention>();
        var taken = new bool[text.Length];
        void Add(Match m, int year, int? month, int? day)
        {
            if (Enumerable.Range(m.Index, m.Length).Any(i => taken[i]))
            {
                return;
            }
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                taken[i] = true;
            }
            if (month is { } mo && day is { } d && d > DateTime.DaysInMonth(year, mo))
            {
                return;
            }
            found.Add(new DateMention(m.Index, m.Length, year, month, day, IsFuture(text, m.Index, year)));
        }
        foreach (Match m in IsoDate().Matches(text))
        {
            Add(m, Int(m, "year"), Int(m, "month"), Int(m, "day"));
        }
        foreach (Match m in DayMonthYear().Matches(text))
        {
            Add(m, Int(m, "year"), MonthNumber(m.Groups["month"].Value), Int(m, "day"));
        }
        foreach (Match m in MonthDayYear().Matches(text))
        {
            Add(m, Int(m, "year"), MonthNumber(m.Groups["month"].Value), Int(m, "day"));
        }
        foreach (Match m in NumericDayFirst().Matches(text))
        {
            Add(m, Int(m, "year"), Int(m, "month"), Int(m, "day"));
        }
        foreach (Match m in MonthYear().Matches(text))
        {
            Add(m, Int(m, "year"), MonthNumber(m.Groups["month"].Value), null);
        }
        foreach (Match m in YearAlone().Matches(text))
        {
            var year = m.Groups["year2"].Success ? Int(m, "year2") : Int(m, "year");
            Add(m, year, null, null);
        }
        return [.. found.OrderBy(f => f.Index)];
    }

    /// <summary>Parses a line that is only a date, possibly with a time ("7 April 2016, 20:47", "14:00,27-11-2022").</summary>
    public static DateMention? ParseStamp(string line)
    {
        var mentions = Find(line);
        return mentions.FirstOrDefault(m => m.Day is not null) ?? mentions.FirstOrDefault(m => m.Month is not null);
    }

    /// <summary>True when the words before a date in its sentence make it a plan, forecast or deadline.</summary>
    public static bool IsFutureContext(string text, int index) => IsFuture(text, index, 1);

    private static bool IsFuture(string text, int index, int year)
    {
        var sentenceStart = text.LastIndexOfAny(['.', '!', '?', ';'], Math.Max(0, index - 1)) + 1;
        var before = text[Math.Max(sentenceStart, index - 160)..index];
        return year > 0 && (FutureInClause().IsMatch(before) || DeadlineBefore().IsMatch(before));
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
