using System.Globalization;
using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Dates;

/// <summary>A date expression of a sentence, resolved: where it stands and the date it means.</summary>
public sealed record ResolvedDate(int Index, int Length, string Text, ArchiveDate Date, bool Relative, bool Future)
{
    /// <summary>"since 2014": the start of a state of affairs, not the date of a happening.</summary>
    public bool Since { get; init; }
}

/// <summary>
/// What a relative or year-less expression is resolved against while reading an article in order:
/// its publication date and the latest explicit date read so far (with the sentence it was read in).
/// </summary>
public sealed class DateAnchor(ArchiveDate? publication)
{
    public ArchiveDate? Publication { get; } = publication;
    public ArchiveDate? LastExplicit { get; set; }
    public int LastExplicitSentence { get; set; } = -10;
    /// <summary>Counts the sentences resolved so far; a year stated in the sentence before still anchors.</summary>
    public int Sentence { get; set; }
    public ArchiveDate? LastResolved { get; set; }
    /// <summary>The sentence <see cref="LastResolved"/> was read in.</summary>
    public int LastResolvedSentence { get; set; } = -10;
    /// <summary>Whether <see cref="LastResolved"/> was a relative expression ("the next morning", "the same week").</summary>
    public bool LastResolvedRelative { get; set; }
    /// <summary>The latest date read to the day: what "the same day" points back at when a month or a year was read since.</summary>
    public ArchiveDate? LastDay { get; set; }
    public ArchiveDate? ParagraphFirst { get; set; }
    public ArchiveDate? PreviousParagraphFirst { get; set; }
    public bool AtParagraphStart { get; set; } = true;
    /// <summary>The first year stated in the sentence being resolved, which frames its year-less dates.</summary>
    public int? SentenceYear { get; set; }
    /// <summary>The year an article reviews as a whole ("The year 2019 began …"): its year-less dates are of that year.</summary>
    public int? ReviewedYear { get; init; }
    /// <summary>The year of the latest explicit, past date read so far, in any sentence.</summary>
    public int? LastYear { get; set; }

    /// <summary>A new paragraph: "A year later" at its start counts from the previous paragraph's lead date.</summary>
    public void BeginParagraph()
    {
        PreviousParagraphFirst = ParagraphFirst ?? PreviousParagraphFirst;
        ParagraphFirst = null;
        AtParagraphStart = true;
    }
}

/// <summary>
/// Resolves the date expressions of news prose, explicit ("On June 10", "21-22 May", "in March 2008",
/// "7 April 2016", "in 2006", "early 2020", "the 1990s") and relative ("this year", "last year",
/// "a year later", "the very next day", "five years after"), into EDTF with the precision the text
/// supports and "?" where the year or the arithmetic is a guess.
/// </summary>
public static partial class DateExpressions
{
    private const string MonthName = @"(?:" + MonthNames.EnglishFull + @"|(?:" + MonthNames.EnglishShort + @")\.?)";
    private const string Year = @"(?:1[89]|20)\d\d";

