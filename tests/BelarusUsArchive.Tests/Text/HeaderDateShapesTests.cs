using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// Header lines that state the publication date among label words (outlet, section, desk, place, programme), and an
/// edit stamp of a text that speaks of its own time: shapes of wire reports, statements, broadcasts and analyses.
/// </summary>
public sealed class HeaderDateShapesTests
{
    private static string Page(string header, string body = "The talks in Minsk ended without an agreement, officials said.") => $"""
        Belarus and the United States resume talks

        {header}

        {body}

        Relations had been frozen since the expulsions of 2008, when most American diplomats left Minsk.
        """;

    [Theory]
    [InlineData("Analysis / 22 November 2016", "2016-11-22")]
    [InlineData("MINSK, March 14, 2023", "2023-03-14")]
    [InlineData("Press Statement | Office of the Spokesperson | March 26, 2021", "2021-03-26")]
    [InlineData("RADIO EUROPE WEEKLY, broadcast of 30 July 2006", "2006-07-30")]
    [InlineData("Q&A — Vilnius, 12 October 2020", "2020-10-12")]
    public void A_date_among_label_words_is_the_stated_publication_date(string header, string edtf)
    {
        var a = ArticleParser.Parse(Page(header));

        Assert.Equal(edtf, a.Published?.Edtf);
        Assert.Equal(DateCertainty.Stated, a.Published!.Certainty);
        Assert.DoesNotContain(a.Blocks, b => b.Text == header);
    }

    [Fact]
    public void A_sentence_with_a_date_under_the_title_is_not_a_date_line()
    {
        const string Header = "Talks resume in Minsk on 5 May 2020 after a long pause";

        var a = ArticleParser.Parse(Page(Header));

        Assert.NotEqual("2020-05-05", a.Published?.Edtf);
        Assert.Equal(Header, a.Subtitle);
    }

    [Fact]
    public void An_edit_stamp_dates_a_text_that_speaks_of_its_own_time_better_than_the_latest_year_it_names()
    {
        var a = ArticleParser.Parse(Page("Updated 22 June 2025, 18:40 | Eastern Europe desk",
            "The blogger was released from prison on Saturday. He had been sentenced to 18 years in December 2021."));

        Assert.Equal("2025-06-22?", a.Published?.Edtf);
    }

    [Fact]
    public void Without_words_of_its_own_time_the_text_is_dated_by_what_it_reports()
    {
        var a = ArticleParser.Parse(Page("Updated 22 June 2025, 18:40 | Eastern Europe desk",
            "The blogger was released from prison in 2021 after a trial in Homel."));

        Assert.Equal("2021?", a.Published?.Edtf);
    }
}
