using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// The stated date of a page's header line in the common shapes of many languages: numeric (31.05.2012, 31/05/2012,
/// 2012-05-31), day-month-year ("31. Mai 2012", "6 de mayo de 2022", "13 juin 2019", "15 августа 2016") and
/// month-day-year ("May 31, 2012 10:00 AM EST", "Oct 24, 2023"). Month names are data, one row per language.
/// </summary>
public static partial class DateLines
{
    // Month names and their usual abbreviations (matched by prefix of at least three letters), January first.
    private static readonly string[][] Months =
    [
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], // en
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"], // de
        ["jänner", "feber", "maerz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"], // de-AT
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"], // es
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"], // fr
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"], // it
        ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"], // pt
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"], // nl
        ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"], // pl
        ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"], // pl
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"], // ru
        ["студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"], // be
        ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"], // fi
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"], // no, da
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"], // sv
    ];

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

    /// <summary>The first full date (day, month, year) a short line states, if any.</summary>
    public static DateOnly? Find(string line)
    {
        if (line.Length > 300)
        {
            return null;
        }
        DateOnly? best = null;
        var at = int.MaxValue;
        foreach (var (regex, named) in Shapes)
        {
            foreach (Match m in regex().Matches(line))
            {
                if (m.Index < at && Read(m, named) is { } date)
                {
                    (best, at) = (date, m.Index);
                    break;
                }
            }
        }
        if (best is null && GluedYear().IsMatch(line))
        {
            // "10. Februar 20199. Februar 2019", "17/11/201917/11/2019": a publishing system printed the published and
            // updated dates without a space between them.
            return Find(GluedYear().Replace(line, "$1 $2"));
        }
        return best;
    }

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
    public static int? MonthNumber(string word)
    {
        var w = word.Trim('.').ToLowerInvariant();
        if (w.Length < 3)
        {
            return null;
        }
        foreach (var row in Months)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i].StartsWith(w, StringComparison.Ordinal))
                {
                    return i + 1;
                }
            }
        }
        return null;
    }
}