    private static readonly (Regex Pattern, Func<Match, DateAnchor, int, ArchiveDate?> Resolve, bool Relative)[] Rules =
    [
        (DayRangeMonthYear(), (m, _, _) => DayRange(m, Int(m, "year")), false),
        (MonthDayYear(), (m, _, _) => Day(Int(m, "year"), Month(m), Int(m, "day"), DateCertainty.Stated), false),
        (IsoDay(), (m, _, _) => Day(Int(m, "year"), Int(m, "month"), Int(m, "day"), DateCertainty.Stated), false),
        (NumericDayFirst(), (m, _, _) => Day(Int(m, "year"), Int(m, "month"), Int(m, "day"), DateCertainty.Stated), false),
        (MonthRangeYear(), (m, _, _) => ArchiveDate.Range(new DateOnly(Int(m, "year"), Month(m), 1), new DateOnly(Int(m, "year"), Month(m, "month2"), 1), DatePrecision.Month, DateCertainty.Stated, DateSource.Text), false),
        (SeasonYear(), (m, _, _) => Season(m), false),
        (MonthYearExpr(), (m, _, _) => ArchiveDate.Month(Int(m, "year"), Month(m), DateCertainty.Stated, DateSource.Text), false),
        (Decade(), (m, _, _) => ArchiveDate.Decade(Int(m, "decade"), DateCertainty.Stated, DateSource.Text), false),
        (EarlyLateYear(), (m, _, _) => ArchiveDate.Year(Int(m, "year"), DateCertainty.Stated, DateSource.Text).Approximate(), false),
        (YearRange(), (m, _, _) => ArchiveDate.Range(new DateOnly(Int(m, "year"), 1, 1), new DateOnly(Int(m, "year2"), 1, 1), DatePrecision.Year, DateCertainty.Stated, DateSource.Text), false),
        (YearAlone(), (m, _, _) => ArchiveDate.Year(Int(m, "year"), DateCertainty.Stated, DateSource.Text), false),
        (DayRangeMonth(), (m, a, p) => YearFor(a, p, Month(m)) is { } y ? DayRange(m, y, DateCertainty.Inferred) : null, false),
        (MonthDay(), (m, a, p) => YearFor(a, p, Month(m)) is { } y ? Day(y, Month(m), Int(m, "day"), DateCertainty.Inferred) : null, false),
        (MonthThatYear(), (m, a, _) => (a.SentenceYear ?? a.LastYear) is { } y ? ArchiveDate.Month(y, Month(m), DateCertainty.Inferred, DateSource.Inference) : null, true),
        (ThatYear(), (m, a, _) => (a.SentenceYear ?? a.LastYear) is { } y ? ArchiveDate.Year(y + (m.Groups["next"].Success ? 1 : 0), DateCertainty.Inferred, DateSource.Inference) : null, true),
        (MonthThisYear(), (m, a, _) => a.Publication is { } pub ? ArchiveDate.Month(pub.Start.Year, Month(m), DateCertainty.Inferred, DateSource.Inference) : null, true),
        // "This October, a delegation toured …": the month of the publication's year (one after the publication is to come, and no event's).
        (ThisMonthName(), (m, a, _) => a.Publication is { Precision: DatePrecision.Day or DatePrecision.Month } pub ? ArchiveDate.Month(pub.Start.Year, Month(m), DateCertainty.Inferred, DateSource.Inference) : null, true),
        (MonthAlone(), (m, a, p) => YearFor(a, p, Month(m)) is { } y ? ArchiveDate.Month(y, Month(m), DateCertainty.Inferred, DateSource.Inference) : null, false),
        (ThisLastYear(), (m, a, _) => a.Publication is { } pub ? ArchiveDate.Year(pub.Start.Year + (m.Groups["w"].Value.ToLowerInvariant() switch { "last" or "previous" => -1, "next" => 1, _ => 0 }), DateCertainty.Inferred, DateSource.Inference) : null, true),
        (ThisMonth(), (m, a, _) => a.Publication is { Precision: DatePrecision.Day or DatePrecision.Month } pub
            ? ArchiveDate.Month(pub.Start.AddMonths(m.Groups["w"].Value.Equals("this", StringComparison.OrdinalIgnoreCase) ? 0 : -1).Year,
                pub.Start.AddMonths(m.Groups["w"].Value.Equals("this", StringComparison.OrdinalIgnoreCase) ? 0 : -1).Month, DateCertainty.Inferred, DateSource.Inference)
            : null, true),
        (Ago(), (m, a, _) => Ago(a.Publication, m), true),
        (NextDay(), (m, a, _) => a.LastResolved is { Precision: DatePrecision.Day } d ? ArchiveDate.Day(d.End.AddDays(1).Year, d.End.AddDays(1).Month, d.End.AddDays(1).Day, DateCertainty.Inferred, DateSource.Inference) : null, true),
        (Weekday(), (m, a, _) => WeekdayBefore(a.Publication, m), true),
        (Deictic(), (m, a, _) => Deictic(a.Publication, m), true),
        (SameDay(), (m, a, _) => (IsDayUnit(m) ? a.LastDay : a.LastResolved) is { } d ? SameAs(d, m) : null, true),
        (PeriodLater(), (m, a, _) => Shift(a.AtParagraphStart && m.Index < 3 && a.PreviousParagraphFirst is not null ? a.PreviousParagraphFirst : a.LastResolved, m), true),
    ];

