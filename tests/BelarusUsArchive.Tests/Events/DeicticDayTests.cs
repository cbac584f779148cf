using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Events;

namespace BelarusUsArchive.Tests.Events;

/// <summary>
/// Issue 16: happenings dated from the publication's own day — "today", "earlier today", "last week", "on Friday last
/// week" in transcripts, press releases and newsletters (third held-out k07 and k08, second held-out g04) — and a
/// newsletter's sentence presenting its digest ("Here is what happened this week"), which is no happening.
/// </summary>
public sealed class DeicticDayTests
{
    private static IReadOnlyList<ExtractedEvent> Events(string published, params string[] paragraphs)
    {
        ArchiveDate.TryParseEdtf(published, DateSource.Text, out var date);
        return EventExtractor.Extract([.. paragraphs.Select(p => new EventParagraph(p, true, []))], date, _ => "");
    }

    [Fact]
    public void Today_and_last_week_in_a_transcript_date_its_happenings()
    {
        var events = Events("2021-08-09",
            "Earlier today I met Sviatlana Tsikhanouskaya here in Vilnius. We discussed the more than 600 political prisoners in Belarus.",
            "Today the President signed an executive order that allows new sanctions on the Lukashenka regime.",
            "QUESTION: Mr. Secretary, the sprinter Krystsina Tsimanouskaya refused to board a flight home in Tokyo last week. Did the United States offer her a visa?");

        Assert.Contains(events, e => e.Quote.Contains("I met Sviatlana", StringComparison.Ordinal) && e.Date.Edtf == "2021-08-09?");
        Assert.Contains(events, e => e.Quote.Contains("President signed", StringComparison.Ordinal) && e.Date.Edtf == "2021-08-09?");
        Assert.Contains(events, e => e.Quote.Contains("refused to board", StringComparison.Ordinal) && e.Date.Edtf == "2021-08-02?/2021-08-08?");
    }

    [Fact]
    public void A_weekday_of_last_week_is_that_day_of_the_week_before()
    {
        var events = Events("2023-09-15", "Lukashenka met Vladimir Putin in Sochi on Friday last week and asked for more Russian loans.");

        Assert.Equal("2023-09-08?", Assert.Single(events).Date.Edtf);
    }

    [Fact]
    public void A_sentence_presenting_the_digest_is_no_happening() =>
        Assert.Empty(Events("2023-09-15", "Good morning. Here is what happened this week."));

    [Fact]
    public void A_truce_that_held_is_a_state_but_a_man_held_for_days_is_detained()
    {
        Assert.Empty(Events("2015-02-16", "On 13 February the ceasefire held, more or less, for a day."));
        Assert.Single(Events("2015-02-16", "The activist was held for two days on Friday."));
    }
}
