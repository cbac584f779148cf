using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Web.Model;

// Counts over the whole archive that pages show, kept current by the store's own triggers (the
// Aggregates migration) on every write to mentions and articles — import, edit, merge, reject — so
// no page counts them per request and no code path can forget them. Never written by the app.

/// <summary>A person in an article: how many times, and the article's year and month of publication (null when undated).</summary>
public class PersonArticle
{
    public int PersonId { get; set; }
    public int ArticleId { get; set; }
    public int? Year { get; set; }
    /// <summary>yyyymm, or yyyy00 when the article is dated only to the year.</summary>
    public int? Month { get; set; }
    public int Mentions { get; set; }
}

/// <summary>The articles a person is mentioned in, and their mentions in all.</summary>
public class PersonStat
{
    public int PersonId { get; set; }
    public int Articles { get; set; }
    public int Mentions { get; set; }
}

/// <summary>How many articles mention both people; kept both ways round, so either person finds the pair by its key.</summary>
public class CoMentionCount
{
    public int PersonId { get; set; }
    public int OtherId { get; set; }
    public int Articles { get; set; }
}

/// <summary>A person's articles and mentions in one year of publication.</summary>
public class PersonYearCount
{
    public int PersonId { get; set; }
    public int Year { get; set; }
    public int Articles { get; set; }
    public int Mentions { get; set; }
}

/// <summary>Articles per year of publication; year 0 holds the undated ones.</summary>
public class ArticleYearCount
{
    public int Year { get; set; }
    public int Articles { get; set; }
}

/// <summary>How many articles by one author mention one person: the person facet of an author's listing and the author facet of a person's.</summary>
public class PersonAuthorCount
{
    public int PersonId { get; set; }
    public int AuthorId { get; set; }
    public int Articles { get; set; }
}

/// <summary>How many articles of one outlet mention one person: the person facet of an outlet's listing and the outlet facet of a person's.</summary>
public class PersonOutletCount
{
    public int PersonId { get; set; }
    public int OutletId { get; set; }
    public int Articles { get; set; }
}

/// <summary>What a listing filtered by one person and one year of publication counts in its facets.</summary>
public enum YearFacet
{
    Person = 1,
    Author = 2,
    Outlet = 3,
}

/// <summary>
/// How many of a person's articles of one year of publication also name another person, or carry an author's byline, or come
/// from an outlet (<see cref="Facet"/> says which <see cref="ValueId"/> is): the facets of a listing filtered by a year and a
/// person, which otherwise counted the person's articles of that year four times per request.
/// </summary>
public class PersonYearFacetCount
{
    public int PersonId { get; set; }
    public int Year { get; set; }
    public YearFacet Facet { get; set; }
    public int ValueId { get; set; }
    public int Articles { get; set; }
}

/// <summary>A person's articles and mentions in one month of publication: yyyymm, or yyyy00 for articles dated only to the year.</summary>
public class PersonMonthCount
{
    public int PersonId { get; set; }
    public int Month { get; set; }
    public int Articles { get; set; }
    public int Mentions { get; set; }
}

/// <summary>Articles per month of publication: yyyymm, yyyy00 for those dated only to the year, 0 for the undated.</summary>
public class ArticleMonthCount
{
    public int Month { get; set; }
    public int Articles { get; set; }
}

/// <summary>A year an event's dates reach into: one row for each year from its start to its end, so the events of a year
/// are an index range (an overlap of start and end, which no index serves, walked every earlier event).</summary>
public class EventYear
{
    public int Year { get; set; }
    public int EventId { get; set; }
}

/// <summary>
/// Dated events that are not rejected, per month of their start (yyyymm), kind and precision: the events listing's totals,
/// its deep pages and the timeline's counts. <see cref="Everyone"/> as the person counts every event; any other id a participant's.
/// </summary>
public class EventMonthCount
{
    public const int Everyone = 0;

    public int PersonId { get; set; }
    public int Month { get; set; }
    public EventKind Kind { get; set; }
    public DatePrecision Precision { get; set; }
    public int Events { get; set; }
}