    /// <summary>Whether any character is one <c>\d</c> matches (a decimal digit of any script).</summary>
    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Rules that match only where a digit is: a sentence without one skips them.</summary>
    private static readonly HashSet<Regex> NeedDigit =
        [DayRangeMonthYear(), MonthDayYear(), IsoDay(), NumericDayFirst(), MonthRangeYear(), SeasonYear(), MonthYearExpr(), Decade(), EarlyLateYear(), YearRange(), YearAlone(), DayRangeMonth(), MonthDay()];

    /// <summary>Rules that match only where one of <see cref="Unit"/>'s words is: a sentence without one skips them.</summary>
    private static readonly HashSet<Regex> NeedUnit = [MonthThatYear(), ThatYear(), MonthThisYear(), ThisLastYear(), ThisMonth(), NextDay(), Weekday(), Deictic(), SameDay(), PeriodLater()];

    /// <summary>Every word of time one of <see cref="NeedUnit"/>'s rules requires (a weekday's name holds "day"), ignoring case as they do.</summary>
    [GeneratedRegex("year|month|week|day|morning|evening|night|afternoon", RegexOptions.IgnoreCase)]
    private static partial Regex Unit();

    // A day and a year around it make a month name a date in any case ("7 APRIL 2016" of a stamp line).
    [GeneratedRegex(@"\b(?<day>\d{1,2})\s*[-–]\s*(?<day2>\d{1,2})\s+(?<month>(?i:" + MonthName + @")),?\s+(?<year>" + Year + @")\b")]
    private static partial Regex DayRangeMonthYear();

    [GeneratedRegex(@"\b(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>(?i:" + MonthName + @"))|(?<month>(?i:" + MonthName + @"))\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?!\d))?),?\s+(?<year>" + Year + @")\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>0?[1-9]|[12]\d|3[01])[./-](?<month>0?[1-9]|1[0-2])[./-](?<year>" + Year + @")\b")]
    private static partial Regex NumericDayFirst();

