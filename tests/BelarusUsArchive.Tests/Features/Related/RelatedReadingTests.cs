using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Model;

namespace BelarusUsArchive.Tests.Features.Related;

public class RelatedReadingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Piece(string title, string date, params string[] paragraphs) =>
        $"{title}\n{date}\n" + string.Join("\n", paragraphs) + "\n";

    private const string Filler = "The talks covered trade, visas and the return of diplomats, and both sides described them as useful but limited in scope.";

    /// <summary>Four dated pieces over the people authority: anchor and close share two people, far one, none nobody.</summary>
    private static void WritePieces(TestFolder folder)
    {
        folder.Write("people.json", File.ReadAllText(Path.Combine(Repo.Seeds, "people.json")));
        folder.Write("anchor.txt", Piece("Talks in Minsk", "10 March 2018, 12:00",
            $"Deputy foreign minister Oleg Kravchenko met American diplomats in Minsk. {Filler}",
            $"Oleg Kravchenko said the dialogue would go on. Oleg Kravchenko added that sanctions remained the main obstacle. {Filler}",
            $"Foreign minister Vladimir Makei later confirmed the plan. {Filler}"));
        folder.Write("close.txt", Piece("Kravchenko Returns to Washington", "1 February 2018, 09:30",
            $"Oleg Kravchenko arrived in Washington for a second round. {Filler}",
            $"Oleg Kravchenko and Vladimir Makei had prepared the visit together. {Filler}"));
        folder.Write("far.txt", Piece("Makei on Trade", "5 May 2018, 15:00",
            $"Vladimir Makei spoke about potash and oil in a long interview. {Filler}",
            $"He did not say when a new agreement might be signed. {Filler}"));
        folder.Write("none.txt", Piece("Weather in Brest", "20 June 2018, 08:00",
            $"A cold spring delayed the harvest in the west of the country. {Filler}",
            $"Farmers hoped for a warmer summer and better prices. {Filler}"));
    }

    private static async Task<IHtmlDocument> Page(HttpClient client, string slug) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync($"/articles/{slug}", Ct));

    [Fact]
    public async Task Articles_sharing_people_are_ranked_by_shared_weight_with_earlier_and_later_by_date()
    {
        using var folder = new TestFolder(withSeeds: false);
        WritePieces(folder);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var page = await Page(client, "talks-in-minsk");

        var related = page.QuerySelectorAll("section.related ol.related-articles > li").ToList();
        Assert.Equal(["Kravchenko Returns to Washington", "Makei on Trade"], related.Select(li => li.QuerySelector("a")!.TextContent));
        Assert.Equal("Also names Oleg Kravchenko, Vladimir Makei", related[0].QuerySelector(".shared-people")!.TextContent);
        Assert.Equal("/articles/kravchenko-returns-to-washington", page.QuerySelector("section.related a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/articles/makei-on-trade", page.QuerySelector("section.related a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_shared_event_relates_articles_that_share_no_one_and_a_rejected_one_does_not()
    {
        using var folder = new TestFolder(withSeeds: false);
        WritePieces(folder);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        app.InScope(db =>
        {
            var anchor = db.Articles.Single(a => a.Slug == "talks-in-minsk").Id;
            var none = db.Articles.Single(a => a.Slug == "weather-in-brest").Id;
            foreach (var (slug, status) in new[] { ("spring-floods-2018", EventStatus.Confirmed), ("rejected-rumour", EventStatus.Rejected) })
            {
                db.Events.Add(new Event
                {
                    Slug = slug,
                    Title = slug == "rejected-rumour" ? "A rumour" : "Spring floods in Brest",
                    Status = status,
                    Sources = [new EventSource { ArticleId = anchor, ParagraphNumber = 1, Quote = "…" }, new EventSource { ArticleId = none, ParagraphNumber = 1, Quote = "…" }],
                });
            }
            return db.SaveChanges();
        });

        var page = await Page(client, "talks-in-minsk");

        var brest = page.QuerySelectorAll("section.related ol.related-articles > li").Single(li => li.QuerySelector("a")!.TextContent == "Weather in Brest");
        Assert.Equal("Reports Spring floods in Brest", brest.QuerySelector(".shared-events")!.TextContent);
        Assert.Null(brest.QuerySelector(".shared-people"));
    }

    [Fact]
    public async Task Every_seed_article_page_offers_related_reading_and_a_date_neighbour()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var slugs = app.InScope(db => db.Articles.Select(a => a.Slug).ToList());

        foreach (var slug in slugs)
        {
            var page = await Page(client, slug);
            Assert.NotEmpty(page.QuerySelectorAll("section.related ol.related-articles > li"));
            Assert.True(page.QuerySelector("section.related a[rel=prev], section.related a[rel=next]") is not null, slug);
            Assert.DoesNotContain($"/articles/{slug}", page.QuerySelectorAll("section.related a").Select(a => a.GetAttribute("href")));
        }
    }
}
