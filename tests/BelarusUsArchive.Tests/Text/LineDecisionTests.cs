using BelarusUsArchive.Benchmarks.Extraction;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Text.Parsing;
using BelarusUsArchive.Text.Parsing.Html;

namespace BelarusUsArchive.Tests.Text;

/// <summary>An editor's keep, drop and retype decisions on the lines of a real copied page (shared/extraction-dev).</summary>
public class LineDecisionTests(ITestOutputHelper output)
{

    private static LineDecision Decide(ParsedArticle parsed, Func<string, bool> which, LineAction action, BlockKind? kind = null, string? text = null)
    {
        var line = parsed.Lines.First(l => which(l.Text));
        return new LineDecision(line.Number, line.Hash, action, kind, text);
    }

    [Fact]
    public void Every_line_of_the_page_is_accounted_for_in_order_and_the_kept_ones_are_the_blocks()
    {
        var text = NewsPage.Read();
        var parsed = ArticleExtractor.Extract(text);
        foreach (var line in parsed.Lines)
        {
            output.WriteLine($"{line.Number,4} {(line.Kind?.ToString() ?? "- " + line.Reason),-60} {line.Text[..Math.Min(60, line.Text.Length)]}");
        }

        var source = text.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(source.Count(l => l.Trim().Length > 0), parsed.Lines.Count);
        Assert.Equal(parsed.Lines.Select(l => l.Number).Order(), parsed.Lines.Select(l => l.Number));
        Assert.Equal(parsed.Blocks.Count, parsed.Lines.Count(l => l.Kind is not null));
        Assert.Equal(parsed.Removed.Select(r => r.LineNumber), parsed.Lines.Where(l => l.Reason is not null).Select(l => l.Number));
        Assert.All(parsed.Lines, l => Assert.Equal(source[l.Number - 1].Trim(), l.Text));
    }

    [Fact]
    public void Dropped_title_menu_and_comment_lines_leave_the_article_and_the_parse_runs_again_on_what_is_left()
    {
        var text = NewsPage.Read();
        var parsed = ArticleExtractor.Extract(text);
        var title = parsed.Lines.Single(l => l.Reason == "the title");
        var comments = parsed.Lines.SkipWhile(l => !l.Text.StartsWith("20 thoughts on", StringComparison.Ordinal))
            .TakeWhile(l => l.Text != "Leave a Reply").ToList();
        var menu = parsed.Lines.TakeWhile(l => l.Number < title.Number).ToList();
        var decisions = comments.Concat(menu).Append(title).Select(l => new LineDecision(l.Number, l.Hash, LineAction.Drop)).ToList();

        var fixedUp = ArticleExtractor.Extract(text, decisions: decisions);

        Assert.True(comments.Count > 50 && menu.Count > 5, $"{comments.Count} comment lines, {menu.Count} menu lines");
        Assert.NotEqual(parsed.Title, fixedUp.Title);
        Assert.All(decisions, d => Assert.Equal(LineDecisions.DroppedByEditor, fixedUp.Lines.Single(l => l.Number == d.Line).Reason));
        Assert.DoesNotContain(fixedUp.Blocks, b => comments.Any(c => c.Text == b.Text) || menu.Any(m => m.Text == b.Text));
        Assert.Contains(fixedUp.Blocks, b => b.Text.StartsWith("On Thursday, California’s 4th District Court of Appeal", StringComparison.Ordinal));
        Assert.Equal(parsed.Lines.Count, fixedUp.Lines.Count);
    }

    [Fact]
    public void A_kept_line_is_forced_into_the_article_and_a_retyped_one_takes_its_new_text_and_kind()
    {
        var text = NewsPage.Read();
        var parsed = ArticleExtractor.Extract(text);
        var dropped = parsed.Lines.First(l => l.Reason is not null && l.Text.StartsWith("‘It is impossible", StringComparison.Ordinal) is false && l.Text.Length > 20);
        var kept = parsed.Lines.First(l => l.Kind == BlockKind.Paragraph);

        var fixedUp = ArticleExtractor.Extract(text, decisions:
        [
            new LineDecision(dropped.Number, dropped.Hash, LineAction.Keep, BlockKind.Caption),
            new LineDecision(kept.Number, kept.Hash, LineAction.Keep, BlockKind.Heading, "A heading  the editor\ntyped"),
        ]);

        var forced = fixedUp.Lines.Single(l => l.Number == dropped.Number);
        Assert.Equal((BlockKind?)BlockKind.Caption, forced.Kind);
        Assert.True(forced.Decided);
        Assert.Contains(fixedUp.Blocks, b => b.Kind == BlockKind.Caption && b.Text == dropped.Text);
        Assert.Contains(fixedUp.Blocks, b => b.Kind == BlockKind.Heading && b.Text == "A heading the editor typed");
        Assert.DoesNotContain(fixedUp.Blocks, b => b.Text == kept.Text);
        Assert.Equal(kept.Text, fixedUp.Lines.Single(l => l.Number == kept.Number).Text);
        Assert.DoesNotContain(fixedUp.Removed, r => r.LineNumber == dropped.Number);
    }

    [Fact]
    public void Decisions_that_do_not_fit_the_text_are_refused_with_the_reason()
    {
        var text = NewsPage.Read();
        var parsed = ArticleExtractor.Extract(text);
        var line = parsed.Lines[5];

        Assert.Contains("not a line of this text", Refusal(text, new LineDecision(100_000, line.Hash, LineAction.Drop)), StringComparison.Ordinal);
        Assert.Contains("not a line of this text", Refusal(text, new LineDecision(0, line.Hash, LineAction.Drop)), StringComparison.Ordinal);
        Assert.Contains("another text of that line", Refusal(text, new LineDecision(line.Number, "000000000000", LineAction.Drop)), StringComparison.Ordinal);
        Assert.Contains("10,000", Refusal(text, new LineDecision(line.Number, line.Hash, LineAction.Keep, null, new string('x', 10_001))), StringComparison.Ordinal);
        Assert.Contains("two decisions", Refusal(text, new LineDecision(line.Number, line.Hash, LineAction.Drop), new LineDecision(line.Number, line.Hash, LineAction.Keep)), StringComparison.Ordinal);
    }

    [Fact]
    public void Decisions_on_an_HTML_page_apply_to_its_numbered_blocks()
    {
        const string html = """
            <!DOCTYPE html><html lang="en"><head><title>Talks resume | Example</title></head><body><nav>Home News</nav>
            <article><h1>Talks resume</h1><p>The first paragraph of the article says that talks between the two capitals resumed on Monday.</p>
            <p>Comment by a reader: this is nonsense and should not be in the article at all, says the reader.</p>
            <p>The third paragraph adds that the next round is planned for the spring, officials said in a statement.</p></article></body></html>
            """;
        var parsed = ArticleExtractor.Extract(html);
        var comment = Decide(parsed, t => t.StartsWith("Comment by", StringComparison.Ordinal), LineAction.Drop);

        var fixedUp = ArticleExtractor.Extract(html, decisions: [comment]);

        Assert.Equal(parsed.Blocks.Count - 1, fixedUp.Blocks.Count);
        Assert.DoesNotContain(fixedUp.Blocks, b => b.Text.StartsWith("Comment by", StringComparison.Ordinal));
        Assert.Contains(fixedUp.Removed, r => r.LineNumber == comment.Line && r.Reason == LineDecisions.DroppedByEditor);
    }

    private static string Refusal(string text, params LineDecision[] decisions) =>
        Assert.Throws<ExtractionRefusedException>(() => ArticleExtractor.Extract(text, decisions: decisions)).Message;
}
