using BelarusUsArchive.Tests.Support;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using static BelarusUsArchive.Tests.Events.EventsHttp;

namespace BelarusUsArchive.Tests.Events;

/// <summary>/api/events, /events, /events/{slug} and /timeline over real HTTP on the seeds, checked against CONTRACT.md.</summary>
public partial class EventPagesTests(EventSeedsFixture seeds) : StoreTest, IClassFixture<EventSeedsFixture>
{
    private HttpClient Client => seeds.Client;

    [GeneratedRegex(@"^/events/[a-z0-9-]+$")]
    private static partial Regex EventHref();

    private JsonElement HaleMeeting => seeds.Events.Single(e => e.Start() == new DateOnly(2019, 9, 17) && e.Participants().Contains("david-hale"));

    private static string Text(IElement element) => Regex.Replace(element.TextContent, @"\s+", " ").Trim();

    [Fact]
    public async Task The_events_api_answers_in_the_contracts_shape()
    {
        var response = await Client.GetAsync("/api/events", TestContext.Current.CancellationToken);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(seeds.Events.Count, list.GetProperty("total").GetInt32());
        Assert.Equal(1, list.GetProperty("page").GetInt32());
        Assert.True(list.GetProperty("pageSize").GetInt32() > 0);
        Assert.All(list.GetProperty("items").EnumerateArray(), item =>
        {
            Assert.Matches("^[a-z0-9-]+$", item.Str("slug"));
            Assert.False(string.IsNullOrWhiteSpace(item.Str("title")));
            Assert.Equal(JsonValueKind.String, item.GetProperty("description").ValueKind);
            Assert.True(item.GetProperty("place").ValueKind is JsonValueKind.String or JsonValueKind.Null);
            var date = item.GetProperty("date");
            Assert.Equal(["certainty", "edtf", "end", "precision", "source", "start"], date.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", date.Str("start"));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", date.Str("end"));
            Assert.Contains(date.Str("precision"), new[] { "day", "month", "year", "decade" });
            Assert.Contains(date.Str("certainty"), new[] { "stated", "inferred", "uncertain" });
            Assert.Contains(date.Str("source"), new[] { "text", "sidecar", "editor", "inference" });
            Assert.Equal(date.Str("certainty") != "stated", date.Str("edtf").Contains('?') || date.Str("edtf").Contains('~'));
            Assert.All(item.GetProperty("participants").EnumerateArray(), p =>
                Assert.Equal(["name", "slug"], p.EnumerateObject().Select(x => x.Name).Order(StringComparer.Ordinal)));
            Assert.NotEmpty(item.Sources());
            Assert.All(item.Sources(), s =>
            {
                Assert.Equal(JsonValueKind.String, s.GetProperty("article").ValueKind);
                Assert.True(s.GetProperty("paragraph").GetInt32() >= 1);
                Assert.False(string.IsNullOrWhiteSpace(s.Str("quote")));
            });
        });
    }

    [Fact]
    public void The_events_api_lists_events_in_date_order()
    {
        var starts = seeds.Events.Select(e => e.Start()).ToList();

        Assert.Equal(starts.Order(), starts);
    }

