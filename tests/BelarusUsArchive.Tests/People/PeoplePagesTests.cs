using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.People;

/// <summary>
/// The people pages and API over real HTTP on the real seeds. The mention counts were made by reading
/// the five seed texts (a caption repeated on two lines is one paragraph; bylines and author biographies
/// are not article text): Lukashenka 7 + 5 + 4 + 20 + 5 = 41 in all five articles, Kravchenko
/// 4 + 1 + 2 + 3 = 10 in four, Putin 3 + 3 = 6 in two (the VOA and RFE/RL articles), Makei 3 + 1 = 4.
/// </summary>
public sealed class PeoplePagesTests
{
    private const string Lukashenka = "alyaksandr-lukashenka";
    private const string Kravchenko = "oleg-kravchenko";
    private const string Putin = "vladimir-putin";
    private const string Makei = "vladimir-makei";

    // An article that is not a seed, as another site would publish it: a known person in a new spelling
    // and three people the authority lacks, one of them under two spellings.
    private const string NewArticle = """
        Minsk and Washington resume talks on embassy staff

        Belarusian Deputy Foreign Minister Aleh Krauchenka arrived in Washington on Monday for two days of talks on restoring the staff of both embassies.

        “We are ready to move step by step,” Krauchenka told reporters after the first meeting at the State Department.

        Deputy Minister Anna Kovalenko said the economic part of the talks would begin in the spring.

        Opposition leader Sviatlana Tsikhanouskaya said the talks must not forget political prisoners. Svetlana Tikhanovskaya, as Russian media spell her name, has lived in Vilnius since 2020.
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> Json(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
    }

    private static async Task<IHtmlDocument> Html(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url, Cancel);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
    }

    private static List<JsonElement> Items(JsonElement list) => [.. list.GetProperty("items").EnumerateArray()];

    private static string Str(JsonElement e, string property) => e.GetProperty(property).GetString()!;

    private static int Int(JsonElement e, string property) => e.GetProperty(property).GetInt32();

    private static List<string> Strings(JsonElement e, string property) => [.. e.GetProperty(property).EnumerateArray().Select(a => a.GetString()!)];

    private static List<(string Name, string? Country)> Authority()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Seeds, "people.json")));
        return
        [
            .. doc.RootElement.GetProperty("people").EnumerateArray()
                .Select(p => (p.GetProperty("name").GetString()!, p.TryGetProperty("country", out var c) ? c.GetString() : null)),
        ];
    }

    private static async Task<string> ArticleSlug(HttpClient client, string title) =>
        Str((await Json(client, "/api/articles?pageSize=100")).GetProperty("items").EnumerateArray().Single(i => Str(i, "title") == title), "slug");

    // ---- /api/people ----

    [Fact]
    public async Task People_api_lists_Lukashenka_once_with_all_his_spellings_and_every_mention_in_the_seeds()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var people = Items(await Json(client, "/api/people"));

        string[] spellings = ["Lukashenka", "Lukashenko", "Лукашэнка", "Лукашенко"];
        var lukashenka = Assert.Single(people, p => Strings(p, "aliases").Intersect(spellings).Any());
        Assert.Equal(Lukashenka, Str(lukashenka, "slug"));
        Assert.Equal("Alyaksandr Lukashenka", Str(lukashenka, "name"));
        Assert.Superset(
            new HashSet<string>
            {
                "Alyaksandr Lukashenka", "Aliaksandr Lukashenka", "Alexander Lukashenko", "Aleksandr Lukashenko", "Lukashenka", "Lukashenko",
                "Аляксандр Лукашэнка", "Александр Лукашенко", "Лукашэнка", "Лукашенко",
            },
            Strings(lukashenka, "aliases").ToHashSet());
        Assert.Equal(41, Int(lukashenka, "mentions"));
        Assert.Equal(5, Int(lukashenka, "articles"));
    }

    [Fact]
    public async Task On_the_seeds_every_person_of_the_authority_appears_exactly_once_and_no_one_else()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var list = await Json(client, "/api/people");
        var people = Items(list);

        var authority = Authority().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(authority.Count, Int(list, "total"));
        Assert.Equal(authority, people.Select(p => Str(p, "name")).Order(StringComparer.Ordinal));
        var owners = people.SelectMany(p => Strings(p, "aliases").Select(a => (Alias: a, Slug: Str(p, "slug"))))
            .GroupBy(x => x.Alias).Where(g => g.Select(x => x.Slug).Distinct().Count() > 1).Select(g => g.Key);
        Assert.Empty(owners);
        var counts = people.ToDictionary(p => Str(p, "slug"), p => (Int(p, "mentions"), Int(p, "articles")));
        Assert.Equal((10, 4), counts[Kravchenko]);
        Assert.Equal((6, 2), counts[Putin]);
        Assert.Equal((4, 2), counts[Makei]);
        Assert.Equal((6, 2), counts["artyom-shraibman"]);
        Assert.Equal((5, 2), counts["david-hale"]);
        Assert.Equal((4, 2), counts["michael-carpenter"]);
        Assert.Equal((0, 0), counts["todd-prince"]);
    }

    [Theory]
    [InlineData("Lukashenko", Lukashenka)]
    [InlineData("Лукашэнка", Lukashenka)]
    [InlineData("Krauchanka", Kravchenko)]
    [InlineData("Uladzimir Makey", Makei)]
    public async Task People_api_finds_a_person_by_any_spelling(string q, string slug)
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var found = Items(await Json(client, $"/api/people?q={Uri.EscapeDataString(q)}"));

        Assert.Equal([slug], found.Select(p => Str(p, "slug")));
    }

    [Theory]
    [InlineData("Hale", "david-hale")]
    [InlineData("Kent", "george-kent")]
    public async Task People_api_search_by_surname_finds_only_that_person(string q, string slug)
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var found = Items(await Json(client, $"/api/people?q={q}"));

        Assert.Equal([slug], found.Select(p => Str(p, "slug")));
    }

    [Fact]
    public async Task Person_api_gives_roles_with_dates_mentions_with_snippets_co_mentions_and_years_as_the_contract_says()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var makei = await Json(client, $"/api/people/{Makei}");

        Assert.Equal(Makei, Str(makei, "slug"));
        Assert.Equal("Vladimir Makei", Str(makei, "name"));
        Assert.Equal("Belarus", Str(makei, "country"));
        Assert.Contains("Uladzimir Makei", Strings(makei, "aliases"));
        Assert.Contains("Макей", Strings(makei, "aliases"));
        var role = Assert.Single(makei.GetProperty("roles").EnumerateArray());
        Assert.Equal("Minister of Foreign Affairs", Str(role, "title"));
        Assert.Equal("Belarus", Str(role, "organization"));
        var from = role.GetProperty("from");
        Assert.Equal(("2012-08-20", "2012-08-20", "2012-08-20", "day"), (Str(from, "edtf"), Str(from, "start"), Str(from, "end"), Str(from, "precision")));
        Assert.True(from.TryGetProperty("certainty", out _) && from.TryGetProperty("source", out _));
        Assert.Equal("2022-11-26", Str(role.GetProperty("to"), "edtf"));
        var articles = makei.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(2, articles.Count);
        var mentions = articles.SelectMany(a => a.GetProperty("mentions").EnumerateArray()).ToList();
        Assert.Equal(["Uladzimir Makei", "Makei", "Makei", "Vladimir Makei"], mentions.Select(m => Str(m, "surface")));
        Assert.All(mentions, m => Assert.Contains(Str(m, "surface"), Str(m, "snippet"), StringComparison.Ordinal));
        Assert.All(articles, a => Assert.Equal(JsonValueKind.Object, a.GetProperty("published").ValueKind));
        foreach (var article in articles)
        {
            var paragraphs = (await Json(client, $"/api/articles/{Str(article, "slug")}")).GetProperty("paragraphs").EnumerateArray()
                .ToDictionary(p => Int(p, "n"), p => Str(p, "text"));
            Assert.All(article.GetProperty("mentions").EnumerateArray(),
                m => Assert.Contains(Str(m, "surface"), paragraphs[Int(m, "paragraph")], StringComparison.Ordinal));
        }
        var co = makei.GetProperty("coMentioned").EnumerateArray().ToDictionary(c => Str(c, "slug"), c => (Str(c, "name"), Int(c, "count")));
        Assert.Equal(("Alyaksandr Lukashenka", 2), co[Lukashenka]);
        Assert.Equal(("Oleg Kravchenko", 2), co[Kravchenko]);
        Assert.Equal(("Sergey Lavrov", 1), co["sergey-lavrov"]);
        Assert.DoesNotContain(Makei, co.Keys);
        // Seed 002 (Makei's fourth mention) reviews 2019 and is now dated 2020? (issue 16); it was counted under 2019.
        Assert.Equal([(2015, 3), (2020, 1)], makei.GetProperty("mentionsByYear").EnumerateArray().Select(y => (Int(y, "year"), Int(y, "count"))));
        Assert.Equal(JsonValueKind.Array, makei.GetProperty("events").ValueKind);
    }

    [Fact]
    public async Task Person_api_gives_null_dates_for_a_role_whose_dates_are_unknown()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var kravchenko = await Json(client, $"/api/people/{Kravchenko}");

        var roles = kravchenko.GetProperty("roles").EnumerateArray().ToList();
        Assert.Contains(roles, r => Str(r, "title") == "Director for the Americas" && Str(r, "organization") == "Ministry of Foreign Affairs of Belarus");
        Assert.All(roles, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("from").ValueKind));
        Assert.All(roles, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("to").ValueKind));
        Assert.Equal(10, kravchenko.GetProperty("articles").EnumerateArray().Sum(a => a.GetProperty("mentions").GetArrayLength()));
    }

    // ---- /people ----

    [Fact]
    public async Task People_page_orders_by_mentions_unless_asked_to_order_by_name()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var byMentions = Rows(await Html(client, "/people"));
        var explicitMentions = Rows(await Html(client, "/people?sort=mentions"));
        var byName = Rows(await Html(client, "/people?sort=name"));

        Assert.Equal(Authority().Count, byMentions.Count);
        Assert.Equal(
            [("Alyaksandr Lukashenka", 41), ("Oleg Kravchenko", 10), ("Artyom Shraibman", 6), ("Vladimir Putin", 6), ("David Hale", 5)],
            byMentions.Take(5).Select(r => (r.Name, r.Mentions)));
        Assert.Equal(byMentions.Select(r => r.Mentions).OrderDescending(), byMentions.Select(r => r.Mentions));
        Assert.Equal(byMentions, explicitMentions);
        Assert.Equal(byMentions.Count, byName.Count);
        Assert.Equal(byName.Select(r => r.Name).Order(StringComparer.Ordinal), byName.Select(r => r.Name));
        Assert.Equal(byMentions.ToHashSet(), byName.ToHashSet());
    }

    [Fact]
    public async Task People_page_filters_by_country()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var page = await Html(client, "/people?country=Belarus");

        var rows = page.QuerySelectorAll("table.people tbody tr").ToList();
        var belarusians = Authority().Where(p => p.Country == "Belarus").Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(belarusians, rows.Select(r => r.QuerySelector("th a")!.TextContent).Order(StringComparer.Ordinal));
        Assert.Contains("Alyaksandr Lukashenka", rows.Select(r => r.QuerySelector("th a")!.TextContent));
        Assert.All(rows, r => Assert.Equal("Belarus", r.QuerySelectorAll("td")[0].TextContent.Trim()));
        Assert.DoesNotContain("Vladimir Putin", page.QuerySelector("table.people")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_order_gets_a_400_with_a_friendly_message()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var page = await Html(client, "/people?sort=sideways", HttpStatusCode.BadRequest);

        var alert = page.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("mentions", alert, StringComparison.Ordinal);
        Assert.Contains("name", alert, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[role=alert] a[href='/people']"));
        Assert.Null(page.QuerySelector("table.people"));
    }

    private sealed record Row(string Name, string Slug, int Mentions);

    private static List<Row> Rows(IHtmlDocument page) =>
    [
        .. page.QuerySelectorAll("table.people tbody tr").Select(r => new Row(
            r.QuerySelector("th a")!.TextContent,
            r.QuerySelector("th a")!.GetAttribute("href")!.Replace("/people/", "", StringComparison.Ordinal),
            int.Parse(r.QuerySelectorAll("td.num")[1].TextContent, System.Globalization.CultureInfo.InvariantCulture))),
    ];

    // ---- /people/{slug} ----

    [Fact]
    public async Task Person_page_shows_every_mention_with_a_link_to_the_paragraph_that_holds_it()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var page = await Html(client, $"/people/{Kravchenko}");

        Assert.Equal("Oleg Kravchenko", page.QuerySelector("h1")!.TextContent);
        var aliases = page.QuerySelector(".aliases-list")!.TextContent;
        Assert.Contains("Krauchenka", aliases, StringComparison.Ordinal);
        Assert.Contains("Кравченко", aliases, StringComparison.Ordinal);
        var mentions = page.QuerySelectorAll("ol.mentions li").ToList();
        Assert.Equal(10, mentions.Count);
        Assert.Contains("10 mentions in 4 articles", page.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        var articles = new Dictionary<string, IHtmlDocument>();
        var surfaces = new List<string>();
        foreach (var li in mentions)
        {
            var href = li.QuerySelector("a")!.GetAttribute("href")!;
            Assert.Matches(@"^/articles/[a-z0-9-]+#p[0-9]+$", href);
            var (path, anchor) = (href[..href.IndexOf('#', StringComparison.Ordinal)], href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]);
            if (!articles.TryGetValue(path, out var article))
            {
                articles[path] = article = await Html(client, path);
            }
            var surface = li.QuerySelector("mark")!.TextContent;
            surfaces.Add(surface);
            Assert.Contains(surface, article.GetElementById(anchor)!.TextContent, StringComparison.Ordinal);
        }
        Assert.Equal(4, articles.Count);
        Assert.Equal(
            ["Aleh Krauchenka", "Aleh Krauchenka", "Krauchenka", "Kravchenko", "Oleg Kravchenko", "Oleg Kravchenko", "Oleg Kravchenko", "Oleg Kravchenko", "Oleg Kravchenko", "Oleg Kravchenko"],
            surfaces.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Unknown_person_is_a_404_problem_for_the_api_and_the_friendly_page_for_html()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var api = await client.GetAsync("/api/people/no-such-person", Cancel);
        var page = await Html(client, "/people/no-such-person", HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, Int(JsonDocument.Parse(await api.Content.ReadAsStringAsync(Cancel)).RootElement, "status"));
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
    }

    // ---- People on the article pages ----

    [Fact]
    public async Task Articles_filtered_by_Putin_are_exactly_those_that_mention_him_and_the_facet_counts_them()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var page = await Html(client, $"/articles?person={Putin}");
        var filtered = await Json(client, $"/api/articles?person={Putin}");
        var all = await Json(client, "/api/articles");

        string[] expected = ["Belarus and the USA: Is Rapprochement Possible?", "How Russia's Interference In Ukraine Has Altered U.S. Policy Toward Belarus"];
        Assert.Equal(expected, page.QuerySelectorAll("ol.articles h3 a").Select(a => a.TextContent.Trim()).Order(StringComparer.Ordinal));
        Assert.Equal("2 articles", page.QuerySelector(".results-head")!.TextContent);
        Assert.Equal(2, Int(filtered, "total"));
        Assert.Equal(expected, Items(filtered).Select(i => Str(i, "title")).Order(StringComparer.Ordinal));
        var facet = Assert.Single(all.GetProperty("facets").GetProperty("people").EnumerateArray(), f => Str(f, "value") == Putin);
        Assert.Equal(("Vladimir Putin", 2), (Str(facet, "label"), Int(facet, "count")));
        var lukashenkaFacet = Assert.Single(all.GetProperty("facets").GetProperty("people").EnumerateArray(), f => Str(f, "value") == Lukashenka);
        Assert.Equal(5, Int(lukashenkaFacet, "count"));
    }

    [Fact]
    public async Task Article_page_links_each_mention_to_its_person_and_lists_its_people()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var slug = await ArticleSlug(client, "No strategic relations between Belarus and United States in near future");

        var page = await Html(client, $"/articles/{slug}");
        var api = await Json(client, $"/api/articles/{slug}");

        Assert.Equal(5, page.QuerySelectorAll($"a.mention[href='/people/{Lukashenka}']").Length);
        Assert.Equal(["Michael Carpenter", "Carpenter"], page.QuerySelectorAll("a.mention[href='/people/michael-carpenter']").Select(a => a.TextContent));
        Assert.Equal(7, page.QuerySelectorAll("a.mention").Length);
        var listed = page.QuerySelectorAll("section[aria-labelledby=people-head] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Alyaksandr Lukashenka (5)", "Michael Carpenter (2)"], listed);
        Assert.Equal(
            [(Lukashenka, 5), ("michael-carpenter", 2)],
            api.GetProperty("people").EnumerateArray().Select(p => (Str(p, "slug"), Int(p, "mentions"))));
    }

    // ---- A new article ----

    [Fact]
    public async Task A_new_article_adds_to_a_known_persons_mentions_under_a_new_spelling_and_makes_candidates_of_unknown_people()
    {
        using var folder = new TestFolder();
        folder.Write("900_new_talks.txt", NewArticle);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var kravchenko = Assert.Single(Items(await Json(client, "/api/people")), p => Str(p, "slug") == Kravchenko);
        var anna = await Json(client, "/api/people/anna-kovalenko");
        var sviatlana = await Json(client, "/api/people/sviatlana-tsikhanouskaya");
        var index = await Html(client, "/people");

        Assert.Equal((12, 5), (Int(kravchenko, "mentions"), Int(kravchenko, "articles")));
        Assert.Equal(("Anna Kovalenko", "candidate"), (Str(anna, "name"), Str(anna, "status")));
        Assert.Equal("Anna Kovalenko", Str(Assert.Single(anna.GetProperty("articles").EnumerateArray().SelectMany(a => a.GetProperty("mentions").EnumerateArray())), "surface"));
        Assert.Equal("candidate", Str(sviatlana, "status"));
        Assert.Equal(
            ["Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya"],
            sviatlana.GetProperty("articles").EnumerateArray().SelectMany(a => a.GetProperty("mentions").EnumerateArray()).Select(m => Str(m, "surface")));
        var candidates = index.QuerySelectorAll("table.people tbody tr").Where(r => r.QuerySelector(".badge") is not null)
            .Select(r => r.QuerySelector("th a")!.TextContent).Order(StringComparer.Ordinal);
        Assert.Equal(["Anna Kovalenko", "Sviatlana Tsikhanouskaya"], candidates);
    }

    [Fact]
    public async Task An_organization_in_a_new_article_does_not_become_a_person()
    {
        using var folder = new TestFolder();
        folder.Write("901_carnegie.txt", """
            Sanctions on Minsk have not worked, think tank says

