using BelarusUsArchive.Text.Search;

namespace BelarusUsArchive.Tests.Search;

public class SearchQueryTests
{
    [Theory]
    [InlineData("sanctions", "\"sanctions\"")]
    [InlineData("Belarus sanctions", "\"Belarus\" AND \"sanctions\"")]
    [InlineData("\"political prisoners\"", "\"political prisoners\"")]
    [InlineData("sanction*", "\"sanction\"*")]
    [InlineData("sanctions OR potash", "(\"sanctions\" OR \"potash\")")]
    [InlineData("Minsk sanctions OR potash", "\"Minsk\" AND (\"sanctions\" OR \"potash\")")]
    [InlineData("multi-agent", "\"multi agent\"")]
    [InlineData("U.S. policy", "\"U S\" AND \"policy\"")]
    [InlineData("Lukashenka's", "\"Lukashenka\"")]
    [InlineData("Lukashenka’s regime", "\"Lukashenka\" AND \"regime\"")]
    [InlineData("10,000", "\"10 000\"")]
    [InlineData("col:x", "\"col x\"")]
    [InlineData("NEAR(sanctions potash, 5)", "\"NEAR\" AND \"sanctions\" AND \"potash\" AND \"5\"")]
    [InlineData("\"unbalanced", "\"unbalanced\"")]
    [InlineData("AND OR", "\"AND\" AND \"OR\"")]
    [InlineData("OR", "\"OR\"")]
    [InlineData("a AND b", "\"a\" AND \"b\"")]
    [InlineData("Лукашэнка", "\"Лукашэнка\"")]
    [InlineData("café débat", "\"café\" AND \"débat\"")]
    [InlineData("s*", "\"s\"")]
    [InlineData("'; DROP TABLE Articles; --", "\"DROP\" AND \"TABLE\" AND \"Articles\"")]
    [InlineData("he said \"yes\" loudly", "\"he\" AND \"said\" AND \"yes\" AND \"loudly\"")]
    public void Input_becomes_a_quoted_fts5_expression(string input, string expected) =>
        Assert.Equal(expected, SearchQuery.Parse(input).ToFts5());

    [Theory]
    [InlineData("Lukashenka -Putin", "\"Lukashenka\"", "\"Putin\"")]
    [InlineData("Lukashenka -\"Vladimir Putin\"", "\"Lukashenka\"", "\"Vladimir Putin\"")]
    [InlineData("minsk NOT cafe", "\"minsk\"", "\"cafe\"")]
    [InlineData("a -b -c", "\"a\"", "\"b\" OR \"c\"")]
    [InlineData("multi-agent", "\"multi agent\"", null)]
    public void A_dash_or_NOT_before_a_term_excludes_it(string input, string required, string? excluded)
    {
        var query = SearchQuery.Parse(input);
        Assert.Equal(required, query.ToFts5());
        Assert.Equal(excluded, query.ExcludedFts5());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("*")]
    [InlineData("\"\"")]
    [InlineData("-")]
    [InlineData("()")]
    [InlineData("😀🇧🇾")]
    [InlineData("\u0001\u0002\u001f")]
    [InlineData("\ud800")]
    [InlineData("-Putin")]
    [InlineData("!@#$%^&*()_+={}[]|\\:;<>,.?/~`")]
    public void Input_with_nothing_to_look_for_is_empty(string? input)
    {
        var query = SearchQuery.Parse(input);
        Assert.True(query.IsEmpty);
        Assert.Equal("", query.ToFts5());
    }

    [Fact]
    public void Emoji_and_lone_surrogates_separate_words_and_never_reach_the_index()
    {
        Assert.Equal("\"Minsk Washington\"", SearchQuery.Parse("Minsk😀Washington").ToFts5());
        Assert.Equal("\"Minsk\" AND \"Washington\"", SearchQuery.Parse("Minsk\ud800 Washington").ToFts5());
    }

    [Fact]
    public void A_very_long_input_is_cut_to_a_bounded_number_of_terms()
    {
        var query = SearchQuery.Parse(string.Concat(Enumerable.Repeat("word ", 2_000)));

        Assert.True(query.Truncated);
        Assert.Equal(SearchQuery.MaxTerms, query.Required.Count);
    }

    [Fact]
    public void Plain_words_widen_to_their_spellings_but_phrases_prefixes_and_quoted_words_do_not()
    {
        var query = SearchQuery.Parse("Krauchenka \"Krauchenka\" Krauch* \"Aleh Krauchenka\"")
            .Expand(w => w == "Krauchenka" ? ["Kravchenko", "Oleg Kravchenko", "Кравченко", "krauchenka"] : []);

        Assert.Equal(
            "(\"Krauchenka\" OR \"Kravchenko\" OR \"Oleg Kravchenko\" OR \"Кравченко\") AND \"Krauchenka\" AND \"Krauch\"* AND \"Aleh Krauchenka\"",
            query.ToFts5());
    }

    [Fact]
    public void Excluded_names_widen_too()
    {
        var query = SearchQuery.Parse("sanctions -Lukashenko").Expand(w => w == "Lukashenko" ? ["Lukashenka"] : []);

        Assert.Equal("\"Lukashenko\" OR \"Lukashenka\"", query.ExcludedFts5());
    }

    [Fact]
    public void The_query_reads_back_as_the_archive_understood_it() =>
        Assert.Equal("Minsk sanctions OR potash prison* -\"Vladimir Putin\"",
            SearchQuery.Parse("Minsk  sanctions OR potash prison* -\"Vladimir Putin\"").ToString());
}
