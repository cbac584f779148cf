namespace BelarusUsArchive.Text.Dates;

/// <summary>
/// The one place that knows month names: the stated-date lines of pages in many languages (<c>DateLines</c>), the dates
/// of prose (<see cref="DateMentions"/>) and the resolver of date expressions for events (<see cref="DateExpressions"/>)
/// all read months through it.
/// </summary>
public static class MonthNames
{
    /// <summary>English month names and abbreviations as a regular-expression alternation (a trailing "." is the caller's).</summary>
    public const string English = EnglishFull + "|" + EnglishShort;

    /// <summary>English full names only ("in March", where "Mar" alone would be a word).</summary>
    public const string EnglishFull = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>English abbreviations ("Sept", "Oct"), which may carry a full stop.</summary>
    public const string EnglishShort = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    // Month names and their usual abbreviations (matched by prefix of at least three letters), January first.
    private static readonly string[][] Rows =
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

    // Weekday names (CLDR's format names) of the same languages, Monday first.
    private static readonly string[][] WeekdayRows =
    [
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], // en
        ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend"], // de
        ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"], // es
        ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"], // fr
        ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"], // it
        ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"], // pt
        ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"], // nl
        ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"], // pl
        ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"], // ru
        ["панядзелак", "аўторак", "серада", "чацвер", "пятніца", "субота", "нядзеля"], // be
        ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"], // fi
        ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"], // no, da
        ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"], // sv
    ];

    /// <summary>Whether a word is a weekday's name or its abbreviation (three letters or more) in a listed language.</summary>
    public static bool IsWeekday(string word)
    {
        var w = word.Trim('.', ',').ToLowerInvariant();
        return w.Length >= 3 && WeekdayRows.Any(row => row.Any(d => d.StartsWith(w, StringComparison.Ordinal)));
    }

    /// <summary>The month a name or its abbreviation (three letters or more) stands for, English first, then the other languages.</summary>
    public static int? Number(string word)
    {
        var w = word.Trim('.').ToLowerInvariant();
        if (w.Length < 3)
        {
            return null;
        }
        foreach (var row in Rows)
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
