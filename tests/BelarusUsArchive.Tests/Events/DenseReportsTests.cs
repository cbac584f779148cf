using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Events;

namespace BelarusUsArchive.Tests.Events;

/// <summary>
/// Shapes of the seventh round of issue 16: a reference sentence that tells several dated happenings (a list of clauses
/// with their own subjects, one verb with two dated complements), the happening a starting point names ("since 2008, when
/// …"), a month of the publication's year ("this October"), a denied act, and the subject of "the next day he" and of a
/// speaker's "we". Real texts of the development truth sets where they have the shape, else texts invented in it.
/// </summary>
public sealed class DenseReportsTests
{
    private static IReadOnlyList<ExtractedEvent> Events(string published, params string[] paragraphs) =>
        Events(published, [.. paragraphs.Select(p => new EventParagraph(p, true, []))]);

    private static IReadOnlyList<ExtractedEvent> Events(string published, IReadOnlyList<EventParagraph> paragraphs)
    {
        ArchiveDate.TryParseEdtf(published, DateSource.Text, out var date);
        return EventExtractor.Extract(paragraphs, date, id => $"person {id}");
    }

    private static string[] Dates(IReadOnlyList<ExtractedEvent> events) => [.. events.Select(e => e.Date.Edtf.TrimEnd('?', '~')).Order()];

    [Fact]
    public void This_month_without_a_year_is_of_the_publications_year_in_a_real_interview()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "tests", "BelarusUsArchive.Tests", "Truth", "heldout2", "g05-interview-latushko.txt"));
        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => p.Replace('\n', ' ').Trim()).ToArray();

        var events = Events("2021-11-02", paragraphs);

        Assert.Contains(events, e => e.Date.Edtf.TrimEnd('?') == "2021-10" && e.Quote.Contains("This October I met", StringComparison.Ordinal));
    }

    [Fact]
    public void This_month_after_the_publication_is_to_come_and_no_event()
    {
        Assert.Equal(["2019-10"], Dates(Events("2019-11-05", "This October, a trade delegation toured the Hi-Tech Park in Minsk.")));
        Assert.Empty(Events("2019-03-05", "This October, a trade delegation toured the Hi-Tech Park in Minsk."));
    }

    [Fact]
    public void A_list_of_clauses_each_with_its_subject_and_date_tells_each_happening()
    {
        var events = Events("2025-12-20",
            "The pattern was set early. An envoy of the State Department brought out three prisoners in February, Keith Kellogg came to Minsk in June, and John Coale secured 52 more releases in September.");

        Assert.Equal(["2025-02", "2025-06", "2025-09"], Dates(events));
    }

    [Fact]
    public void One_verb_with_two_dated_complements_tells_two_happenings_with_the_subject_of_both()
    {
        var text = "Christopher Smith met Foreign Minister Maxim Ryzhenkov on Tuesday and Alexander Lukashenko on Wednesday morning.";
        EventParagraph paragraph = new(text, true, [(0, 15, 1), (text.IndexOf("Maxim", StringComparison.Ordinal), 15, 2), (text.IndexOf("Alexander", StringComparison.Ordinal), 20, 3)]);

        var events = Events("2025-02-13", [paragraph]);

        Assert.Equal(["2025-02-11", "2025-02-12"], Dates(events));
        Assert.Equal([1, 3], events.Single(e => e.Date.Edtf.StartsWith("2025-02-12", StringComparison.Ordinal)).Participants);
    }

    [Fact]
    public void Again_repeats_the_whole_happening_at_its_second_date()
    {
        var text = "In December, Lukashenko met Putin in Sochi on December 7 and again in St Petersburg on December 20 without signing the road maps.";
        EventParagraph paragraph = new(text, true, [(text.IndexOf("Lukashenko", StringComparison.Ordinal), 10, 1), (text.IndexOf("Putin", StringComparison.Ordinal), 5, 2)]);

        var events = Events("2020-01-08", [paragraph]);

        Assert.Equal(["2019-12-07", "2019-12-20"], Dates(events));
        Assert.All(events, e => Assert.Equal([1, 2], e.Participants));
    }

    [Fact]
    public void A_range_between_two_dates_is_not_two_happenings() =>
        Assert.Single(Events("2016-01-10", "The embassy was closed for repairs between March 2014 and May 2015."));

    [Fact]
    public void The_starting_point_of_since_names_a_happening_of_its_own()
    {
        var events = Events("2019-11-05", "This September, the two capitals agreed to exchange ambassadors for the first time since 2008, when Belarus expelled the American ambassador.");
        var ruled = Events("2025-02-12", "Lukashenko, who has ruled Belarus since 1994, pardoned more than 250 prisoners last year.");

        Assert.Contains(events, e => e.Date.Edtf == "2008" && e.Kind == ExtractedKind.Expulsion);
        Assert.Equal(["1994", "2024"], Dates(ruled));
    }

    [Fact]
    public void A_denied_act_is_no_happening() =>
        Assert.Empty(Events("2025-12-20", "Arrests have not stopped in September, and the president has not distanced himself from Moscow."));

    [Fact]
    public void The_next_day_he_is_the_person_read_before()
    {
        var text = "On August 29, John Bolton met the president in Minsk. The next day he flew to Warsaw.";
        var events = Events("2019-11-05", [new EventParagraph(text, true, [(text.IndexOf("John", StringComparison.Ordinal), 11, 7)])]);

        Assert.Contains(events, e => e.Date.Edtf.TrimEnd('?') == "2019-08-30" && e.Participants.SequenceEqual([7]));
    }

    [Fact]
    public void A_speakers_label_is_no_participant_of_what_others_did()
    {
        var text = "SECRETARY BLINKEN: Poland gave the sprinter a humanitarian visa on August 2.";

        Assert.Empty(Assert.Single(Events("2021-08-09", [new EventParagraph(text, true, [(10, 7, 4)])])).Participants);
    }

    [Fact]
    public void A_speakers_we_is_the_speaker_of_the_label()
    {
        var text = "SECRETARY BLINKEN: In February we met members of Congress.";

        var events = Events("2021-08-09", [new EventParagraph(text, true, [(10, 7, 4)])]);

        Assert.Equal([4], Assert.Single(events).Participants);
    }
}
