using BelarusUsArchive.Tests.Support;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BelarusUsArchive.Tests.Events;

/// <summary>
/// The events the real seed articles yield, as a historian of Belarus–US relations would check them: the
/// right day or month, the right people, every report of one happening filed under one event, nothing dated by
/// a page stamp, nothing that is only a plan or a forecast.
/// </summary>
public partial class SeedEventsTests(EventSeedsFixture seeds) : StoreTest, IClassFixture<EventSeedsFixture>
{
    private IEnumerable<JsonElement> Events => seeds.Events;

    [GeneratedRegex(@"\b(?:the|a|an|of|to|in|on|and|or|for|with|by|at|from|that|its|their|his|her|as|but|could|would|will|may|might|should|can|is|was|were|are|more|than)$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingEnd();

    [Fact]
    public void Hale_meets_Lukashenka_in_Minsk_on_17_September_2019_is_one_event_reported_by_a_caption_and_a_later_paragraph()
    {
        var rfe = seeds.Seed("003");

        var meetings = Events.Where(e => e.Start() == new DateOnly(2019, 9, 17)
            && e.Participants().Contains("david-hale") && e.Participants().Contains("alyaksandr-lukashenka")).ToList();

        var meeting = Assert.Single(meetings);
        Assert.Equal("2019-09-17?", meeting.Edtf());
        Assert.Equal("day", meeting.GetProperty("date").GetProperty("precision").GetString());
        Assert.Equal("inferred", meeting.GetProperty("date").GetProperty("certainty").GetString());
        Assert.Equal("meeting", meeting.Str("kind"));
        Assert.Equal("Minsk", meeting.Str("place"));
        Assert.Contains("Hale", meeting.Str("title"), StringComparison.Ordinal);
        Assert.Contains("Lukashenka", meeting.Str("title"), StringComparison.Ordinal);
        var sources = meeting.Sources();
        Assert.Equal(2, sources.Count);
        Assert.All(sources, s => Assert.Equal(rfe, s.Str("article")));
        var paragraphs = sources.Select(s => Paragraph(rfe, s.GetProperty("paragraph").GetInt32())).ToList();
        Assert.Contains(paragraphs, p => p.Str("kind") == "caption" && p.Str("text").StartsWith("Belarusian President Alyaksandr Lukashenka (left) meets", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Str("kind") == "paragraph" && p.Str("text").StartsWith("Hale signaled on September 17", StringComparison.Ordinal));
    }

    [Fact]
    public void Obama_extends_sanctions_against_Belarusian_leaders_on_10_June_2015()
    {
        var marples = seeds.Seed("001");

        var extension = Assert.Single(Events, e => e.Str("kind") == "sanctions" && e.Participants().Contains("barack-obama") && e.Start().Year == 2015);

        Assert.Equal("2015-06-10?", extension.Edtf());
        Assert.Equal("Barack Obama extends sanctions against Belarusian leaders", extension.Str("title"));
        Assert.Equal(["barack-obama"], extension.Participants());
        var source = Assert.Single(extension.Sources());
        Assert.Equal(marples, source.Str("article"));
        Assert.Equal(1, source.GetProperty("paragraph").GetInt32());
        Assert.StartsWith("On June 10, US President Barack Obama extended sanctions", source.Str("quote"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_Eastern_Partnership_summit_in_Riga_spans_21_and_22_May_2015()
    {
        var summit = Assert.Single(Events, e => e.Str("title").Contains("Eastern Partnership summit", StringComparison.Ordinal));

        Assert.Equal("2015-05-21?/2015-05-22?", summit.Edtf());
        Assert.Equal(new DateOnly(2015, 5, 21), summit.Start());
        Assert.Equal(new DateOnly(2015, 5, 22), summit.End());
        Assert.Equal("Riga", summit.Str("place"));
        Assert.Equal("meeting", summit.Str("kind"));
        Assert.Equal(seeds.Seed("001"), Assert.Single(summit.Sources()).Str("article"));
    }

    [Fact]
    public void Lukashenka_releasing_the_political_prisoners_and_the_US_suspending_sanctions_in_August_2015_are_two_events()
    {
        var august2015 = Events.Where(e => e.Edtf() == "2015-08").ToList();

        var release = Assert.Single(august2015, e => e.Str("kind") == "release");
        var suspension = Assert.Single(august2015, e => e.Str("kind") == "sanctions");
        Assert.NotEqual(release.Str("slug"), suspension.Str("slug"));
        Assert.Equal(["alyaksandr-lukashenka"], release.Participants());
        Assert.Contains("Lukashenka releases", release.Str("title"), StringComparison.Ordinal);
        Assert.Contains("political prisoners", release.Str("title"), StringComparison.Ordinal);
        Assert.Equal("The United States suspends sanctions on Belarus", suspension.Str("title"));
        Assert.Equal("month", suspension.GetProperty("date").GetProperty("precision").GetString());
        Assert.Equal("stated", suspension.GetProperty("date").GetProperty("certainty").GetString());
        Assert.All([release, suspension], e => Assert.StartsWith("In August 2015, Lukashenka released all six", Assert.Single(e.Sources()).Str("quote"), StringComparison.Ordinal));
    }

    [Fact]
    public void The_September_2019_decision_to_restore_ambassadors_is_one_event_with_sources_from_both_articles_that_report_it()
    {
        var voa = seeds.Seed("000");
        var rfe = seeds.Seed("003");

        var decisions = Events.Where(e => e.Start().Year == 2019 && e.Start().Month == 9 && e.Str("kind") == "agreement").ToList();

        var decision = Assert.Single(decisions);
        Assert.Equal("month", decision.GetProperty("date").GetProperty("precision").GetString());
        Assert.StartsWith("2019-09", decision.Edtf(), StringComparison.Ordinal);
        Assert.True(decision.QuotedFrom(voa), "the VOA article reports the decision");
        Assert.True(decision.QuotedFrom(rfe), "the RFE/RL article reports the decision");
        Assert.Contains(decision.Sources(), s => s.Str("quote").Contains("decided to restore interstate ties at the ambassadorial level", StringComparison.Ordinal));
        Assert.Contains(decision.Sources(), s => s.Str("quote").Contains("announced in September that they will again exchange ambassadors", StringComparison.Ordinal));
    }

    [Fact]
    public void The_2015_events_of_Marples_article_are_dated_from_its_June_2015_publication()
    {
        var marples = seeds.Seed("001");

        var dated = Events.Where(e => e.QuotedFrom(marples)).ToDictionary(e => Assert.Single(e.Sources()).Str("quote")[..20], e => e.Edtf());

        Assert.Equal("2015-05-14?", dated["A meeting on human r"]);
        Assert.Equal("2015-05-27?", dated["On 27 May, in an int"]);
        Assert.Equal("2015-05-28?", dated["On 28 May, the US Co"]);
        Assert.Equal("2015-06-07?/2015-06-08?", dated["On 7-8 June, Makei m"]);
        Assert.Equal("2008", dated["It culminated with t"]);
    }

    [Fact]
    public void Steve_Pearce_visits_Minsk_on_28_May_2015()
    {
        var visit = Assert.Single(Events, e => e.Participants().Contains("steve-pearce"));

        Assert.Equal("2015-05-28?", visit.Edtf());
        Assert.Equal("visit", visit.Str("kind"));
        Assert.Equal("Steve Pearce visits Minsk", visit.Str("title"));
        Assert.Equal("Minsk", visit.Str("place"));
    }

    [Fact]
    public void The_sanctions_of_2008_and_2012_keep_the_year_precision_the_text_gives()
    {
        var bush = Assert.Single(Events, e => e.Str("kind") == "sanctions" && e.Participants().Contains("george-w-bush"));
        var obama2012 = Assert.Single(Events, e => e.Str("kind") == "sanctions" && e.Participants().Contains("barack-obama") && e.Start().Year == 2012);

        Assert.Equal("2008", bush.Edtf());
        Assert.Equal("year", bush.GetProperty("date").GetProperty("precision").GetString());
        Assert.Equal("George W. Bush widens sanctions on Belarus", bush.Str("title"));
        Assert.Equal("2012", obama2012.Edtf());
        Assert.Equal("Barack Obama expands sanctions on Belarus", obama2012.Str("title"));
    }

    [Fact]
    public void No_event_is_dated_by_the_page_update_stamp()
    {
        var stamp = new DateOnly(2022, 11, 27);

        Assert.NotEmpty(Events);
        Assert.DoesNotContain(Events, e => e.Start() <= stamp && stamp <= e.End());
        Assert.DoesNotContain(Events, e => e.Start().Year == 2022);
        Assert.DoesNotContain(Events, e => e.Sources().Any(s => s.Str("quote").Contains("Updated at", StringComparison.Ordinal)));
    }

    [Fact]
    public void No_event_is_a_plan_or_a_forecast()
    {
        string[] forecasts = ["presidential election in 2020", "by 2024", "after 2030", "early 2020", "in 2016 and 2017", "On November 22, I will meet", "spring 2020"];

        Assert.DoesNotContain(Events, e => e.Start().Year >= 2020);
        Assert.DoesNotContain(Events, e => e.Sources().Any(s => forecasts.Any(f => s.Str("quote").Contains(f, StringComparison.Ordinal))));
    }

    [Fact]
    public void The_timeline_runs_from_Lukashenkas_coming_to_power_through_the_2006_crackdown_to_2019()
    {
        var starts = Events.Select(e => e.Start()).ToList();

        // "Lukashenka has been in power in Belarus since 1994" tells the tenure's start (since round six).
        Assert.Equal(1994, starts.Min().Year);
        Assert.Equal(2019, starts.Max().Year);
        Assert.Contains(new DateOnly(2006, 3, 1), starts);
    }

    [Fact]
    public void Every_source_quote_is_found_in_the_paragraph_it_links_to()
    {
        var sources = Events.SelectMany(e => e.Sources()).ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, s =>
        {
            var paragraph = Paragraph(s.Str("article"), s.GetProperty("paragraph").GetInt32());
            Assert.Contains(s.Str("quote"), paragraph.Str("text"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_event_lies_at_or_before_the_publication_of_each_article_that_reports_it()
    {
        Assert.All(Events, e => Assert.All(e.Sources(), s =>
        {
            var published = seeds.ArticlesBySlug[s.Str("article")].GetProperty("published");
            var end = DateOnly.Parse(published.GetProperty("end").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(e.End() <= end, $"“{e.Str("title")}” ({e.Edtf()}) ends after {s.Str("article")} was published ({published.GetProperty("edtf").GetString()})");
        }));
    }

    [Fact]
    public void Every_event_has_a_date_a_kind_of_the_contract_and_at_least_one_source()
    {
        string[] kinds = ["visit", "meeting", "sanctions", "election", "agreement", "statement", "release", "appointment", "expulsion", "military", "economic", "other"];

        Assert.All(Events, e =>
        {
            Assert.Equal(JsonValueKind.Object, e.GetProperty("date").ValueKind);
            Assert.Contains(e.Str("kind"), kinds);
            Assert.NotEmpty(e.Sources());
            Assert.False(string.IsNullOrWhiteSpace(e.Str("title")));
            Assert.Equal("extracted", e.Str("status"));
        });
        Assert.Equal(Events.Count(), Events.Select(e => e.Str("slug")).Distinct().Count());
    }

    [Fact(Skip = "defect: 001 ¶3 gives the title “It culminated with the virtual emptying of the respective embassies…”: a pronoun subject the extractor cannot resolve to the embassies’ crisis")]
    public void Every_seed_title_reads_as_a_headline()
    {
        Assert.All(Events.Select(e => e.Str("title")), title =>
        {
            Assert.DoesNotMatch(DanglingEnd(), title);
            Assert.Equal(title.Count(c => c == '“'), title.Count(c => c == '”'));
            Assert.DoesNotMatch(@"\b(?:\p{Lu}\.)+\p{Lu}$", title);
            Assert.DoesNotMatch(@"^(?:It|He|She|They)\b", title);
        });
    }

    [Fact]
    public void Kravchenkos_five_visits_to_the_United_States_in_2019_list_him_as_a_participant()
    {
        var visits = Assert.Single(Events, e => e.Str("title") == "Oleg Kravchenko visits the United States");

        Assert.Equal("2019", visits.Edtf());
        Assert.Contains("oleg-kravchenko", visits.Participants());
    }

    [Fact(Skip = "defect: “a month after Lukashenka’s outburst” (003 ¶39) names a happening, not a date; the resolver now leaves it unresolved, so the remarks (January 2019, the conference of ¶30) are no event at all rather than a wrongly dated one")]
    public void Krauchenkas_Atlantic_Council_remarks_a_month_after_Lukashenkas_outburst_are_not_dated_September_2019()
    {
        var remarks = Assert.Single(Events, e => e.Sources().Any(s => s.Str("quote").StartsWith("Nonetheless, a month after Lukashenka", StringComparison.Ordinal)));

        Assert.NotEqual("2019-09?", remarks.Edtf());
        Assert.StartsWith("2019-01", remarks.Edtf(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_2016_exchange_of_defence_attaches_is_not_placed_in_Poland()
    {
        var exchange = Assert.Single(Events, e => e.Str("title").Contains("defense attaches", StringComparison.Ordinal));

        Assert.Equal("2016-08?", exchange.Edtf());
        Assert.Equal(JsonValueKind.Null, exchange.GetProperty("place").ValueKind);
    }

    [Fact]
    public void John_Kerry_is_not_a_participant_of_the_Victory_Day_parade_in_Minsk()
    {
        var parade = Assert.Single(Events, e => e.Str("title").Contains("Victory Day parade", StringComparison.Ordinal));

        Assert.Equal("2015-05-09?", parade.Edtf());
        Assert.DoesNotContain("john-kerry", parade.Participants());
    }

    [Fact]
    public void Lukashenka_expelling_the_US_ambassador_in_2008_is_an_event()
    {
        var rfe = seeds.Seed("003");

        Assert.Contains(Events, e => e.Str("kind") == "expulsion" && e.Start().Year == 2008
            && e.Participants().Contains("alyaksandr-lukashenka") && e.QuotedFrom(rfe));
    }

    private JsonElement Paragraph(string articleSlug, int n) =>
        seeds.ArticlesBySlug[articleSlug].GetProperty("paragraphs").EnumerateArray().Single(p => p.GetProperty("n").GetInt32() == n);
}