    [Theory]
    [InlineData("year=2015")]
    [InlineData("year=2008")]
    [InlineData("person=david-hale")]
    [InlineData("person=alyaksandr-lukashenka")]
    [InlineData("kind=sanctions")]
    [InlineData("kind=Meeting")]
    [InlineData("year=2015&kind=sanctions")]
    [InlineData("year=2019&person=alyaksandr-lukashenka&kind=meeting")]
    public async Task Filters_give_exactly_the_events_that_match_them(string query)
    {
        var parts = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var expected = seeds.Events.Where(e =>
                (!parts.TryGetValue("year", out var y) || (e.Start().Year <= int.Parse(y, System.Globalization.CultureInfo.InvariantCulture) && int.Parse(y, System.Globalization.CultureInfo.InvariantCulture) <= e.End().Year))
                && (!parts.TryGetValue("person", out var p) || e.Participants().Contains(p))
                && (!parts.TryGetValue("kind", out var k) || string.Equals(e.Str("kind"), k, StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.Str("slug")).ToList();

        var filtered = await AllEventsAsync(Client, "/api/events?" + query);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, filtered.Select(e => e.Str("slug")));
    }

    [Fact]
    public async Task Year_and_kind_together_find_the_2015_sanctions()
    {
        var filtered = await AllEventsAsync(Client, "/api/events?year=2015&kind=sanctions");

        Assert.Equal(["2015-06-10?", "2015-08"], filtered.Select(e => e.Edtf()));
    }

    [Fact]
    public async Task An_unknown_person_is_a_400_naming_the_parameter_not_a_silent_empty_list()
    {
        var problem = await Json(Client, "/api/events?person=nobody-at-all", System.Net.HttpStatusCode.BadRequest);

        Assert.Equal(["person"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Theory]
    [InlineData("/api/events?year=abc")]
    [InlineData("/api/events?kind=nonsense")]
    [InlineData("/api/events?year=99999")]
    [InlineData("/api/events?page=0")]
    [InlineData("/api/events?page=x")]
    public async Task Bad_parameters_get_a_400_problem_body(string url)
    {
        var response = await Client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.Str("title")));
    }

    [Fact]
    public async Task A_bad_kind_is_named_in_the_problem_with_the_kinds_that_exist()
    {
        var problem = await Json(Client, "/api/events?kind=nonsense", HttpStatusCode.BadRequest);

        var message = problem.GetProperty("errors").GetProperty("kind")[0].GetString()!;
        Assert.Contains("sanctions", message, StringComparison.Ordinal);
        Assert.Contains("meeting", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_event_is_served_by_its_slug_and_an_unknown_slug_is_404()
    {
        var hale = HaleMeeting;

        var one = await Json(Client, "/api/events/" + hale.Str("slug"));
        var missing = await Client.GetAsync("/api/events/no-such-event", TestContext.Current.CancellationToken);
        var missingPage = await Client.GetAsync("/events/no-such-event", TestContext.Current.CancellationToken);

        Assert.Equal(hale.Str("title"), one.Str("title"));
        Assert.Equal(2, one.Sources().Count);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missingPage.StatusCode);
    }

    [Fact]
    public async Task The_events_page_lists_every_event_with_a_link_and_its_date()
    {
        var html = await Html(Client, "/events");

        Assert.Equal($"{seeds.Events.Count} events", Text(html.QuerySelector(".results-head")!));
        var items = html.QuerySelectorAll("ol.events > li").ToList();
        Assert.Equal(seeds.Events.Select(e => "/events/" + e.Str("slug")), items.Select(li => li.QuerySelector("h3 a")!.GetAttribute("href")));
        Assert.Equal(seeds.Events.Select(e => e.Str("title")), items.Select(li => Text(li.QuerySelector("h3 a")!)));
        Assert.All(items, li => Assert.NotNull(li.QuerySelector("time[datetime]")));
    }

    [Fact]
    public async Task The_events_page_filters_by_year_person_and_kind_in_the_query_string()
    {
        var expected = seeds.Events.Where(e => e.Start().Year <= 2019 && e.End().Year >= 2019 && e.Participants().Contains("alyaksandr-lukashenka") && e.Str("kind") == "meeting")
            .Select(e => "/events/" + e.Str("slug")).ToList();

        var html = await Html(Client, "/events?year=2019&person=alyaksandr-lukashenka&kind=meeting");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, html.QuerySelectorAll("ol.events h3 a").Select(a => a.GetAttribute("href")));
        Assert.Equal("2019", html.QuerySelector("select#year option[selected]")!.GetAttribute("value"));
        Assert.Equal("alyaksandr-lukashenka", html.QuerySelector("select#person option[selected]")!.GetAttribute("value"));
        Assert.Equal("meeting", html.QuerySelector("select#kind option[selected]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/events?year=abc")]
    [InlineData("/events?kind=nonsense")]
    public async Task The_events_page_explains_a_bad_filter_with_a_400(string url)
    {
        var html = await Html(Client, url, HttpStatusCode.BadRequest);

        Assert.NotNull(html.QuerySelector("[role=alert]"));
        Assert.Empty(html.QuerySelectorAll("ol.events > li"));
    }

    [Fact]
    public async Task An_event_page_shows_its_date_participants_and_every_source_quoted_with_a_link_to_the_paragraph()
    {
        var hale = HaleMeeting;

        var html = await Html(Client, "/events/" + hale.Str("slug"));

        Assert.Equal(hale.Str("title"), Text(html.QuerySelector("h1")!));
        Assert.Equal("2019-09-17", html.QuerySelector(".meta time")!.GetAttribute("datetime"));
        Assert.Contains("17 September 2019", Text(html.QuerySelector(".meta time")!), StringComparison.Ordinal);
        Assert.Equal("2019-09-17?", Text(html.QuerySelector(".meta code")!));
        Assert.Contains("not yet reviewed", Text(html.QuerySelector(".meta")!), StringComparison.Ordinal);
        Assert.Equal(["/people/alyaksandr-lukashenka", "/people/david-hale"],
            html.QuerySelectorAll("section[aria-labelledby=who] a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
        var figures = html.QuerySelectorAll("figure.source").ToList();
        Assert.Equal(2, figures.Count);
        foreach (var (figure, source) in figures.Zip(hale.Sources()))
        {
            var href = $"/articles/{source.Str("article")}#p{source.GetProperty("paragraph").GetInt32()}";
            Assert.Equal(source.Str("quote"), Text(figure.QuerySelector("blockquote")!));
            Assert.Equal(href, figure.QuerySelector("figcaption a")!.GetAttribute("href"));
            Assert.Equal(href, figure.QuerySelector("blockquote")!.GetAttribute("cite"));
        }
    }

    [Fact]
    public async Task Every_source_link_of_every_event_page_lands_on_a_paragraph_holding_the_quote()
    {
        var pages = new Dictionary<string, AngleSharp.Html.Dom.IHtmlDocument>();
        foreach (var e in seeds.Events)
        {
            var html = await Html(Client, "/events/" + e.Str("slug"));
            foreach (var figure in html.QuerySelectorAll("figure.source"))
            {
                var href = figure.QuerySelector("figcaption a")!.GetAttribute("href")!;
                var (path, fragment) = (href[..href.IndexOf('#', StringComparison.Ordinal)], href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]);
                if (!pages.TryGetValue(path, out var article))
                {
                    article = await Html(Client, path);
                    pages[path] = article;
                }
                var paragraph = article.GetElementById(fragment);
                Assert.True(paragraph is not null, $"{href} has no element #{fragment}");
                Assert.Contains(Text(figure.QuerySelector("blockquote")!), Text(paragraph), StringComparison.Ordinal);
            }
        }
        Assert.Equal(seeds.Events.SelectMany(e => e.Sources()).Select(s => "/articles/" + s.Str("article")).Distinct().Order(StringComparer.Ordinal), pages.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_timeline_has_one_keyboard_reachable_mark_per_event_listed_below_it()
    {
        var html = await Html(Client, "/timeline");

        // Events that do not fit a lane's three rows are counted in a "N more" mark that zooms in; every event is listed below.
        var marks = html.QuerySelectorAll("svg a.mark:not(.cluster)").ToList();
        var crowded = html.QuerySelectorAll("svg a.mark.cluster")
            .Sum(c => int.Parse(c.QuerySelector("title")!.TextContent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        var listed = html.QuerySelectorAll("section[aria-labelledby=as-text] ol.events h3 a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(seeds.Events.Count, marks.Count + crowded);
        Assert.Equal(TimelineOrder(seeds.Events).Select(e => "/events/" + e.Str("slug")), listed);
        var hrefs = marks.Select(m => m.GetAttribute("href")!).ToList();
        var shown = TimelineOrder(seeds.Events).Where(e => hrefs.Contains("/events/" + e.Str("slug"))).ToList();
        Assert.Equal(shown.Select(e => "/events/" + e.Str("slug")), hrefs);
        Assert.All(marks, m =>
        {
            Assert.Matches(EventHref(), m.GetAttribute("href")!);
            Assert.False(string.IsNullOrWhiteSpace(m.GetAttribute("aria-label")));
            Assert.NotNull(m.QuerySelector("title"));
        });
        Assert.Equal(shown.Select(e => e.Edtf().Contains('?') || e.Edtf().Contains('~')), marks.Select(m => m.ClassList.Contains("uncertain")));
        Assert.Equal(shown.Select(e => "kind-" + e.Str("kind")), marks.Select(m => m.ClassList.First(c => c.StartsWith("kind-", StringComparison.Ordinal))));
        Assert.Equal(shown.Select(e => "precision-" + e.GetProperty("date").Str("precision")),
            marks.Select(m => m.ClassList.First(c => c.StartsWith("precision-", StringComparison.Ordinal))));
        Assert.Contains($"{seeds.Events.Count} events", Text(html.QuerySelector("figcaption")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mark_for_a_day_is_a_dot_and_a_mark_for_a_year_is_a_bar()
    {
        var html = await Html(Client, "/timeline");
        var marks = html.QuerySelectorAll("svg a.mark").ToDictionary(m => m.GetAttribute("href")!);
        var hale = marks["/events/" + HaleMeeting.Str("slug")];
        var bush = marks["/events/" + seeds.Events.Single(e => e.Participants().Contains("george-w-bush")).Str("slug")];

        Assert.NotNull(hale.QuerySelector("circle"));
        Assert.NotNull(bush.QuerySelector("rect"));
    }

    [Fact]
    public async Task The_timeline_filtered_by_person_shows_only_that_persons_events()
    {
        var expected = TimelineOrder(seeds.Events.Where(e => e.Participants().Contains("alyaksandr-lukashenka"))).Select(e => "/events/" + e.Str("slug")).ToList();

        var html = await Html(Client, "/timeline?person=alyaksandr-lukashenka");

        Assert.True(expected.Count >= 3);
        Assert.True(expected.Count < seeds.Events.Count);
        Assert.Equal(expected, html.QuerySelectorAll("svg a.mark").Select(m => m.GetAttribute("href")));
        Assert.Equal(expected, html.QuerySelectorAll("section[aria-labelledby=as-text] ol.events h3 a").Select(a => a.GetAttribute("href")));
        Assert.Equal("alyaksandr-lukashenka", html.QuerySelector("select#person option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_timeline_for_an_unknown_person_is_a_400_that_names_the_parameter()
    {
        var html = await Html(Client, "/timeline?person=nobody-at-all", HttpStatusCode.BadRequest);

        Assert.Empty(html.QuerySelectorAll("a.mark"));
        Assert.Contains("person 'nobody-at-all' is not a person of the archive", Text(html.QuerySelector("[role=alert]")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_for_filters_that_select_nothing_says_so()
    {
        var html = await Html(Client, "/timeline?from=1900&to=1901");

        Assert.Empty(html.QuerySelectorAll("a.mark"));
        Assert.Contains("No dated events for these filters", Text(html.QuerySelector("main") ?? html.Body!), StringComparison.Ordinal);
    }

    /// <summary>
    /// The order the timeline lists and tabs through events: by year, and within a year the events dated to the day
    /// first, then those known to the month, then those known only to the year, each by date and title.
    /// </summary>
    private static IEnumerable<JsonElement> TimelineOrder(IEnumerable<JsonElement> events) => events
        .OrderBy(e => e.Start().Year).ThenBy(e => Array.IndexOf(["day", "month", "year", "decade"], e.GetProperty("date").Str("precision")))
        .ThenBy(e => e.Start()).ThenBy(e => e.Str("title"), StringComparer.Ordinal);

    [Fact]
    public async Task A_persons_page_lists_the_events_they_took_part_in_and_links_to_their_timeline()
    {
        var expected = seeds.Events.Where(e => e.Participants().Contains("david-hale")).Select(e => "/events/" + e.Str("slug")).ToList();

        var html = await Html(Client, "/people/david-hale");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, html.QuerySelectorAll("section[aria-labelledby=events] ol.events h3 a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/timeline?person=david-hale", html.QuerySelector("section[aria-labelledby=events] a[href^='/timeline']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_persons_api_lists_the_events_they_took_part_in()
    {
        var expected = seeds.Events.Where(e => e.Participants().Contains("david-hale")).Select(e => e.Str("slug")).ToList();

        var api = await Json(Client, "/api/people/david-hale");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, api.GetProperty("events").EnumerateArray().Select(e => e.Str("slug")));
        Assert.All(api.GetProperty("events").EnumerateArray(), e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Str("title")));
            Assert.Equal(JsonValueKind.Object, e.GetProperty("date").ValueKind);
        });
    }

    [Fact]
    public async Task An_articles_page_lists_the_events_it_reports_in_date_order()
    {
        var rfe = seeds.Seed("003");
        var expected = seeds.Events.Where(e => e.QuotedFrom(rfe)).ToDictionary(e => "/events/" + e.Str("slug"), e => e.Start());

        var html = await Html(Client, "/articles/" + rfe);

        var listed = html.QuerySelectorAll("section[aria-labelledby=events-head] ol.events h3 a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(expected.Count >= 5);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        var starts = listed.Select(href => expected[href]).ToList();
        Assert.Equal(starts.Order(), starts);
    }

    [Fact]
    public async Task An_articles_api_lists_the_events_it_reports()
    {
        var rfe = seeds.Seed("003");
        var expected = seeds.Events.Where(e => e.QuotedFrom(rfe)).Select(e => e.Str("slug")).Order(StringComparer.Ordinal).ToList();

        var api = await Json(Client, "/api/articles/" + rfe);

        Assert.True(expected.Count >= 5);
        Assert.Equal(expected, api.GetProperty("events").EnumerateArray().Select(e => e.Str("slug")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_event_shared_by_two_articles_is_listed_on_both_article_pages()
    {
        var shared = seeds.Events.Single(e => e.QuotedFrom(seeds.Seed("000")) && e.QuotedFrom(seeds.Seed("003")));

        foreach (var seed in new[] { "000", "003" })
        {
            var html = await Html(Client, "/articles/" + seeds.Seed(seed));
            Assert.Contains("/events/" + shared.Str("slug"), html.QuerySelectorAll("section[aria-labelledby=events-head] a").Select(a => a.GetAttribute("href")));
        }
    }
}
