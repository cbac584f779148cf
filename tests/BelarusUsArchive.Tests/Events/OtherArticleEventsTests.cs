using System.Text.Json;
using System.Text.RegularExpressions;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Events;

/// <summary>
/// Two articles that are not seeds, written by hand in other sites' shapes (a policy review with a "Published:"
/// line, a wire report with a date line), imported with the seeds' authority of people only.
/// </summary>
public sealed class OtherArticlesFixture : IAsyncLifetime
{
    public const string Review = """
        Washington Turns the Screws on Minsk

        By Laura Novak | Baltic Policy Review

        Published: 12 March 2021

        On 3 February, US Deputy Assistant Secretary of State George Kent visited Vilnius and spoke with Belarusian democrats in exile.

        On 18 February, the United States imposed sanctions on nine Belarusian officials over the violent crackdown on peaceful protesters.

        On 22 February, Lukashenka met Vladimir Putin in Sochi and asked for a new loan.

        In February, Foreign Minister Vladimir Makei met Chinese diplomats in Beijing to discuss trade.

        On 5 March, Lukashenka freed the blogger Andrei Valchuk, who had spent seven months in prison.

        Analysts believe sanctions imposed in February will be lifted next year.

        If Minsk frees prisoners, Washington could ease sanctions, a State Department official said in February.
        """;

    public const string Wire = """
        Putin and Lukashenko talk loans and integration at Black Sea resort

        Tom Walsh, Reuters

        February 24, 2021

        Russian President Vladimir Putin hosted Belarusian leader Alexander Lukashenko in Sochi on February 22, 2021, and the two leaders held talks on a new loan and closer integration.

        Neither side disclosed the size of the loan after the meeting.
        """;

    private TestFolder _folder = null!;

    public ArchiveApp App { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public List<JsonElement> Events { get; private set; } = [];
    public string ReviewSlug { get; private set; } = "";
    public string WireSlug { get; private set; } = "";
    public JsonElement ReviewArticle { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!TestStore.Available)
        {
            return;
        }
        _folder = new TestFolder(withSeeds: false);
        _folder.WriteBytes("people.json", await File.ReadAllBytesAsync(Path.Combine(Repo.Seeds, "people.json")));
        _folder.Write("bpr-screws-on-minsk.txt", Review);
        _folder.Write("wire-sochi-talks.txt", Wire);
        App = new ArchiveApp(_folder);
        Client = await App.StartAsync();
        Events = await EventsHttp.AllEventsAsync(Client, "/api/events");
        var articles = (await EventsHttp.Json(Client, "/api/articles")).GetProperty("items").EnumerateArray().ToList();
        ReviewSlug = articles.Single(a => a.Str("title") == "Washington Turns the Screws on Minsk").Str("slug");
        WireSlug = articles.Single(a => a.Str("title").StartsWith("Putin and Lukashenko talk", StringComparison.Ordinal)).Str("slug");
        ReviewArticle = await EventsHttp.Json(Client, "/api/articles/" + ReviewSlug);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is null)
        {
            return;
        }
        await App.DisposeAsync();
        _folder.Dispose();
    }
}

