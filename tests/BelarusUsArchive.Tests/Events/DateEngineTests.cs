using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Tests.Events;

/// <summary>
/// Issue 16, item 4: one date engine. A date written the same way gives the same answer to the article dater
/// (<see cref="DateMentions"/>), to the event extractor's resolver (<see cref="DateExpressions.Resolve"/>) and to
/// the editor's date fields (<see cref="DateExpressions.TryRead"/>).
/// </summary>
public class DateEngineTests
{
    public static TheoryData<string, string> Written => new()
    {
        { "7 April 2016", "2016-04-07" },
        { "April 7, 2016", "2016-04-07" },
        { "Sept. 17, 2019", "2019-09-17" },
        { "17th of September 2019", "2019-09-17" },
        { "7 APRIL 2016", "2016-04-07" },
        { "2016-04-07", "2016-04-07" },
        { "07.04.2016", "2016-04-07" },
        { "27-11-2022", "2022-11-27" },
        { "March 2008", "2008-03" },
        { "January-November 2019", "2019-01/2019-11" },
        { "21-22 May 2015", "2015-05-21/2015-05-22" },
        { "spring 2020", "2020-21" },
        { "2019–2020", "2019/2020" },
        { "2006", "2006" },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void A_written_date_means_the_same_to_articles_events_and_editors(string written, string edtf)
    {
        var sentence = $"The delegation left Minsk on {written} after the talks.";

        Assert.True(DateExpressions.TryRead(written, DateSource.Editor, out var typed));
        var resolved = Assert.Single(DateExpressions.Resolve(sentence, new DateAnchor(ArchiveDate.Day(2023, 1, 15, DateCertainty.Stated, DateSource.Text)), 0));
        var mention = Assert.Single(DateMentions.Find(sentence));

        Assert.Equal(edtf, typed!.Edtf);
        Assert.Equal(DateSource.Editor, typed.Source);
        Assert.Equal(edtf, resolved.Date.Edtf);
        Assert.Equal(written, resolved.Text);
        // The article dater keeps the same span's year, and its month and day where the expression has them.
        Assert.Equal((typed.Precision == DatePrecision.Year ? typed.End : typed.Start).Year, mention.Year);
        Assert.Equal(typed.Precision is DatePrecision.Day or DatePrecision.Month && !edtf.EndsWith("-21", StringComparison.Ordinal) ? typed.Start.Month : null, mention.Month);
        Assert.Equal(typed.Precision == DatePrecision.Day ? typed.Start.Day : null, mention.Day);
    }

    [Theory]
    [InlineData("last spring")]
    [InlineData("the ides of March")]
    [InlineData("in March")]
    [InlineData("next year")]
    [InlineData("7 April 2016 or later")]
    [InlineData("31 February 2019")]
    public void What_needs_an_anchor_or_is_not_only_a_date_is_not_an_editor_date(string typed) =>
        Assert.False(DateExpressions.TryRead(typed, DateSource.Editor, out _));

    [Fact]
    public void A_date_the_text_plans_is_marked_future_alike_for_articles_and_events()
    {
        const string sentence = "The embassy is expected to reopen in March 2024, officials said.";

        var resolved = Assert.Single(DateExpressions.Resolve(sentence, new DateAnchor(null), 0));
        var mention = Assert.Single(DateMentions.Find(sentence));

        Assert.True(resolved.Future);
        Assert.True(mention.FutureContext);
    }
}
