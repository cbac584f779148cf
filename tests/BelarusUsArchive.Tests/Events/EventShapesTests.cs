using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Events;

namespace BelarusUsArchive.Tests.Events;

/// <summary>
/// Shapes of telling a happening that the extractor missed or misdated before the second round of issue 16: a noun
/// with its date, two dated clauses in one sentence, a year-less month after a paragraph about another year, and an
/// undated report in a review of a year. Each passage is read the way an article is, paragraph by paragraph.
/// </summary>
public sealed class EventShapesTests
{
    private static IReadOnlyList<ExtractedEvent> Events(string published, params string[] paragraphs)
    {
        ArchiveDate.TryParseEdtf(published, DateSource.Text, out var date);
        return EventExtractor.Extract([.. paragraphs.Select(p => new EventParagraph(p, true, []))], date, _ => "");
    }

    private static string[] Dates(IReadOnlyList<ExtractedEvent> events) => [.. events.Select(e => e.Date.Edtf.TrimEnd('?', '~')).Order()];

    [Fact]
    public void A_happening_told_with_a_noun_and_its_date_is_an_event_though_the_sentence_has_no_past_verb()
    {
        var events = Events("2021-03-26",
            "The United States condemns the detention of more than 200 peaceful demonstrators across Belarus on March 25.");

        Assert.Equal(["2021-03-25"], Dates(events));
    }

    [Fact]
    public void Two_nouns_with_their_own_dates_are_two_events()
    {
        var events = Events("2021-03-26",
            "The arrest of the blogger Ihar Losik in June 2020 and the conviction of two journalists in February 2021 are part of a campaign against the press.");

        Assert.Equal(["2020-06", "2021-02"], Dates(events));
    }

    [Fact]
    public void A_planned_visit_is_not_a_happening()
    {
        Assert.Empty(Events("2021-03-26", "The planned visit of the envoy in March 2021 is part of the talks."));
    }

    [Fact]
    public void A_clause_with_its_own_date_takes_it_rather_than_the_sentences_first()
    {
        var events = Events("2015-02-16",
            "It was Lukashenko's quiet offer in the summer of 2014 that brought the contact group here, and its first agreement was signed here on 5 September 2014.");

        Assert.Contains("2014-09-05", Dates(events));
    }

    [Fact]
    public void A_year_less_month_does_not_take_a_year_that_would_send_the_narration_back()
    {
        var events = Events("2025-06-22",
            "He had been sentenced to 18 years in December 2021.",
            "In February, Belarus released an American and a Lithuanian citizen after a visit by a U.S. diplomat.");

        // The sentencing, told in the past perfect with its own date, is a happening of December 2021 (since round six).
        Assert.Equal(["2021-12", "2025-02"], Dates(events));
    }

    [Fact]
    public void A_year_less_month_after_an_earlier_one_of_the_same_year_keeps_that_year()
    {
        var events = Events("2019-12-01",
            "Russia seized Crimea in March 2014.",
            "By September, the prime minister headed an official delegation to New York.");

        Assert.Contains("2014-09", Dates(events));
    }

    [Fact]
    public void In_a_review_of_a_year_plain_undated_reports_and_year_less_days_are_of_that_year()
    {
        var events = Events("2020",
            "The year 2019 began supremely well for relations between Minsk and Washington.",
            "The White House extended the moratorium on sanctions against nine enterprises.",
            "However, Washington never explained what it wanted in return.",
            "President Lukashenko held a meeting on October 28 with his security chiefs.");

        Assert.Equal(["2019", "2019-10-28"], Dates(events));
    }
}