public partial class OtherArticleEventsTests(OtherArticlesFixture other) : StoreTest, IClassFixture<OtherArticlesFixture>
{
    [GeneratedRegex(@"\b(?:the|a|an|of|to|in|on|and|or|for|with|by|at|from|that|its|their|his|her|as|but|could|would|will|may|might|should|can|is|was|were|are|more|than)$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingEnd();

    private List<JsonElement> ReviewEvents => [.. other.Events.Where(e => e.QuotedFrom(other.ReviewSlug))];

    private JsonElement ReviewEventQuoting(string start) =>
        Assert.Single(ReviewEvents, e => e.Sources().Any(s => s.Str("article") == other.ReviewSlug && s.Str("quote").StartsWith(start, StringComparison.Ordinal)));

    [Fact]
    public void The_published_line_dates_the_article_to_the_day()
    {
        var published = other.ReviewArticle.GetProperty("published");

        Assert.Equal("2021-03-12", published.Str("edtf"));
        Assert.Equal("stated", published.Str("certainty"));
    }

    [Fact]
    public void The_five_reported_happenings_become_five_events_and_nothing_else_does()
    {
        Assert.Equal(5, ReviewEvents.Count);
        Assert.All(ReviewEvents, e => Assert.True(e.End() <= new DateOnly(2021, 3, 12), $"{e.Str("title")} is dated after the publication"));
    }

    [Fact]
    public void The_visit_is_dated_from_the_publication_year_and_names_the_visitor_and_the_city()
    {
        var visit = ReviewEventQuoting("On 3 February, US Deputy Assistant Secretary of State George Kent visited Vilnius");

        Assert.Equal("2021-02-03?", visit.Edtf());
        Assert.Equal("visit", visit.Str("kind"));
        Assert.Equal("Vilnius", visit.Str("place"));
        Assert.Equal(["george-kent"], visit.Participants());
        Assert.Equal("George Kent visits Vilnius", visit.Str("title"));
    }

    [Fact]
    public void The_sanctions_are_imposed_by_the_United_States_on_18_February_2021()
    {
        var sanctions = ReviewEventQuoting("On 18 February, the United States imposed sanctions");

        Assert.Equal("2021-02-18?", sanctions.Edtf());
        Assert.Equal("sanctions", sanctions.Str("kind"));
        Assert.Equal("The United States imposes sanctions on nine Belarusian officials", sanctions.Str("title"));
        Assert.Empty(sanctions.Participants());
    }

    [Fact]
    public void The_prisoner_release_on_5_March_is_Lukashenkas()
    {
        var release = ReviewEventQuoting("On 5 March, Lukashenka freed the blogger Andrei Valchuk");

        Assert.Equal("2021-03-05?", release.Edtf());
        Assert.Equal("release", release.Str("kind"));
        Assert.Equal("alyaksandr-lukashenka", release.Participants()[0]);
        Assert.StartsWith("Lukashenka frees the blogger Andrei Valchuk", release.Str("title"), StringComparison.Ordinal);
        Assert.DoesNotContain("who had spent", release.Str("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_opinion_and_a_conditional_are_not_events()
    {
        var quotes = other.Events.SelectMany(e => e.Sources()).Select(s => s.Str("quote")).ToList();

        Assert.DoesNotContain(quotes, q => q.Contains("Analysts believe", StringComparison.Ordinal));
        Assert.DoesNotContain(quotes, q => q.Contains("If Minsk frees prisoners", StringComparison.Ordinal));
        Assert.DoesNotContain(other.Events, e => e.Str("title").Contains("lifted", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(other.Events, e => e.Str("title").Contains("could", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(other.Events, e => e.Start().Year >= 2022);
    }

    [Fact]
    public void Two_meetings_of_February_with_different_people_stay_two_events()
    {
        var sochi = ReviewEventQuoting("On 22 February, Lukashenka met Vladimir Putin in Sochi");
        var beijing = ReviewEventQuoting("In February, Foreign Minister Vladimir Makei met Chinese diplomats in Beijing");

        Assert.NotEqual(sochi.Str("slug"), beijing.Str("slug"));
        Assert.Equal("meeting", sochi.Str("kind"));
        Assert.Equal("meeting", beijing.Str("kind"));
        Assert.Equal("2021-02?", beijing.Edtf());
        Assert.Equal("Beijing", beijing.Str("place"));
        Assert.Equal(["vladimir-makei"], beijing.Participants());
        Assert.Equal(["alyaksandr-lukashenka", "vladimir-putin"], sochi.Participants().Order());
        Assert.Equal("Sochi", sochi.Str("place"));
    }

    [Fact]
    public void The_Sochi_meeting_reported_by_both_articles_is_one_event_with_two_sources()
    {
        var sochi = Assert.Single(other.Events, e => e.Str("place") == "Sochi");

        Assert.Equal(new DateOnly(2021, 2, 22), sochi.Start());
        Assert.Equal(new DateOnly(2021, 2, 22), sochi.End());
        Assert.Equal("day", sochi.GetProperty("date").Str("precision"));
        var sources = sochi.Sources();
        Assert.Equal(2, sources.Count);
        Assert.Equal(new[] { other.ReviewSlug, other.WireSlug }.Order(StringComparer.Ordinal), sources.Select(s => s.Str("article")).Order(StringComparer.Ordinal));
        Assert.Contains(sources, s => s.Str("quote").StartsWith("Russian President Vladimir Putin hosted Belarusian leader Alexander Lukashenko in Sochi", StringComparison.Ordinal));
        Assert.Equal(["alyaksandr-lukashenka", "vladimir-putin"], sochi.Participants().Order());
    }

    [Fact]
    public void A_report_that_states_the_year_makes_the_merged_events_date_stated()
    {
        var sochi = Assert.Single(other.Events, e => e.Str("place") == "Sochi");

        Assert.Equal("2021-02-22", sochi.Edtf());
        Assert.Equal("stated", sochi.GetProperty("date").Str("certainty"));
    }

    [Fact]
    public void Titles_read_as_headlines()
    {
        Assert.NotEmpty(other.Events);
        Assert.All(other.Events.Select(e => e.Str("title")), title =>
        {
            Assert.DoesNotMatch(DanglingEnd(), title);
            Assert.True(char.IsUpper(title[0]), $"“{title}” does not start with a capital");
            Assert.False(title.EndsWith('.') || title.EndsWith(','), $"“{title}” ends in punctuation");
            Assert.Equal(title.Count(c => c == '“'), title.Count(c => c == '”'));
            Assert.InRange(title.Split(' ').Length, 2, 16);
            Assert.DoesNotMatch(@"\b(?:On|In)\s+\d|\b\d{1,2}\s+(?:February|March)\b", title);
        });
    }
}
