using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Dates;

/// <summary>An explicit calendar expression found in text: year always known here, month and day when stated.</summary>
public sealed record DateMention(int Index, int Length, int Year, int? Month, int? Day, bool FutureContext)
{
    public DateOnly SortKey => new(Year, Month ?? 1, Day ?? 1);
}

/// <summary>
/// The explicit dates of prose and stamp lines as years, months and days, for dating articles. They are the
/// anchor-free expressions of the one date engine (<see cref="DateExpressions.Explicit"/>), so an article and
/// an event read "7 April 2016", "April 7, 2016", "March 2008", "2016-04-07", "07.04.2016" or "2019–2020" alike.
/// </summary>
public static partial class DateMentions
{
    public static int? MonthNumber(string word) => MonthNames.Number(word);

    [GeneratedRegex(@"\b(?:will|would|shall|plans?|planned|planning|set to|scheduled|expected|expects?|forthcoming|upcoming|next|is to|are to|was to|were to|going to|aims? to|intends? to|hopes? to|could|may|might|agreed to|agreement to|decided to|preparation for|prepares? for|in the run-up to|(?:set|slated|due|timed|earmarked)\s+(?:for|in|by))\b(?:(?![.;!?]).)*$", RegexOptions.IgnoreCase)]
    private static partial Regex FutureInClause();

    [GeneratedRegex(@"\b(?:by|until|till|before|after|beyond|through)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?)?(?:\p{L}+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineBefore();

    public static IReadOnlyList<DateMention> Find(string text) =>
        [.. DateExpressions.Explicit(text).Select(Mention).OfType<DateMention>()];

    /// <summary>
    /// A resolved date as a mention: a span of years counts as its last ("2019–2020" shows a text of 2020 or later), a
    /// span of days or months as its first; a season or an approximate year as its year; a decade says too little.
    /// </summary>
    private static DateMention? Mention(ResolvedDate d)
    {
        var date = d.Date;
        var season = date.Edtf.Length >= 7 && date.Edtf[4] == '-' && date.Edtf[5] == '2';
        return date.Precision switch
        {
            DatePrecision.Decade => null,
            DatePrecision.Year => new DateMention(d.Index, d.Length, date.End.Year, null, null, d.Future),
            DatePrecision.Month when season => new DateMention(d.Index, d.Length, date.Start.Year, null, null, d.Future),
            DatePrecision.Month => new DateMention(d.Index, d.Length, date.Start.Year, date.Start.Month, null, d.Future),
            _ => new DateMention(d.Index, d.Length, date.Start.Year, date.Start.Month, date.Start.Day, d.Future),
        };
    }

    /// <summary>Parses a line that is only a date, possibly with a time ("7 April 2016, 20:47", "14:00,27-11-2022").</summary>
    public static DateMention? ParseStamp(string line)
    {
        var mentions = Find(line);
        return mentions.FirstOrDefault(m => m.Day is not null) ?? mentions.FirstOrDefault(m => m.Month is not null);
    }

    /// <summary>True when the words before a date in its sentence make it a plan, forecast or deadline.</summary>
    public static bool IsFutureContext(string text, int index)
    {
        var sentenceStart = text.LastIndexOfAny(['.', '!', '?', ';'], Math.Max(0, index - 1)) + 1;
        var before = text[Math.Max(sentenceStart, index - 160)..index];
        return FutureInClause().IsMatch(before) || DeadlineBefore().IsMatch(before);
    }
}
