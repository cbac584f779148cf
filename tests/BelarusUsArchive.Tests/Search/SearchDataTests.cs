using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Text.Names;
using BelarusUsArchive.Web.Model;
using static BelarusUsArchive.Tests.Search.SearchHttp;

namespace BelarusUsArchive.Tests.Search;

/// <summary>Search over articles each test writes itself.</summary>
public class SearchDataTests
{
    private static string Article(string title, string body) => $"{title}\n\nBy Jane Doe\n\n{body}\n";

    [Fact]
    public async Task A_spelling_of_a_name_finds_an_article_that_only_uses_another_spelling()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("visit.txt", Article("A diplomat in Washington",
            "The deputy foreign minister Kravchenko met officials at the State Department in the spring."));
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        app.InScope(db =>
        {
            db.People.Add(new Person
            {
                Slug = "test-kravchenko",
                Name = "Oleg Kravchenko",
                Aliases = [.. new[] { "Kravchenko", "Krauchenka", "Кравченко", "Aleh Krauchenka" }
                    .Select(t => new PersonAlias { Text = t, Key = string.Join(' ', NameKey.FoldName(t)) })],
            });
            return db.SaveChanges();
        });

        var latin = await Json(client, Url("/api/search", "Krauchenka"));
        var cyrillic = await Json(client, Url("/api/search", "Кравченко"));
        var unlisted = await Json(client, Url("/api/search", "Krawczenko"));

        foreach (var results in new[] { latin, cyrillic, unlisted })
        {
            var item = Assert.Single(Items(results));
            Assert.Contains("<mark>Kravchenko</mark>", item.GetProperty("snippet").GetString()!, StringComparison.Ordinal);
        }
        Assert.Equal(0, (await Json(client, Url("/api/search", "\"Krauchenka\""))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_excluded_word_in_a_title_or_published_note_rules_its_article_out()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("potash.txt", Article("Potash and the embargo",
            "Sanctions on the state fertiliser producer were extended for another year."));
        folder.Write("tobacco.txt", Article("Tobacco smuggling across the border",
            "Sanctions were discussed again by the two delegations over the summer."));
        folder.Write("plain.txt", Article("A quiet year in Minsk",
            "Sanctions stayed where they were while the talks went on."));
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var results = await Json(client, Url("/api/search", "sanctions -potash -tobacco"));

        Assert.Equal(["a-quiet-year-in-minsk"], Items(results).Select(i => i.GetProperty("article").GetProperty("slug").GetString()));
        Assert.Equal(1, results.GetProperty("total").GetInt32());
        Assert.All(results.GetProperty("facets").GetProperty("years").EnumerateArray(), y => Assert.Equal(1, y.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Snippets_encode_the_text_and_carry_no_tag_but_mark()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("xss.txt", Article("Markup in a quoted page",
            "The page said <script>alert('embassy')</script> & <b onmouseover=\"x()\">bold</b> about the embassy \uE000 reopening \uE001\uE001."));
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var results = await Json(client, Url("/api/search", "embassy"));
        var page = await client.GetStringAsync(Url("/search", "embassy"), TestContext.Current.CancellationToken);

        var snippet = Assert.Single(Items(results)).GetProperty("snippet").GetString()!;
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        var fragment = new HtmlParser().ParseDocument("<body>" + snippet + "</body>").Body!;
        Assert.All(fragment.QuerySelectorAll("*"), e => Assert.Equal("MARK", e.TagName));
        Assert.Contains("<script>alert('embassy')</script>", fragment.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, fragment.QuerySelectorAll("mark").Length);
        var html = new HtmlParser().ParseDocument(page);
        Assert.Empty(html.QuerySelectorAll("main script, main b"));
        Assert.Equal(2, html.QuerySelectorAll(".snippet mark").Length);
    }

    [Fact]
    public async Task Paging_keeps_the_query_and_the_filters()
    {
        using var folder = new TestFolder(withSeeds: false);
        for (var i = 1; i <= 25; i++)
        {
            folder.Write($"potash-{i:D2}.txt", Article($"Potash report number {i}", $"Report {i} on potash exports from Belarus through Lithuania."));
        }
        folder.Write("other.txt", "Potash elsewhere\n\nBy John Roe\n\nPotash exports went through other ports.\n");
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var first = new HtmlParser().ParseDocument(await client.GetStringAsync("/search?q=potash&author=jane-doe", TestContext.Current.CancellationToken));
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = await Json(client, "/api/search?q=potash&author=jane-doe&page=2");

        Assert.Equal("25 articles for potash", first.QuerySelector(".results-head")!.TextContent.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal));
        Assert.Equal("/search?q=potash&author=jane-doe&page=2", next);
        Assert.Equal(20, first.QuerySelectorAll("ol.results > li").Length);
        Assert.Equal(5, Items(second).Count);
        Assert.Equal(25, second.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Published_commentary_is_searched_and_drafts_are_not()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("note.txt", Article("A quiet article", "Nothing of note happens in this text."));
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        app.InScope(db =>
        {
            var id = db.Articles.Single().Id;
            db.Commentary.AddRange(
                new Commentary { ArticleId = id, Markdown = "Compare the zeppelin episode.", Html = "", AuthorName = "Ed", Status = CommentaryStatus.Published },
                new Commentary { ArticleId = id, Markdown = "Draft about a submarine.", Html = "", AuthorName = "Ed", Status = CommentaryStatus.Draft });
            return db.SaveChanges();
        });

        Assert.Equal(1, (await Json(client, Url("/api/search", "zeppelin"))).GetProperty("total").GetInt32());
        Assert.Equal(0, (await Json(client, Url("/api/search", "submarine"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_passing_mention_in_the_body()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("a.txt", Article("Trade between the two capitals", "Among many other matters, the visit also touched on aviation."));
        folder.Write("b.txt", Article("Aviation talks between Minsk and Washington", "The delegations met for a day of talks."));
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var results = await Json(client, Url("/api/search", "aviation"));

        Assert.Equal(["Aviation talks between Minsk and Washington", "Trade between the two capitals"],
            Items(results).Select(i => i.GetProperty("article").GetProperty("title").GetString()!));
    }
}
