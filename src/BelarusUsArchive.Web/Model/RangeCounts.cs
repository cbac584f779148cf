using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Web.Model;

/// <summary>
/// Dated articles per length of their date's span in days (end minus start: 0 for a day, up to 30 for a month, 365 for a
/// year, more for an editor's span): the longest bounds a from/to range, so an article overlapping it starts at most that
/// many days before it, and the listing reads an index range instead of every earlier article.
/// </summary>
public class ArticleSpanCount
{
    public int Days { get; set; }
    public int Articles { get; set; }
}

/// <summary>
/// Dated events that are not rejected and reach into a year (from the year of their start to that of their end), per
/// kind and precision: a year's total on the events listing, and whether any event of a range started before it.
/// </summary>
public class EventYearCount
{
    public int Year { get; set; }
    public EventKind Kind { get; set; }
    public DatePrecision Precision { get; set; }
    public int Events { get; set; }
}
