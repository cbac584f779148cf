using AngleSharp.Html.Parser;
using BelarusUsArchive.Web.Features.Articles;
using BelarusUsArchive.Web.Model;
using BelarusUsArchive.Web.Rendering;

namespace BelarusUsArchive.Tests.Rendering;

public class PassagesTests
{
    private const string Text = "Secretary Mike Pompeo met Alexander Lukashenko in Minsk and Pompeo spoke of oil.";

    private static ParagraphView Paragraph() => new(4, ParagraphKind.Paragraph, Text, [new NoteRef(Text.Length, "1")],
    [
        new MentionLink(Text.IndexOf("Mike Pompeo", StringComparison.Ordinal), "Mike Pompeo".Length, "mike-pompeo", "Mike Pompeo"),
        new MentionLink(Text.IndexOf("Alexander", StringComparison.Ordinal), "Alexander Lukashenko".Length, "alexander-lukashenko", "Alexander Lukashenko"),
    ]);

    private static (int, int, int) Quote(int id, string words, int from = 0)
    {
        var at = Text.IndexOf(words, from, StringComparison.Ordinal);
        return (id, at, at + words.Length);
    }

    [Fact]
    public void Overlapping_quotes_become_one_highlight_that_names_every_note_and_apart_ones_stay_apart()
    {
        var passages = Passages.Plan(Paragraph(), [Quote(7, "Pompeo met Alexander"), Quote(9, "met Alexander Lukashenko in"), Quote(3, "spoke of oil")]);

        Assert.Equal(2, passages.Count);
        Assert.Equal([7, 9], passages[0].NoteIds);
        Assert.Equal("passage-7", passages[0].Anchor);
        Assert.Equal([3], passages[1].NoteIds);
        Assert.Equal("spoke of oil", Text[passages[1].Start..passages[1].End]);
    }

    [Fact]
    public void A_quote_that_cuts_through_a_name_is_widened_to_the_whole_name_so_the_markup_nests()
    {
        var paragraph = Paragraph();
        var passages = Passages.Plan(paragraph, [Quote(5, "Pompeo met Alexander")]);

        Assert.Equal("Mike Pompeo met Alexander Lukashenko", Text[passages[0].Start..passages[0].End]);
        var html = ParagraphHtml.Render(paragraph, new HashSet<string> { "1" }, passages).ToString()!;
        var body = new HtmlParser().ParseDocument("<p>" + html + "</p>").Body!;
        var mark = body.QuerySelector("mark#passage-5")!;
        Assert.Equal(["Mike Pompeo", "Alexander Lukashenko"], mark.QuerySelectorAll("a.mention").Select(a => a.TextContent));
        Assert.Equal("#c5", body.QuerySelector("mark + sup.anno a")!.GetAttribute("href"));
        // What the reader sees of the paragraph is still its own words, with the link to the note after the passage.
        Assert.Equal(Text.Insert(passages[0].End, "note") + "1", body.TextContent);
    }

    [Fact]
    public void Quotes_outside_the_paragraph_are_not_highlighted()
    {
        Assert.Empty(Passages.Plan(Paragraph(), [(1, -1, 4), (2, 10, Text.Length + 5), (3, 8, 8)]));
    }
}