    [GeneratedRegex(@"\b(?<year>" + Year + @")-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])\b")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"\b(?<month>" + MonthName + @")\s*[-–]\s*(?<month2>" + MonthName + @"),?\s+(?<year>" + Year + @")\b")]
    private static partial Regex MonthRangeYear();

    [GeneratedRegex(@"\b(?<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?<year>" + Year + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeasonYear();

    [GeneratedRegex(@"\b(?<month>" + MonthName + @"),?\s+(?:of\s+)?(?<year>" + Year + @")\b")]
    private static partial Regex MonthYearExpr();

    [GeneratedRegex(@"\b(?<day>\d{1,2})\s*[-–]\s*(?<day2>\d{1,2})\s+(?<month>" + MonthName + @")\b")]
    private static partial Regex DayRangeMonth();

    [GeneratedRegex(@"\b(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + MonthName + @")|(?<month>" + MonthName + @")\s+(?<day>\d{1,2})(?:st|nd|rd|th)?)\b(?!\s*(?:%|percent|million|billion))")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:in\s+)?(?<month>" + MonthName + @")\s+(?:of\s+)?this\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthThisYear();

    [GeneratedRegex(@"\b(?i:this)\s+(?<month>" + MonthNames.EnglishFull + @")\b(?!\s+\d)")]
    private static partial Regex ThisMonthName();

    [GeneratedRegex(@"\b(?i:in|by|since|from|until|during|early|late|mid-?)\s+(?i:early\s+|late\s+|mid-?)?(?<month>" + MonthNames.EnglishFull + @")\b(?!\s+\d)")]
    private static partial Regex MonthAlone();

    [GeneratedRegex(@"\b(?:the\s+)?(?<decade>(?:1[89]|20)\d0)s\b")]
    private static partial Regex Decade();

    [GeneratedRegex(@"\b(?:early|late|mid-?|the\s+(?:beginning|end|middle)\s+of)\s*(?<year>" + Year + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlyLateYear();

    private const string NotAYearAfter = @"(?![.,]\d|\s*(?:%|percent|million|billion|km|people|troops|tons|USD|dollars))";

    [GeneratedRegex(@"(?<![\d.,$€£%-])\b(?<year>" + Year + @")\s*[-–]\s*(?<year2>" + Year + @")\b" + NotAYearAfter)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?<![\d.,$€£%-])\b(?<year>" + Year + @")\b" + NotAYearAfter)]
    private static partial Regex YearAlone();

    [GeneratedRegex(@"\b(?<w>this|last|previous|next|the\s+current)\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisLastYear();

    [GeneratedRegex(@"\b(?<w>this|last|previous)\s+month\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisMonth();

    [GeneratedRegex(@"\b(?:the\s+(?:very\s+)?next|the\s+following)\s+(?:day|morning|evening|night)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextDay();

    // "on Monday", "last Sunday", "later on Saturday": in news, the latest such day up to the publication.
    [GeneratedRegex(@"\b(?:(?<last>last)\s+|on\s+|later\s+on\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+(?:of\s+)?(?<lastweek>last\s+week)\b)?(?!\s*,?\s*(?:\d|" + MonthNames.EnglishFull + @"))")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:the\s+same|that)\s+(?<unit>day|evening|morning|night|afternoon|week)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameDay();

    [GeneratedRegex(@"\b(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<unit>year|month|week|day)s?\s+(?<dir>later|afterwards|on|earlier|before(?=\s*[,.;]|\s*$)|after(?=\s*[,.;]|\s*$))", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodLater();

    public static IReadOnlyList<ResolvedDate> Resolve(string sentence, DateAnchor anchor, int paragraph)
    {
        var found = Match(sentence, anchor, paragraph, explicitOnly: false);
        anchor.SentenceYear = null;
        Advance(anchor, found);
        return found;
    }

    /// <summary>The expressions of a text that say their date whole, needing no anchor: what dates articles and editors' forms.</summary>
    private static List<ResolvedDate> Match(string sentence, DateAnchor anchor, int paragraph, bool explicitOnly)
    {
        var taken = new bool[sentence.Length];
        var found = new List<ResolvedDate>();
        // Most sentences state no number; the rules that need one cannot match them.
        var hasDigit = HasDigit(sentence);
        var hasUnit = Unit().IsMatch(sentence);
        foreach (var (pattern, resolve, relative) in Rules)
        {
            if ((!hasDigit && NeedDigit.Contains(pattern)) || (!hasUnit && NeedUnit.Contains(pattern)) || (explicitOnly && (relative || YearLess.Contains(pattern))))
            {
                continue;
            }
            foreach (Match m in pattern.Matches(sentence))
            {
                if (Enumerable.Range(m.Index, m.Length).Any(i => taken[i]) || Safe(() => resolve(m, anchor, paragraph)) is not { } date)
                {
                    continue;
                }
                for (var i = m.Index; i < m.Index + m.Length; i++)
                {
                    taken[i] = true;
                }
                var future = DateMentions.IsFutureContext(sentence, m.Index) || Expected(m.Value);
                var since = Since().IsMatch(sentence[..m.Index]);
                found.Add(new ResolvedDate(m.Index, m.Length, m.Value, date, relative, future));
                // A year stated in this sentence frames its year-less dates ("Probably 2017, … the march on 25 March"),
                // but not a starting point ("the first ambassador since 2008 on December 15").
                if (!relative && !future && !since && date.Source == DateSource.Text && date.Precision != DatePrecision.Decade && !SinceWhat().IsMatch(sentence[..m.Index]))
                {
                    anchor.SentenceYear ??= date.Start.Year;
                }
                if (since)
                {
                    found[^1] = found[^1] with { Since = true };
                }
            }
        }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    private static void Advance(DateAnchor anchor, List<ResolvedDate> found)
    {
        foreach (var d in found.Where(d => !d.Since))
        {
            if (!d.Relative && !d.Future && d.Date.Precision != DatePrecision.Decade)
            {
                anchor.ParagraphFirst ??= d.Date;
            }
            // A plan ("exercises in spring 2020") lends its year to nothing that follows; a bare year ("since
            // Bill Clinton in 1994") frames only its own sentence, a month or a day the next one too.
            if (!d.Relative && !d.Future && d.Date.Certainty == DateCertainty.Stated && d.Date.Precision is DatePrecision.Day or DatePrecision.Month)
            {
                anchor.LastExplicit = d.Date;
                anchor.LastExplicitSentence = anchor.Sentence;
            }
            // "early 1992" states its year too (approximate only within it): "later that year" is 1992.
            if (!d.Relative && !d.Future && d.Date.Source == DateSource.Text && d.Date.Precision != DatePrecision.Decade)
            {
                anchor.LastYear = d.Date.End.Year;
            }
            anchor.LastResolved = d.Date;
            anchor.LastResolvedSentence = anchor.Sentence;
            // Only narration at the pace of days ("the next morning", "the same week"), not a jump ("A year later").
            anchor.LastResolvedRelative = d.Relative && DayScale().IsMatch(d.Text);
            anchor.LastDay = d.Date.Precision == DatePrecision.Day && !d.Future ? d.Date : anchor.LastDay;
        }
        anchor.Sentence++;
        anchor.AtParagraphStart = false;
    }

    [GeneratedRegex(@"\b(?:day|days|morning|evening|night|afternoon|week)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayScale();

    [GeneratedRegex(@"\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    // "the largest since the crisis of 2020": the year of what a "since" phrase names frames nothing else of the sentence.
    [GeneratedRegex(@"\bsince\s+the\s+(?:\p{L}+\s+){1,2}(?:of|in)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceWhat();

    private static bool Expected(string text) => Regex.IsMatch(text, @"\bnext\s+(?:year|month|week)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The year of a year-less date: an explicit year stated in this or the previous sentence, else the
    /// publication year, moved a year back when the date would fall after the publication.
    /// </summary>
    private static int? YearFor(DateAnchor anchor, int paragraph, int month)
    {
        if (anchor.SentenceYear is { } own)
        {
            return own;
        }
        // Narration moves forward: "In March 2014 … By September" is September 2014, but "… in December 2021. In
        // February, Belarus released …" is not February 2021 (it would go back): that is of the article's own time.
        if (anchor.LastExplicit is { } near && anchor.Sentence - anchor.LastExplicitSentence <= 1 && month >= near.Start.Month)
        {
            return near.Start.Year;
        }
        // The same in an interview or a memoir told in an earlier year, through the relative dates that carry it on
        // ("On 17 August 2020 … The next morning … the same week. Q: And then? A: In September I was warned …"): a month
        // after the date told within the last two sentences, in a year before the publication's, is of that year.
        if (anchor.LastResolvedRelative && anchor.LastResolved is { Precision: DatePrecision.Day or DatePrecision.Month } told && anchor.Sentence - anchor.LastResolvedSentence <= 2
            && month >= told.Start.Month && anchor.Publication is { } published && told.Start.Year < published.Start.Year)
        {
            return told.Start.Year;
        }
        if (anchor.ReviewedYear is { } reviewed)
        {
            return reviewed;
        }
        // A publication known only to the year (a guess, or a review written after the year it tells) frames
        // less well than the year the text itself last stated.
        if (anchor.Publication is not { Precision: DatePrecision.Day or DatePrecision.Month } pub)
        {
            return anchor.LastYear ?? anchor.LastExplicit?.Start.Year ?? anchor.Publication?.Start.Year;
        }
        var year = pub.Start.Year;
        return pub.Precision is DatePrecision.Day or DatePrecision.Month && month > pub.End.Month ? year - 1 : year;
    }

    private static ArchiveDate? WeekdayBefore(ArchiveDate? publication, Match m)
    {
        if (publication is not { Precision: DatePrecision.Day } pub)
        {
            return null;
        }
        var day = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value);
        if (m.Groups["lastweek"].Success)
        {
            // "on Friday last week": that day of the calendar week before the publication's.
            var inWeek = pub.Start.AddDays(-(((int)pub.Start.DayOfWeek + 6) % 7) - 7 + (((int)day + 6) % 7));
            return ArchiveDate.Day(inWeek.Year, inWeek.Month, inWeek.Day, DateCertainty.Inferred, DateSource.Inference);
        }
        var date = pub.Start;
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(-1);
        }
        date = m.Groups["last"].Success && date == pub.Start ? date.AddDays(-7) : date;
        return ArchiveDate.Day(date.Year, date.Month, date.Day, DateCertainty.Inferred, DateSource.Inference);
    }

    /// <summary>"the same day", "that evening": a unit of one day, which only a date read to the day can be.</summary>
    private static bool IsDayUnit(Match m) => !m.Groups["unit"].Value.Equals("week", StringComparison.OrdinalIgnoreCase);

    /// <summary>"the same day" is the day just read (the latest date read to the day); "the same week" only the month of the date just read.</summary>
    private static ArchiveDate SameAs(ArchiveDate date, Match m) =>
        m.Groups["unit"].Value.Equals("week", StringComparison.OrdinalIgnoreCase) && date.Precision == DatePrecision.Day
            ? ArchiveDate.Month(date.Start.Year, date.Start.Month, DateCertainty.Inferred, DateSource.Inference)
            : ArchiveDate.Create(date.Start, date.Precision, DateCertainty.Inferred, DateSource.Inference);

    private static ArchiveDate? Shift(ArchiveDate? from, Match m)
    {
        if (from is null)
        {
            return null;
        }
        var sign = m.Groups["dir"].Value.ToLowerInvariant() is "earlier" or "before" ? -1 : 1;
        var n = m.Groups["n"].Value.ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
            var digits => int.Parse(digits, CultureInfo.InvariantCulture),
        };
        n *= sign;
        var start = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "year" => from.Start.AddYears(n),
            "month" => from.Start.AddMonths(n),
            "week" => from.Start.AddDays(7 * n),
            _ => from.Start.AddDays(n),
        };
        // The result is no more precise than its anchor, nor than the unit counted.
        var precision = m.Groups["unit"].Value.ToLowerInvariant() == "year" && from.Precision == DatePrecision.Day ? DatePrecision.Month : from.Precision;
        return ArchiveDate.Create(precision == DatePrecision.Day ? start : new DateOnly(start.Year, precision == DatePrecision.Month ? start.Month : 1, 1),
            precision, DateCertainty.Inferred, DateSource.Inference);
    }

    private static ArchiveDate Day(int year, int month, int day, DateCertainty certainty) =>
        ArchiveDate.Day(year, month, day, certainty, certainty == DateCertainty.Stated ? DateSource.Text : DateSource.Inference);

    private static ArchiveDate DayRange(Match m, int year, DateCertainty certainty = DateCertainty.Stated) =>
        ArchiveDate.Range(new DateOnly(year, Month(m), Int(m, "day")), new DateOnly(year, Month(m), Int(m, "day2")), DatePrecision.Day, certainty,
            certainty == DateCertainty.Stated ? DateSource.Text : DateSource.Inference);

    private static ArchiveDate Season(Match m)
    {
        var year = Int(m, "year");
        var (code, startMonth) = m.Groups["season"].Value.ToLowerInvariant() switch
        {
            "spring" => (21, 3), "summer" => (22, 6), "autumn" or "fall" => (23, 9), _ => (24, 12),
        };
        var start = new DateOnly(year, startMonth, 1);
        return new ArchiveDate($"{year:D4}-{code}", start, start.AddMonths(3).AddDays(-1), DatePrecision.Month, DateCertainty.Stated, DateSource.Text);
    }

    private static ArchiveDate? Safe(Func<ArchiveDate?> resolve)
    {
        try
        {
            return resolve();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static int Month(Match m, string group = "month") => MonthNames.Number(m.Groups[group].Value) ?? throw new ArgumentOutOfRangeException(nameof(m));

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