            The Carnegie Endowment said the sanctions had failed to change the behaviour of the authorities in Minsk.

            Deputy Minister Anna Kovalenko said the government would not comment on the report.
            """);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var people = Items(await Json(client, "/api/people"));

        Assert.Contains(people, p => Str(p, "name") == "Anna Kovalenko");
        Assert.DoesNotContain(people, p => Str(p, "name").Contains("Carnegie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_relative_who_shares_a_known_surname_is_not_counted_as_the_known_person()
    {
        using var folder = new TestFolder();
        folder.Write("902_son.txt", """
            President's son meets US delegation

            Viktor Lukashenko, the national security adviser and the president's eldest son, said the talks with the delegation were useful.
            """);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var people = Items(await Json(client, "/api/people"));

        Assert.Equal(41, Int(Assert.Single(people, p => Str(p, "slug") == Lukashenka), "mentions"));
        Assert.Contains(people, p => Str(p, "name") == "Viktor Lukashenko");
    }

    [Fact]
    public async Task A_second_start_on_the_same_store_creates_no_duplicate_people()
    {
        using var folder = new TestFolder();
        folder.Write("900_new_talks.txt", NewArticle);
        List<(string Slug, int Mentions)> first;
        await using (var app = new ArchiveApp(folder))
        {
            var client = await app.StartAsync();
            first = [.. Items(await Json(client, "/api/people")).Select(p => (Str(p, "slug"), Int(p, "mentions")))];
        }

        await using var again = new ArchiveApp(folder);
        var secondClient = await again.StartAsync();
        var second = await Json(secondClient, "/api/people");

        Assert.Equal(Authority().Count + 2, Int(second, "total"));
        Assert.Equal(first.Order(), Items(second).Select(p => (Str(p, "slug"), Int(p, "mentions"))).Order());
        Assert.Single(Items(second), p => Str(p, "name") == "Anna Kovalenko");
        Assert.Single(Items(second), p => Strings(p, "aliases").Contains("Lukashenko"));
    }
}
