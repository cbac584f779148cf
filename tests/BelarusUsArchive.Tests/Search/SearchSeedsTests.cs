using BelarusUsArchive.Tests.Support;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using static BelarusUsArchive.Tests.Search.SearchHttp;

namespace BelarusUsArchive.Tests.Search;

/// <summary>Search over the real seed articles: hostile input, query semantics against brute force, facets.</summary>
public class SearchSeedsTests(SearchSeedsFixture seeds) : StoreTest, IClassFixture<SearchSeedsFixture>
{
    public static TheoryData<string> Hostile => new(
        "multi-agent", "Lukashenka's", "U.S.", "\"unbalanced", "unbalanced\"", "\"\"\"", "AND OR", "OR", "NOT", "a AND",
        "-", "--", "-\"", "*", "**", "sanct**", "col:x", "title:Belarus", "ParagraphsFts:x", "NEAR(", "NEAR(sanctions potash, 5)",
        "foo)", "(((", "^start", "'; DROP TABLE Articles; --", "1 OR 1=1", "\" OR \"\"=\"", "%", "_", "\\", "{0}", "@p0",
        "<script>alert(1)</script>", "&amp;", string.Concat(Enumerable.Repeat("Belarus ", 1_250)), new string('x', 10_000),
        "\u0000\u0001\u0007\u001b[31m", "\t\r\n", "😀", "🇧🇾 Belarus 👍", "Лукашэнка", "Кравченко санкции", "Łukašenka",
        "\u0301", "a\u0301b", "\ufeff", "\u200b\u200d", "ｓａｎｃｔｉｏｎｓ", "الروسية", "日本語");

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Any_input_is_answered_without_error_by_the_page_and_the_api(string q)
    {
        var page = await seeds.Client.GetAsync(Url("/search", q), TestContext.Current.CancellationToken);
        var api = await seeds.Client.GetAsync(Url("/api/search", q), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("SQLite", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fts5", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("%ED%A0%80")]
    [InlineData("%FF%FE")]
    [InlineData("%C0%AF")]
    [InlineData("Minsk%00Washington")]
    public async Task Broken_utf8_and_nul_bytes_in_the_query_string_are_answered_without_error(string encoded)
    {
        foreach (var path in new[] { "/search", "/api/search" })
        {
            var response = await seeds.Client.GetAsync($"{path}?q={encoded}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Input_with_no_word_gets_a_friendly_page_and_an_empty_api_answer()
    {
        var html = new HtmlParser().ParseDocument(await seeds.Client.GetStringAsync(Url("/search", "*"), TestContext.Current.CancellationToken));
        var api = await Json(seeds.Client, Url("/api/search", "*"));

        Assert.Contains("Nothing to search for", html.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, api.GetProperty("total").GetInt32());
        Assert.Empty(Items(api));
    }

    [Theory]
    [InlineData("sanction*", @"\bsanction\w*")]
    [InlineData("\"political prisoners\"", @"\bpolitical prisoners\b")]
    [InlineData("embassy OR nuclear", @"\b(embass(y|ies)|nuclear)\b")]
    [InlineData("pro-Western", @"\bpro-western\b")]
    public async Task Prefixes_phrases_and_OR_find_exactly_the_articles_that_contain_them(string q, string pattern)
    {
        var expected = seeds.Articles.Where(a => SearchSeedsFixture.Texts(a).Any(t => Regex.IsMatch(t, pattern, RegexOptions.IgnoreCase)))
            .Select(a => a.GetProperty("slug").GetString()!).ToHashSet();

        var results = await Json(seeds.Client, Url("/api/search", q));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), Slugs(results).Order());
        Assert.Equal(expected.Count, results.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("sanction*", @"\bsanction\w*")]
    [InlineData("\"political prisoners\"", @"\bpolitical prisoners\b")]
    [InlineData("embassy OR nuclear", @"\b(embass(y|ies)|nuclear)\b")]
    public async Task Each_result_lists_every_matching_paragraph_and_shows_the_first_three_in_reading_order(string q, string pattern)
    {
        var results = await Json(seeds.Client, Url("/api/search", q));
        var html = new HtmlParser().ParseDocument(await seeds.Client.GetStringAsync(Url("/search", q), TestContext.Current.CancellationToken));

        Assert.NotEmpty(Items(results));
        foreach (var item in Items(results))
        {
            var slug = item.GetProperty("article").GetProperty("slug").GetString()!;
            var article = seeds.Articles.Single(a => a.GetProperty("slug").GetString() == slug);
            var expected = article.GetProperty("paragraphs").EnumerateArray()
                .Where(p => Regex.IsMatch(p.GetProperty("text").GetString()!, pattern, RegexOptions.IgnoreCase))
                .Select(p => p.GetProperty("n").GetInt32()).ToList();
            var passages = item.GetProperty("passages").EnumerateArray().ToList();

            Assert.Equal(expected, item.GetProperty("matchingParagraphs").EnumerateArray().Select(n => n.GetInt32()));
            Assert.Equal(expected.Take(3), passages.Select(p => p.GetProperty("paragraph").GetInt32()));
            Assert.All(passages, p => Assert.Contains("<mark>", p.GetProperty("snippet").GetString()!, StringComparison.Ordinal));
            var result = html.QuerySelectorAll("ol.results > li").Single(li => li.QuerySelector("h3 a")!.GetAttribute("href") == "/articles/" + slug);
            Assert.Equal(expected.Take(3).Select(n => $"/articles/{slug}#p{n}"), result.QuerySelectorAll("ol.passages a").Select(a => a.GetAttribute("href")));
            var more = result.QuerySelector(".more-passages a");
            Assert.Equal(expected.Count > 3, more is not null);
            if (more is not null)
            {
                Assert.Equal($"/articles/{slug}#p{expected[3]}", more.GetAttribute("href"));
                Assert.StartsWith($"{expected.Count - 3} more matching paragraph", more.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_phrase_is_marked_whole_in_every_snippet()
    {
        var results = await Json(seeds.Client, Url("/api/search", "\"political prisoners\""));

        Assert.All(Items(results), i => Assert.Contains("<mark>political prisoners</mark>", i.GetProperty("snippet").GetString()!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_excluded_word_rules_out_every_article_that_contains_it_anywhere()
    {
        var mentionsPutin = seeds.Articles.Where(a => SearchSeedsFixture.Texts(a).Any(t => Regex.IsMatch(t, @"\bPutin\b")))
            .Select(a => a.GetProperty("slug").GetString()!).ToHashSet();
        var withoutExclusion = Slugs(await Json(seeds.Client, Url("/api/search", "Lukashenka")));

        var results = Slugs(await Json(seeds.Client, Url("/api/search", "Lukashenka -Putin")));

        Assert.NotEmpty(mentionsPutin);
        Assert.NotEmpty(results);
        Assert.Equal(withoutExclusion.Except(mentionsPutin).Order(), results.Order());
    }

    [Fact]
    public async Task A_name_finds_every_spelling_of_that_person_in_the_seeds()
    {
        var spelled = seeds.Articles.Where(a => SearchSeedsFixture.Texts(a).Any(t => Regex.IsMatch(t, @"\bLukashenk[ao]\b")))
            .Select(a => a.GetProperty("slug").GetString()!).ToHashSet();

        var results = Slugs(await Json(seeds.Client, Url("/api/search", "Lukashenko")));

        Assert.Equal(spelled.Order(), results.Order());
    }

    [Theory]
    [InlineData("Belarus", null)]
    [InlineData("sanctions", null)]
    [InlineData("Belarus", "year=2019")]
    public async Task Facet_counts_equal_a_brute_force_count_of_the_articles_found(string q, string? filter)
    {
        var results = await Json(seeds.Client, Url("/api/search", q) + (filter is null ? "" : "&" + filter));
        var found = seeds.Articles.Where(a => Slugs(results).Contains(a.GetProperty("slug").GetString()!)).ToList();

        Assert.Equal(results.GetProperty("total").GetInt32(), found.Count);
        var facets = results.GetProperty("facets");
        Assert.Equal(Count(found.Where(a => a.GetProperty("published").ValueKind != System.Text.Json.JsonValueKind.Null)
                .Select(a => a.GetProperty("published").GetProperty("start").GetString()![..4])),
            Facet(facets, "years"));
        Assert.Equal(Count(found.SelectMany(a => a.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("slug").GetString()!))), Facet(facets, "people"));
        Assert.Equal(Count(found.SelectMany(a => a.GetProperty("authors").EnumerateArray().Select(p => p.GetProperty("slug").GetString()!))), Facet(facets, "authors"));
        Assert.Equal(Count(found.Where(a => a.GetProperty("outlet").ValueKind != System.Text.Json.JsonValueKind.Null)
                .Select(a => a.GetProperty("outlet").GetProperty("slug").GetString()!)),
            Facet(facets, "outlets"));
    }

    [Fact]
    public async Task A_filter_narrows_the_same_search_to_the_articles_that_pass_it()
    {
        var all = await Json(seeds.Client, Url("/api/search", "Belarus"));
        var year = all.GetProperty("facets").GetProperty("years")[0];

        var narrowed = await Json(seeds.Client, Url("/api/search", "Belarus") + "&year=" + year.GetProperty("value").GetString());

        Assert.Equal(year.GetProperty("count").GetInt32(), narrowed.GetProperty("total").GetInt32());
        Assert.Subset(Slugs(all), Slugs(narrowed));
    }

    [Fact]
    public async Task Snippets_link_to_the_best_paragraph_which_contains_the_match()
    {
        var results = await Json(seeds.Client, Url("/api/search", "oil"));

        Assert.All(Items(results), item =>
        {
            var article = seeds.Articles.Single(a => a.GetProperty("slug").GetString() == item.GetProperty("article").GetProperty("slug").GetString());
            var n = item.GetProperty("paragraph").GetInt32();
            var text = article.GetProperty("paragraphs")[n - 1].GetProperty("text").GetString()!;
            Assert.Contains("oil", text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData("/api/search?q=x&year=abc")]
    [InlineData("/api/search?q=x&year=99")]
    [InlineData("/api/search?q=x&page=0")]
    [InlineData("/api/search?q=x&page=many")]
    public async Task Bad_filters_get_a_problem_body_from_the_api(string url)
    {
        var response = await seeds.Client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/search?q=x&year=abc")]
    [InlineData("/search?q=x&year=99")]
    [InlineData("/search?q=x&page=0")]
    public async Task Bad_filters_get_a_friendly_page(string url)
    {
        var response = await seeds.Client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("That search cannot be run", html.QuerySelector("[role=alert] h2")!.TextContent);
    }

    [Fact]
    public async Task Every_page_has_a_labelled_search_box_in_its_header()
    {
        var html = new HtmlParser().ParseDocument(await seeds.Client.GetStringAsync("/articles", TestContext.Current.CancellationToken));

        var form = html.QuerySelector("header form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.NotNull(html.QuerySelector($"label[for={input.Id}]"));
    }

    private static Dictionary<string, int> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());

    private static Dictionary<string, int> Facet(System.Text.Json.JsonElement facets, string name) =>
        facets.GetProperty(name).EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
}
