using System.Globalization;

namespace BelarusUsArchive.Text.Dates;

public enum DatePrecision { Day, Month, Year, Decade }

public enum DateCertainty { Stated, Inferred, Uncertain }

public enum DateSource { Text, Sidecar, Editor, Inference }

/// <summary>
/// A date as the archive knows it: an EDTF (level 1) string plus the sortable range it covers,
/// how precise it is, how sure we are and where it came from.
/// </summary>
public sealed record ArchiveDate(
    string Edtf,
    DateOnly Start,
    DateOnly End,
    DatePrecision Precision,
    DateCertainty Certainty,
    DateSource Source)
{
    public static ArchiveDate Day(int year, int month, int day, DateCertainty certainty, DateSource source) =>
        Create(new DateOnly(year, month, day), DatePrecision.Day, certainty, source);

    public static ArchiveDate Month(int year, int month, DateCertainty certainty, DateSource source) =>
        Create(new DateOnly(year, month, 1), DatePrecision.Month, certainty, source);

    public static ArchiveDate Year(int year, DateCertainty certainty, DateSource source) =>
        Create(new DateOnly(year, 1, 1), DatePrecision.Year, certainty, source);

    public static ArchiveDate Decade(int decadeStart, DateCertainty certainty, DateSource source) =>
        Create(new DateOnly(decadeStart - decadeStart % 10, 1, 1), DatePrecision.Decade, certainty, source);

    public static ArchiveDate Create(DateOnly start, DatePrecision precision, DateCertainty certainty, DateSource source)
    {
        var (edtf, end) = precision switch
        {
            DatePrecision.Day => (start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), start),
            DatePrecision.Month => (start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month))),
            DatePrecision.Year => (start.Year.ToString("D4", CultureInfo.InvariantCulture), new DateOnly(start.Year, 12, 31)),
            _ => ((start.Year / 10).ToString("D3", CultureInfo.InvariantCulture) + "X", new DateOnly(start.Year + 9, 12, 31)),
        };
        // EDTF marks a guess with "?" (uncertain); an inferred date is a guess, however well founded.
        if (certainty is DateCertainty.Uncertain or DateCertainty.Inferred)
        {
            edtf += "?";
        }
        return new ArchiveDate(edtf, start, end, precision, certainty, source);
    }

    /// <summary>A span at one precision ("21-22 May 2015" → 2015-05-21/2015-05-22; "January-November 2019" → 2019-01/2019-11).</summary>
    public static ArchiveDate Range(DateOnly start, DateOnly end, DatePrecision precision, DateCertainty certainty, DateSource source)
    {
        var first = Create(start, precision, DateCertainty.Stated, source);
        var last = Create(end, precision, DateCertainty.Stated, source);
        if (first.Edtf == last.Edtf)
        {
            return Create(start, precision, certainty, source);
        }
        var mark = certainty is DateCertainty.Uncertain or DateCertainty.Inferred ? "?" : "";
        return new ArchiveDate($"{first.Edtf}{mark}/{last.Edtf}{mark}", first.Start, last.End, precision, certainty, source);
    }

    /// <summary>An approximate date ("early 2020" → 2020~): EDTF's ~ marks it.</summary>
    public ArchiveDate Approximate() => this with { Edtf = Edtf.TrimEnd('?', '~') + "~", Certainty = DateCertainty.Uncertain };

    /// <summary>Parses EDTF level-1 dates of the forms 2019, 2019-11, 2019-11-21, 201X, each optionally ending in ?, ~ or %.</summary>
    public static bool TryParseEdtf(string? value, DateSource source, out ArchiveDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        var text = value.Trim();
        var certainty = DateCertainty.Stated;
        if (text[^1] is '?' or '~' or '%')
        {
            certainty = DateCertainty.Uncertain;
            text = text[..^1];
        }
        var parts = text.Split('-');
        try
        {
            if (parts.Length == 1 && text.Length == 4 && text.EndsWith('X') && int.TryParse(text[..3], out var dec))
            {
                date = Decade(dec * 10, certainty, source) with { Edtf = value.Trim() };
                return true;
            }
            if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !parts.All(p => p.All(char.IsAsciiDigit)))
            {
                return false;
            }
            var y = int.Parse(parts[0], CultureInfo.InvariantCulture);
            date = parts.Length switch
            {
                1 => Year(y, certainty, source),
                2 => Month(y, int.Parse(parts[1], CultureInfo.InvariantCulture), certainty, source),
                _ => Day(y, int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture), certainty, source),
            };
            date = date with { Edtf = value.Trim() };
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>How a reader sees it: "7 April 2016", "November 2019", "2019".</summary>
    public string Display => Precision switch
    {
        _ when Edtf.Length >= 7 && Edtf[4] == '-' && Edtf[5] == '2' && Edtf[6] is >= '1' and <= '4' =>
            $"{(Edtf[6] switch { '1' => "spring", '2' => "summer", '3' => "autumn", _ => "winter" })} {Start.Year}",
        DatePrecision.Day => Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => $"the {Start.Year}s",
    };
}
