using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Dates;

/// <summary>
/// The one date engine's anchor-free half: the expressions that state their date whole ("7 April 2016",
/// "April 7, 2016", "March 2008", "2016-04-07", "07.04.2016", "spring 2020", "2019–2020", "in 2006").
/// Articles are dated from them (<see cref="DateMentions"/>), events resolve them the same way in
/// <see cref="Resolve"/>, and the editor's date fields read them (<see cref="TryRead"/>): one set of
/// patterns, so a date written the same way means the same everywhere.
/// </summary>
public static partial class DateExpressions
{
    /// <summary>Rules whose year comes from the anchor ("on June 10", "21-22 May", "in March"): not explicit.</summary>
    private static readonly HashSet<Regex> YearLess = [DayRangeMonth(), MonthDay(), MonthAlone(), MonthThisYear(), MonthThatYear(), ThatYear()];

    // Narration set in an earlier year: "In December of that year", "later that year", "the following year" count from the
    // year the text last stated, not from the publication.
    [GeneratedRegex(@"\b(?:in\s+)?(?<month>" + MonthNames.EnglishFull + @")\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthThatYear();

    [GeneratedRegex(@"\b(?:(?:in|later|earlier|early|late)\s+)?(?:(?:that|the\s+same)\s+year|the\s+(?<next>following|next)\s+year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThatYear();

    /// <summary>The explicit date expressions of a text, in order, each with its date as stated.</summary>
    public static IReadOnlyList<ResolvedDate> Explicit(string text) =>
        Match(text, new DateAnchor(null), 0, explicitOnly: true);

    /// <summary>
    /// Reads what an editor typed as a date: an EDTF date ("2019-09-17", "2015-06?", "2019-21") or one written date
    /// expression and nothing else ("17 September 2019", "Sept. 17, 2019", "September 2019", "spring 2020").
    /// </summary>
    public static bool TryRead(string? input, DateSource source, out ArchiveDate? date)
    {
        var text = (input ?? "").Trim();
        if (ArchiveDate.TryParseEdtf(text, source, out date))
        {
            return true;
        }
        date = Explicit(text) is [{ Index: 0 } only] && only.Length == text.TrimEnd('.').Length && !only.Future
            ? only.Date with { Source = source }
            : null;
        return date is not null;
    }
}
