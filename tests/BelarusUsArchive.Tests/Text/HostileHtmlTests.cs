using System.Text;
using BelarusUsArchive.Text.Parsing;
using BelarusUsArchive.Text.Parsing.Html;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// Markup built to hurt a parser: each is extracted or refused with a reason, and none may end the process (a stack
/// overflow cannot be caught, so these tests fail by crashing the test host). Their speed is measured in the benchmark.
/// </summary>
public sealed class HostileHtmlTests
{
    private static string Nested(string open, int depth, string inner = LongText) =>
        "<html><body>" + string.Concat(Enumerable.Repeat(open, depth)) + inner + "</body></html>";

    // Extracted, or refused with a reason (too large, or over its time budget); never anything else.
    private static ParsedArticle? ExtractOrRefuse(string html)
    {
        try
        {
            return ArticleExtractor.Extract(html);
        }
        catch (Exception e) when (e is ExtractionRefusedException or ExtractionTimeoutException)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            return null;
        }
    }

    private const string LongText = "The text inside is a paragraph of several sentences. It says what an article says, at length, "
        + "with commas, clauses and full stops. It goes on long enough to count as the main text of a page. It ends here.";

    [Theory]
    [InlineData("<pre>", 3_000)]
    [InlineData("<div>", 100_000)]
    [InlineData("<b>", 100_000)]
    [InlineData("<div/>", 100_000)]
    [InlineData("<table><tr><td>", 30_000)]
    [InlineData("<svg><g>", 50_000)]
    [InlineData("<select><option>", 30_000)]
    public void Deeply_nested_markup_keeps_its_text_without_overflowing(string open, int depth)
    {
        var a = ExtractOrRefuse(Nested(open, depth));

        // Text in SVG or a <select> is no article text; elsewhere, extracted means the text was kept.
        if (a is not null && !open.Contains("svg", StringComparison.Ordinal) && !open.Contains("select", StringComparison.Ordinal))
        {
            Assert.Contains("It ends here.", string.Join(" ", a.Blocks.Select(b => b.Text)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_8_MB_page_on_one_line_is_extracted()
    {
        var words = new StringBuilder("<html><body><p>");
        while (words.Length < SourceDecoder.MaxBytes - 100)
        {
            words.Append("word, another word. ");
        }
        var a = ExtractOrRefuse(words.Append("</p></body></html>").ToString());

        Assert.True(a is null || a.Blocks.Count > 0);
    }

    [Fact]
    public void A_page_with_more_elements_than_any_article_is_refused_with_a_reason()
    {
        var e = Assert.Throws<ExtractionRefusedException>(() =>
            ArticleExtractor.Extract("<html><body>" + string.Concat(Enumerable.Repeat("<span>a</span>", 300_000)) + "</body></html>"));

        Assert.Contains("elements", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":\"")]
    [InlineData("<script type=\"application/ld+json\">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
    [InlineData("<meta name=\"citation_author\" content=\"")]
    [InlineData("<title>")]
    [InlineData("<!--")]
    [InlineData("<a href=\"")]
    public void Unterminated_markup_at_the_start_is_read_or_refused_but_never_throws_anything_else(string start)
    {
        var html = "<html><head>" + start + new string('x', 200_000) + "</head><body><p>Body text of the page, long enough.</p></body></html>";

        _ = ExtractOrRefuse(html);
    }

    [Fact]
    public void Html_declaring_windows_1251_decodes_to_cyrillic()
    {
        const string Text = "Беларусь і ЗША: новыя перамовы";
        var page = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><title>{Text}</title></head><body><p>{Text}</p></body></html>";
        // The test encodes the page itself: run alone, nothing has registered the code pages yet.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1251).GetBytes(page);

        var decoded = SourceDecoder.Decode(bytes);

        Assert.True(decoded.Ok, decoded.Failure);
        Assert.Contains(Text, decoded.Text, StringComparison.Ordinal);
        Assert.Equal("windows-1251", decoded.Encoding);
    }

    [Fact]
    public void Html_declaring_latin1_decodes_as_windows_1252_and_a_stray_nul_does_not_make_it_binary()
    {
        var bytes = Encoding.Latin1.GetBytes("<!doctype html><html><head><meta charset=\"ISO-8859-1\"></head><body><p>Caf\u00e9 # </p>\0</body></html>");
        bytes[bytes.AsSpan().IndexOf((byte)'#')] = 0x96; // the en dash in windows-1252

        var decoded = SourceDecoder.Decode(bytes);

        Assert.True(decoded.Ok, decoded.Failure);
        Assert.Contains("Café –", decoded.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\0", decoded.Text, StringComparison.Ordinal);
    }
}
