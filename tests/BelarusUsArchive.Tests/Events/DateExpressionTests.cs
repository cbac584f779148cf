using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Events;

namespace BelarusUsArchive.Tests.Events;

/// <summary>
/// The resolution table: date expressions of news prose, with the publication date and the text read before
/// them, resolved to EDTF with the precision the text supports and a "?" or "~" where the result is a guess.
/// Paragraphs of a passage are separated by "\n"; they are read in order the way the event extractor reads an
/// article (a new anchor paragraph per paragraph, one Resolve per sentence).
/// </summary>
public class DateExpressionTests
{
    // A day, month, season, year or decade of EDTF level 1, with an optional qualifier, alone or as an interval.
    private const string EdtfDate = @"(?:\d{4}(?:-(?:0[1-9]|1[0-2]|2[1-4])(?:-(?:0[1-9]|[12]\d|3[01]))?)?|\d{3}X)[?~%]?";
    private const string EdtfLevel1 = "^" + EdtfDate + "(?:/" + EdtfDate + ")?$";

    public static TheoryData<string?, string, string, string, DatePrecision, DateCertainty, bool> Table => new()
    {
        // Issue 16: weekdays of a news report are the latest such day up to its publication; a year frames only its
        // own sentence unless it is a month or a day; a "since" year frames nothing.
        { "2020-12-16", "The Senate confirmed Julie Fisher as U.S. ambassador to Belarus on Tuesday.", "on Tuesday", "2020-12-15?", DatePrecision.Day, DateCertainty.Inferred, false },
        { "2018-10-07", "I flew to Minsk last Sunday for the conference.", "last Sunday", "2018-09-30?", DatePrecision.Day, DateCertainty.Inferred, false },
        { "2020-06-05", "Probably 2017, when police detained hundreds of people during the march on 25 March.", "25 March", "2017-03-25?", DatePrecision.Day, DateCertainty.Inferred, false },
        { "2020-12-31", "Fisher was the first U.S. ambassador to Belarus since 2008 on December 15.", "December 15", "2020-12-15?", DatePrecision.Day, DateCertainty.Inferred, false },
        { "2020-02-01", "He was the first to visit since Bill Clinton in 1994.\nMoscow cut oil supplies to Belarus in January.", "in January", "2020-01?", DatePrecision.Month, DateCertainty.Inferred, false },
        // Explicit expressions, the year taken from the text or from the publication date.
        { "2015-06", "On June 10, US President Barack Obama extended sanctions against Belarusian leaders for one more year.", "June 10", "2015-06-10?", DatePrecision.Day, DateCertainty.Inferred, false },
        { "2015-06", "It took part in the Eastern Partnership summit at Riga (21-22 May) and there have been some low level discussions.", "21-22 May", "2015-05-21?/2015-05-22?", DatePrecision.Day, DateCertainty.Inferred, false },
        { "2019-11", "In March 2008, the number of employees of the US Embassy in Minsk was reduced.", "March 2008", "2008-03", DatePrecision.Month, DateCertainty.Stated, false },
        { "2019?", "Hale signaled on September 17 following his meeting with Lukashenka in Minsk that sanctions could be eased.", "September 17", "2019-09-17?", DatePrecision.Day, DateCertainty.Inferred, false },
        { "2016-04-07", "The American delegation left Minsk on 7 April 2016 after meeting the president.", "7 April 2016", "2016-04-07", DatePrecision.Day, DateCertainty.Stated, false },
        { null, "Washington’s relations with Minsk deteriorated sharply in 2006.", "2006", "2006", DatePrecision.Year, DateCertainty.Stated, false },
        { "2021-03-12", "The pandemic reached Belarus in early 2020.", "early 2020", "2020~", DatePrecision.Year, DateCertainty.Uncertain, false },
        { "2019?", "Relations between the two countries were already strained in the 1990s.", "the 1990s", "199X", DatePrecision.Decade, DateCertainty.Stated, false },
        { "2021-03-12", "NATO held a large exercise in spring 2020 in ten European countries.", "spring 2020", "2020-21", DatePrecision.Month, DateCertainty.Stated, false },
        { "2020?", "In January-November 2019, exports only totaled USD 176 million.", "January-November 2019", "2019-01/2019-11", DatePrecision.Month, DateCertainty.Stated, false },
        { "2019-11", "As Voice of America reported, in September this year Minsk and Washington decided to restore ties.", "September this year", "2019-09?", DatePrecision.Month, DateCertainty.Inferred, false },
        { "2021-03-12", "On 22 February, Lukashenka met Putin in Sochi.", "22 February", "2021-02-22?", DatePrecision.Day, DateCertainty.Inferred, false },

        // A year-less date later in the year than a month- or day-precise publication happened the year before.
        { "2019-11", "Lukashenka said in December that it is useless to use extortion against Belarus.", "December", "2018-12?", DatePrecision.Month, DateCertainty.Inferred, false },
        { "2019-11", "The two deputy ministers held talks on December 5.", "December 5", "2018-12-05?", DatePrecision.Day, DateCertainty.Inferred, false },
        { "2021-03-12", "Washington eased some restrictions in April.", "April", "2020-04?", DatePrecision.Month, DateCertainty.Inferred, false },

        // Relative expressions, against the publication year or the nearest explicit date.
        { "2019-11", "Oleg Kravchenko visited Washington five times this year.", "this year", "2019?", DatePrecision.Year, DateCertainty.Inferred, false },
        { "2019-11", "Belarus hired a Washington-based lobbyist last year.", "last year", "2018?", DatePrecision.Year, DateCertainty.Inferred, false },
        { "2019?", "In August 2015, Lukashenka released all six political prisoners.\nA year later the two countries once again exchanged defense attaches.", "A year later", "2016-08?", DatePrecision.Month, DateCertainty.Inferred, false },
        { "2015-06?", "On 27 May 2015, Makei refused to rule out reappointing ambassadors. The very next day, Steve Pearce visited Minsk.", "The very next day", "2015-05-28?", DatePrecision.Day, DateCertainty.Inferred, false },
        { "2019?", "Russia seized Crimea in March 2014.\nFive years after, Washington and Minsk agreed to exchange ambassadors again.", "Five years after", "2019-03?", DatePrecision.Month, DateCertainty.Inferred, false },
        { "2019?", "The roundtable was held on 21 November 2019. Two days later, the deputy minister met businessmen.", "Two days later", "2019-11-23?", DatePrecision.Day, DateCertainty.Inferred, false },

        // Narration set in an earlier year (issue 16): "that year", "the same year", "the following year" count from the year
        // the text last stated, in this sentence or before it, not from the publication.
        { "2024-05-12", "The book opens in 1991.\nIn December of that year the three leaders signed the agreement that ended the Soviet Union.", "December of that year", "1991-12?", DatePrecision.Month, DateCertainty.Inferred, false },
        { "2021-01-20", "The United States opened an embassy in Minsk in early 1992, and Belarus opened its own in Washington later that year.", "later that year", "1992?", DatePrecision.Year, DateCertainty.Inferred, false },
        { "2020-01", "The referendum of 1996 extended the president's powers. The following year the European Union froze the partnership agreement.", "The following year", "1997?", DatePrecision.Year, DateCertainty.Inferred, false },

        // "the same day" is the day read last, not a month read since (second held-out g10: "released in March 2022" came between).
        { "2023-02-08", "A court in Grodno on Wednesday sentenced Andrzej Poczobut to eight years.\nPoczobut was detained in March 2021. Borys was released in March 2022.\nForeign Minister Zbigniew Rau summoned the Belarusian chargé d'affaires in Warsaw the same day.", "the same day", "2023-02-08?", DatePrecision.Day, DateCertainty.Inferred, false },
        // A day named from the publication's own day (third held-out k08, k07; second held-out g04): "today", "last week", "on Friday last week".
        { "2021-08-09", "Earlier today I met Sviatlana Tsikhanouskaya here in Vilnius.", "today", "2021-08-09?", DatePrecision.Day, DateCertainty.Inferred, false },
        { "2022-03-25", "Senators Jeanne Shaheen and Roger Wicker today introduced legislation.", "today", "2022-03-25?", DatePrecision.Day, DateCertainty.Inferred, false },
        { "2021-08-09", "The sprinter Krystsina Tsimanouskaya refused to board a flight home in Tokyo last week.", "last week", "2021-08-02?/2021-08-08?", DatePrecision.Day, DateCertainty.Inferred, false },
        { "2023-09-15", "Lukashenka met Vladimir Putin in Sochi on Friday last week and asked for more Russian loans.", "Friday last week", "2023-09-08?", DatePrecision.Day, DateCertainty.Inferred, false },
        // Plans, forecasts and deadlines keep their date but are marked as the future.
        { "2019?", "Belarus is set to hold parliamentary elections in November and a presidential election in 2020.", "November", "2019-11?", DatePrecision.Month, DateCertainty.Inferred, true },
        { "2019?", "Belarus is set to hold parliamentary elections in November and a presidential election in 2020.", "2020", "2020", DatePrecision.Year, DateCertainty.Stated, true },
        { "2019?", "Russia plans to charge Belarus global prices for its crude oil by 2024.", "2024", "2024", DatePrecision.Year, DateCertainty.Stated, true },
        { "2019-11", "The Secretary of State is expected in Minsk next year.", "next year", "2020?", DatePrecision.Year, DateCertainty.Inferred, true },
        { "2019?", "The U. S. Secretary of State was going to visit Belarus in early 2020.", "early 2020", "2020~", DatePrecision.Year, DateCertainty.Uncertain, true },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void An_expression_resolves_to_its_honest_edtf_precision_and_certainty(
        string? publication, string passage, string expression, string edtf, DatePrecision precision, DateCertainty certainty, bool future)
    {
        var resolved = ResolveIn(publication, passage, expression);

        Assert.NotNull(resolved);
        Assert.Equal(edtf, resolved.Date.Edtf);
        Assert.Equal(precision, resolved.Date.Precision);
        Assert.Equal(certainty, resolved.Date.Certainty);
        Assert.Equal(future, resolved.Future);
        Assert.Matches(EdtfLevel1, resolved.Date.Edtf);
        Assert.True(resolved.Date.Start <= resolved.Date.End);
    }

    [Theory]
    [InlineData("2015-06", "On June 10", "2015-06-10", "2015-06-10")]
    [InlineData("2015-06", "21-22 May", "2015-05-21", "2015-05-22")]
    [InlineData("2019-11", "in March 2008", "2008-03-01", "2008-03-31")]
    [InlineData("2019-11", "in 2006", "2006-01-01", "2006-12-31")]
    [InlineData("2019-11", "the 1990s", "1990-01-01", "1999-12-31")]
    [InlineData("2021-03-12", "spring 2020", "2020-03-01", "2020-05-31")]
    [InlineData("2020", "January-November 2019", "2019-01-01", "2019-11-30")]
    public void A_resolved_date_covers_exactly_the_days_the_expression_allows(string publication, string expression, string start, string end)
    {
        var resolved = ResolveIn(publication, $"Something happened {expression}.", expression);

        Assert.NotNull(resolved);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), resolved.Date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), resolved.Date.End);
    }

    [Theory]
    [InlineData("The State Department spent USD 2019 million on the programme.")]
    [InlineData("Belarus exported 2015 tons of potash to the United States.")]
    [InlineData("Exports fell by 15 percent, to about 1 million dollars.")]
    public void Figures_that_look_like_years_or_days_are_not_dates(string sentence)
    {
        var found = DateExpressions.Resolve(sentence, new DateAnchor(null), 0);

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("2021-08-09", "One year ago today, the people of Belarus went to the polls.")]
    [InlineData("2019-11-05", "It reflects a Belarusian Soviet identity under the influence of today's Russia.")]
    [InlineData("2019-11", "Today the President signed an executive order.")]
    public void Today_after_ago_in_a_possessive_or_in_a_text_dated_only_to_the_month_is_no_day(string publication, string passage) =>
        Assert.DoesNotContain(ReadAll(publication, passage), d => d.Text.Contains("oday", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void A_year_less_date_without_a_publication_or_an_earlier_year_is_left_unresolved()
    {
        var found = DateExpressions.Resolve("The talks took place on June 10.", new DateAnchor(null), 0);

        Assert.Empty(found);
    }

    [Fact]
    public void The_very_next_day_without_a_day_before_it_is_left_unresolved()
    {
        var found = ReadAll("2019-11", "In March 2008 the embassy was reduced. The very next day, the ambassador left.");

        Assert.DoesNotContain(found, d => d.Text.Contains("next day", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_planned_date_does_not_lend_its_year_to_the_next_year_less_date()
    {
        var resolved = ResolveIn("2019?",
            "Minsk strongly objected the deployment of an American tank unit in Lithuania in preparation for a large exercise in spring 2020. "
            + "President Lukashenko held a meeting on October 28 with the minister of defense.",
            "October 28");

        Assert.NotNull(resolved);
        Assert.Equal("2019-10-28?", resolved.Date.Edtf);
    }

    [Fact]
    public void A_period_after_a_named_happening_does_not_count_from_an_unrelated_earlier_date()
    {
        var found = ReadAll("2019?",
            "Belarusian President Alyaksandr Lukashenka meets with David Hale in Minsk on September 17.\n"
            + "WASHINGTON -- While U.S. relations with Russia remain out in the cold five years after Moscow’s seizure of Ukraine’s Crimean Peninsula, ties with Belarus appear to be quickly thawing.");

        Assert.DoesNotContain(found, d => d.Text.StartsWith("five years after", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Reads a passage in order and returns the resolution of the first occurrence of an expression.</summary>
    private static ResolvedDate? ResolveIn(string? publication, string passage, string expression)
    {
        var anchor = new DateAnchor(Publication(publication));
        ResolvedDate? hit = null;
        var paragraphs = passage.Split('\n');
        for (var p = 0; p < paragraphs.Length; p++)
        {
            anchor.BeginParagraph();
            foreach (var sentence in Sentences.Split(paragraphs[p]))
            {
                var found = DateExpressions.Resolve(sentence.Text, anchor, p);
                var at = sentence.Text.IndexOf(expression, StringComparison.Ordinal);
                if (hit is null && at >= 0)
                {
                    hit = found.FirstOrDefault(d => d.Index < at + expression.Length && at < d.Index + d.Length);
                    Assert.True(hit is not null, $"“{expression}” was not resolved in “{sentence.Text}”; found: {string.Join(", ", found.Select(d => $"{d.Text}={d.Date.Edtf}"))}");
                }
            }
        }
        Assert.True(hit is not null || passage.Contains(expression, StringComparison.Ordinal), $"the passage does not contain “{expression}”");
        return hit;
    }

    private static List<ResolvedDate> ReadAll(string? publication, string passage)
    {
        var anchor = new DateAnchor(Publication(publication));
        var all = new List<ResolvedDate>();
        var paragraphs = passage.Split('\n');
        for (var p = 0; p < paragraphs.Length; p++)
        {
            anchor.BeginParagraph();
            foreach (var sentence in Sentences.Split(paragraphs[p]))
            {
                all.AddRange(DateExpressions.Resolve(sentence.Text, anchor, p));
            }
        }
        return all;
    }

    private static ArchiveDate? Publication(string? edtf)
    {
        if (edtf is null)
        {
            return null;
        }
        Assert.True(ArchiveDate.TryParseEdtf(edtf, DateSource.Text, out var date), $"bad publication EDTF {edtf}");
        return date;
    }
}
