using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Web.Rendering;

/// <summary>Dates shown as honestly as they are known: "7 April 2016", "November 2019", "2019, inferred from the text".</summary>
public static class DateText
{
    public static string Honest(ArchiveDate? date) => date is null
        ? "date unknown"
        : (date.Certainty, date.Source) switch
        {
            (DateCertainty.Stated, DateSource.Text) => date.Display,
            (DateCertainty.Stated, DateSource.Sidecar) => date.Display + ", from the file's metadata",
            (DateCertainty.Stated, DateSource.Editor) => date.Display + ", corrected by an editor",
            (_, DateSource.Inference) or (DateCertainty.Inferred, _) => date.Display + ", inferred from the text",
            (_, DateSource.Sidecar) => "probably " + date.Display + ", from the file's metadata",
            _ => "probably " + date.Display,
        };

    /// <summary>An event's date: "17 September 2019", "21–22 May 2015", "March 2008", with "(?)" where it is a guess.</summary>
    public static string Event(ArchiveDate date)
    {
        var text = date.Precision == DatePrecision.Day && date.End != date.Start
            ? date.Start.Month == date.End.Month
                ? $"{date.Start.Day}–{date.End.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}"
                : $"{date.Start.ToString("d MMMM", System.Globalization.CultureInfo.InvariantCulture)} – {date.End.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}"
            : date.Precision == DatePrecision.Month && date.Edtf.Contains('/', StringComparison.Ordinal) && date.End.Year == date.Start.Year
                ? $"{date.Start.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture)}–{date.End.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}"
                : date.Display;
        return date.Edtf.Contains('~', StringComparison.Ordinal) ? "about " + text
            : date.Edtf.Contains('?', StringComparison.Ordinal) ? text + " (?)"
            : text;
    }

    /// <summary>The value for a &lt;time datetime&gt; attribute, at the date's own precision.</summary>
    public static string Machine(ArchiveDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => date.Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => date.Start.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The contract's date object: edtf, start, end, precision, certainty, source.</summary>
    public static object? Json(ArchiveDate? date) => date is null ? null : new
    {
        edtf = date.Edtf,
        start = date.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        end = date.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        precision = date.Precision.ToString().ToLowerInvariant(),
        certainty = date.Certainty.ToString().ToLowerInvariant(),
        source = date.Source.ToString().ToLowerInvariant(),
    };
}
