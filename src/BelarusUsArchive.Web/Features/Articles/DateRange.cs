using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Web.Features.Articles;

/// <summary>
/// The from/to filter of listings, search, events and the timeline: each bound a year, a month or a day (2019,
/// 2019-03, 2019-03-15). A record matches when its date's span overlaps the range, so a piece dated only "2019"
/// is in a range that ends in March 2019: it may have been published then, and a researcher would rather see it
/// marked than miss it. Records without a date are outside every range.
/// </summary>
public sealed partial record DateRange(DateOnly Start, DateOnly End, ArchiveDate? From, ArchiveDate? To)
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial System.Text.RegularExpressions.Regex Shape();

    /// <summary>The range, or null when neither bound is given; problems name the parameter at fault.</summary>
    public static DateRange? Parse(string? from, string? to, Dictionary<string, string[]> problems)
    {
        var start = Bound("from", from, problems);
        var end = Bound("to", to, problems);
        if (start is not null && end is not null && start.Start > end.End)
        {
            problems["to"] = [$"to ({to}) is before from ({from})"];
        }
        return (start, end) is (null, null) ? null : new DateRange(start?.Start ?? DateOnly.MinValue, end?.End ?? DateOnly.MaxValue, start, end);
    }

    private static ArchiveDate? Bound(string name, string? text, Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (Shape().IsMatch(text.Trim()) && ArchiveDate.TryParseEdtf(text.Trim(), DateSource.Text, out var date) && date!.Precision != DatePrecision.Decade
            && date.Certainty == DateCertainty.Stated && date.Start.Year is >= 1000 and <= 2999)
        {
            return date;
        }
        problems[name] = [$"{name} must be a year, a month or a day such as 2019, 2019-03 or 2019-03-15 (got '{text}')"];
        return null;
    }

    /// <summary>Whether a date lies wholly inside the range (else it only overlaps it, being known to the year or month).</summary>
    public bool Contains(ArchiveDate date) => date.Start >= Start && date.End <= End;

    /// <summary>"from March 2018 to March 2019", as the page says it.</summary>
    public string Describe() => (From, To) switch
    {
        ({ } f, { } t) => $"from {f.Display} to {t.Display}",
        ({ } f, null) => $"from {f.Display} on",
        (null, { } t) => $"up to {t.Display}",
        _ => "",
    };
}
