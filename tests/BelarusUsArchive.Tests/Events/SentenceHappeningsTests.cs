using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Events;

namespace BelarusUsArchive.Tests.Events;

/// <summary>
/// Shapes of the sixth round of issue 16: background told in the past perfect with its own date, irregular pasts and
/// passives ("tore up", "was taken"), a sentence that tells two happenings with a verb or a relative clause of its own
/// date, a second clause after an aside, and a report inside a frame that only weighs it ("It is noteworthy that …").
/// Texts invented in the shapes of wire reports, reviews and reference entries, not copied from the truth sets.
/// </summary>
public sealed class SentenceHappeningsTests
{
    private static IReadOnlyList<ExtractedEvent> Events(string published, params string[] paragraphs)
    {
        ArchiveDate.TryParseEdtf(published, DateSource.Text, out var date);
        return EventExtractor.Extract([.. paragraphs.Select(p => new EventParagraph(p, true, []))], date, _ => "");
    }

    private static string[] Dates(IReadOnlyList<ExtractedEvent> events) => [.. events.Select(e => e.Date.Edtf.TrimEnd('?', '~')).Order()];

    [Fact]
    public void Background_in_the_past_perfect_with_its_own_date_is_a_happening()
    {
        var sentenced = Events("2023-03-01", "The editor had been sentenced to nine years in October 2022.");
        var passed = Events("2023-03-01", "The parliament had already passed the media law in May 2021.");

        Assert.Equal(["2022-10"], Dates(sentenced));
        Assert.Equal(["2021-05"], Dates(passed));
    }

    [Fact]
    public void A_past_perfect_of_state_or_one_without_a_date_is_no_happening()
    {
        Assert.Empty(Events("2023-03-01", "She had lived in Grodno since 2015."));
        Assert.Single(Events("2023-03-01", "On 3 March 2022 the court opened the case. The lawyer had hoped for an acquittal."));
    }

    [Fact]
    public void Irregular_pasts_and_passives_report_happenings()
    {
        var taken = Events("2021-01-10", "The activist was taken to the Lithuanian border on 12 October 2020.");
        var fled = Events("2021-01-10", "The former minister fled to Warsaw in November 2020.");

        Assert.Equal(["2020-10-12"], Dates(taken));
        Assert.Equal(["2020-11"], Dates(fled));
    }

    [Fact]
    public void A_second_verb_with_its_own_date_is_a_second_happening()
    {
        var events = Events("2021-01-10", "The activist had been detained in Brest on 4 October 2020 and had been expelled to Poland on 6 October.");

        Assert.Equal(["2020-10-04", "2020-10-06"], Dates(events));
        Assert.All(events, e => Assert.True(e.Clause > 0));
    }

    [Fact]
    public void A_relative_clause_with_its_own_date_at_the_end_of_a_sentence_is_a_happening()
    {
        var which = Events("2022-04-01", "The ministry raised its travel warning on 2 March 2022 because of the war, which began on 24 February.");
        var aside = Events("2022-04-01", "The court sentenced Ivanou, who ran for parliament in 2019, to five years on 2 March 2022.");

        Assert.Equal(["2022-02-24", "2022-03-02"], Dates(which));
        Assert.Single(aside);
    }

    [Fact]
    public void A_leading_time_phrase_dates_the_clause_it_opens()
    {
        var events = Events("2023-01-10",
            "After the referendum of February 2022, the European Union widened its sanctions, and the consulate in Grodno closed on 3 June 2022.");

        Assert.Contains(events, e => e.Date.Edtf.StartsWith("2022-02", StringComparison.Ordinal) && e.Title.Contains("widen", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(events, e => e.Date.Edtf.StartsWith("2022-06-03", StringComparison.Ordinal) && e.Title.Contains("closed", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_second_clause_after_an_aside_is_a_second_happening()
    {
        var events = Events("2016-01-10",
            "In September 2015 Minsk pardoned four prisoners, including a former candidate, and the European Union suspended most of its sanctions.");

        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Title.Contains("suspend", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_report_inside_a_weighing_frame_is_a_happening_of_the_reviewed_year()
    {
        var events = Events("2021-02-01",
            "The year 2020 began quietly. It is also noteworthy that the two customs services signed a protocol of cooperation.");

        Assert.Equal(["2020"], Dates(events));
    }

    [Fact]
    public void A_detention_or_a_tenure_told_with_since_began_at_that_date()
    {
        var held = Events("2022-06-01", "The journalist, who has been held in Vitebsk since 14 March 2021, met her lawyer on Monday.");
        var power = Events("2022-06-01", "The mayor has been in office since 2011.");

        Assert.Contains("2021-03-14", Dates(held));
        Assert.Equal(["2011"], Dates(power));
        Assert.Empty(Events("2022-06-01", "The family has lived in Vitebsk since 2011."));
    }

    [Fact]
    public void An_interview_carries_the_year_of_its_narration_through_relative_dates()
    {
        var events = Events("2021-11-02",
            "On 17 August 2019 I resigned from the ministry. The next morning the police searched my flat. Q: And then? In September I crossed into Lithuania.");

        Assert.Contains("2019-09", Dates(events));
        Assert.DoesNotContain("2021-09", Dates(events));
    }

    [Fact]
    public void A_jump_of_a_year_does_not_carry_the_narration_year()
    {
        var events = Events("2019-10-20",
            "In September 2015 the two countries agreed to exchange attaches. A year later they exchanged them. The envoy signaled on September 17 that sanctions could be eased.");

        Assert.Contains("2019-09-17", Dates(events));
    }
}
