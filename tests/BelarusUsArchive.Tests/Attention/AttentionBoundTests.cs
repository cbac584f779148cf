using System.Net;
using BelarusUsArchive.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static BelarusUsArchive.Tests.Events.EventsHttp;

namespace BelarusUsArchive.Tests.Attention;

/// <summary>
/// A search's chart over time costs in proportion to what it matches, so a search matching more paragraphs, titles and
/// commentary than Archive:Search:AttentionMostMatches gets a 400 that says why and what to chart instead; one within it
/// gets its chart. People are not bounded (their counts are kept).
/// </summary>
public class AttentionBoundTests
{
    [Fact]
    public async Task A_search_matching_more_than_the_limit_is_a_400_that_says_why_and_a_narrower_one_is_charted()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        app.Settings["Archive:Search:AttentionMostMatches"] = "3";
        var client = await app.StartAsync();
        // A word of many seed paragraphs, and a phrase of one paragraph (its first five words, quoted).
        var (common, paragraph) = app.InScope(db => (
            db.Paragraphs.Count(p => EF.Functions.Like(p.Text, "%sanctions%")),
            db.Paragraphs.Where(p => p.Text.Length > 200).OrderBy(p => p.Id).Select(p => p.Text).First()));
        Assert.True(common > 3, $"the seeds have {common} paragraphs with 'sanctions'");
        var phrase = "\"" + string.Join(' ', paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5).Select(w => new string([.. w.Where(char.IsLetterOrDigit)]))) + "\"";

        var refused = await Html(client, "/attention?q=sanctions", HttpStatusCode.BadRequest);
        Assert.Contains("matches more than 3 paragraphs, too many to chart", refused.Body!.TextContent, StringComparison.Ordinal);

        var charted = await Html(client, "/attention?q=" + Uri.EscapeDataString(phrase));
        Assert.DoesNotContain("too many to chart", charted.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(charted.QuerySelector("table"));
        var person = await Html(client, "/attention?person=alyaksandr-lukashenka");
        Assert.NotNull(person.QuerySelector("table"));
    }
}
