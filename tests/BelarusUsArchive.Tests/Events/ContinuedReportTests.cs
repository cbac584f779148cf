using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Events;

namespace BelarusUsArchive.Tests.Events;

/// <summary>
/// Shapes of the third round of issue 16: an undated sentence that goes on with a dated report, entries of a
/// chronology told in the historical present, dates counted back from the publication ("six months ago", "last
/// month"), and a second clause joined by "and" with an irregular past verb. Texts invented in the shapes of wire
/// reports, briefs and backgrounders, not copied from the truth sets.
/// </summary>
public sealed class ContinuedReportTests
{
    private static IReadOnlyList<ExtractedEvent> Events(string published, params string[] paragraphs)
    {
        ArchiveDate.TryParseEdtf(published, DateSource.Text, out var date);
        return EventExtractor.Extract([.. paragraphs.Select(p => new EventParagraph(p, true, []))], date, _ => "");
    }

    private static string[] Dates(IReadOnlyList<ExtractedEvent> events) => [.. events.Select(e => e.Date.Edtf.TrimEnd('?', '~')).Order()];

    [Fact]
    public void An_undated_sentence_that_goes_on_with_a_report_takes_its_date()
    {
        var events = Events("2022-05-01",
            "On 14 March 2022 border guards stopped a bus of volunteers near Brest. Officers detained the driver for questioning.");

        Assert.Equal(["2022-03-14", "2022-03-14"], Dates(events));
        Assert.Contains(events, e => e.Quote.StartsWith("Officers detained", StringComparison.Ordinal));
    }

    [Fact]
    public void What_is_said_about_a_report_and_what_elaborates_it_are_not_new_happenings()
    {
        var said = Events("2022-05-01", "On 14 March 2022 border guards stopped a bus near Brest. Lithuania condemned the move.");
        var elaborated = Events("2022-05-01", "On 14 March 2022 the court sentenced the editor to nine years. Two other journalists received six years in the same trial.");

        Assert.Single(said);
        Assert.Single(elaborated);
    }

    [Fact]
    public void An_undated_sentence_in_the_next_paragraph_or_after_a_year_is_not_dated_by_it()
    {
        var nextParagraph = Events("2022-05-01", "On 14 March 2022 border guards stopped a bus near Brest.", "Officers detained the driver for questioning.");
        var afterYear = Events("2022-05-01", "In 2013 the Kremlin raised gas prices. Minsk paid the difference in installments.");

        Assert.Single(nextParagraph);
        Assert.Single(afterYear);
    }

    [Fact]
    public void Entries_of_a_chronology_in_the_present_tense_are_happenings_of_their_dates()
    {
        var events = Events("2023-01-10",
            "Key dates since independence.",
            "May 1995 — Voters back Russian as a state language in a referendum.",
            "November 1996 — A second referendum extends the president's term. Parliament is dissolved.",
            "2010 — Riot police disperse a protest in Minsk on election night.");

        Assert.Equal(["1995-05", "1996-11", "1996-11", "2010"], Dates(events));
        Assert.DoesNotContain(events, e => e.Title.StartsWith('—'));
    }

    [Fact]
    public void A_paragraph_that_merely_opens_with_a_year_is_not_a_chronology()
    {
        Assert.Empty(Events("2023-01-10", "2010 was a hard year for the opposition, which remains divided."));
    }

    [Fact]
    public void Months_ago_and_last_month_are_counted_back_from_the_publication()
    {
        var ago = Events("2020-08-20", "Only six months ago, the secretary of state visited Minsk and promised oil.");
        var lastMonth = Events("2023-05-17", "The senator introduced a resolution last month calling for the release of prisoners.");

        Assert.Equal(["2020-02"], Dates(ago));
        Assert.Equal(["2023-04"], Dates(lastMonth));
    }

    [Fact]
    public void A_second_clause_with_an_irregular_past_verb_is_a_second_happening()
    {
        var events = Events("2008-12-01",
            "In March 2008 Belarusian Ambassador Mikhail Khvostov was recalled from Washington for consultations, and US Ambassador Karen Stewart left Minsk at the request of the Belarusian side.");

        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void In_a_review_of_a_year_a_present_perfect_report_is_a_happening_of_that_year_and_an_argument_is_not()
    {
        var events = Events("2022-01-05",
            "The year 2021 began quietly for Minsk and Washington.",
            "The Treasury has extended the waiver for the refinery by six months. It has become clear that the thaw is fragile.");

        Assert.Equal(["2021"], Dates(events));
    }

    [Fact]
    public void A_no_break_space_inside_an_abbreviation_does_not_end_the_sentence()
    {
        var sentences = Sentences.Split("In May 2019 the U.\u00a0S. Drug Enforcement Agency signed a memorandum. Talks went on.");

        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void Two_reports_that_name_nobody_and_share_only_their_subjects_words_are_two_happenings()
    {
        var year = ArchiveDate.Year(2019, DateCertainty.Inferred, DateSource.Inference);
        Assert.False(EventExtractor.SameHappening(ExtractedKind.Sanctions, year, [], null, ExtractedKind.Sanctions, year, [], null,
            "The American president extended personal sanctions against a group of former and sitting Belarusian officials once again.",
            "The White House has extended the moratorium on sanctions against nine Belarusian enterprises to a year and a half."));
        Assert.True(EventExtractor.SameHappening(ExtractedKind.Sanctions, year, [], null, ExtractedKind.Sanctions, year, [], null,
            "The Treasury extended the moratorium on sanctions against nine Belarusian enterprises.",
            "The moratorium on sanctions against nine Belarusian enterprises was extended by the Treasury."));
    }
}
