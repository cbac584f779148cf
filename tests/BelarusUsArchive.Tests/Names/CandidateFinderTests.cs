using BelarusUsArchive.Text.Names;

namespace BelarusUsArchive.Tests.Names;

/// <summary>
/// Unknown people in prose that is not a seed: sentences written for the test in the manner of news
/// agencies and think-tank sites, about people the authority lacks. A name with a role, title or verb of
/// saying around it is a candidate; organizations, places, publications and nationalities never are.
/// </summary>
public sealed class CandidateFinderTests
{
    private static List<string> Names(params string[] paragraphs) => [.. CandidateFinder.Find(paragraphs).Select(c => c.Name)];

    [Theory]
    [InlineData("Deputy Prime Minister Anna Kovalenko met the delegation in Kyiv on Tuesday.", "Anna Kovalenko")]
    [InlineData("“We will not leave,” said Pavel Sevyarynets, an opposition politician who spent years in prison.", "Pavel Sevyarynets")]
    [InlineData("The sanctions are largely symbolic, analyst Jane Roe told Reuters.", "Jane Roe")]
    [InlineData("Sviatlana Tsikhanouskaya, the exiled opposition leader, said the talks were a step forward.", "Sviatlana Tsikhanouskaya")]
    [InlineData("Political scientist Valery Karbalevich said the regime was testing the waters.", "Valery Karbalevich")]
    [InlineData("Ihar Losik, a blogger for RFE/RL, remains in prison.", "Ihar Losik")]
    [InlineData("Maria Kalesnikava said on Friday that she would stay in Belarus.", "Maria Kalesnikava")]
    [InlineData("Foreign Minister Maksim Ryzhenkov told state television the visit had been planned for months.", "Maksim Ryzhenkov")]
    [InlineData("Lithuanian Foreign Minister Gabrielius Landsbergis said Vilnius would not reopen the crossing.", "Gabrielius Landsbergis")]
    [InlineData("NATO Secretary General Jens Stoltenberg said the alliance was watching the exercises closely.", "Jens Stoltenberg")]
    [InlineData("The release was brokered by John Coale, a US envoy.", "John Coale")]
    [InlineData("Belarusian opposition politician Pavel Latushko told reporters the vote was a farce.", "Pavel Latushko")]
    public void A_name_with_a_role_title_or_quote_around_it_is_a_candidate(string paragraph, string name)
    {
        var candidate = Assert.Single(CandidateFinder.Find([paragraph]));

        Assert.Equal(name, candidate.Name);
        Assert.Equal(name, paragraph.Substring(candidate.Offset, candidate.Length));
    }

    [Fact]
    public void Every_person_of_a_news_story_written_for_the_test_is_found_in_its_paragraph()
    {
        string[] story =
        [
            "MINSK -- Belarus freed 14 political prisoners on Thursday, days after US envoy John Coale visited the capital.",
            "Among those released was Ihar Losik, a blogger who had spent more than four years behind bars.",
            "“This is a step, but only a small one,” said Franak Viacorka, a senior adviser to the opposition.",
            "The release was a signal to Washington, analyst Ryhor Astapenia told the agency.",
            "The Belarusian Foreign Ministry did not respond to a request for comment.",
        ];

        var found = CandidateFinder.Find(story);

        Assert.Equal(
            [(0, "John Coale"), (1, "Ihar Losik"), (2, "Franak Viacorka"), (3, "Ryhor Astapenia")],
            found.Select(c => (c.Paragraph, c.Name)));
    }

    [Fact]
    public void A_possessive_is_not_part_of_the_candidates_name()
    {
        var found = Names("Opposition leader Sviatlana Tsikhanouskaya’s adviser said the talks would continue.");

        Assert.Equal(["Sviatlana Tsikhanouskaya"], found);
    }

    [Theory]
    [InlineData("The Atlantic Council said the move was long overdue.")]
    [InlineData("The Washington Post reported that the embassy would reopen.")]
    [InlineData("The Belarusian Foreign Ministry said the decision was unfriendly.")]
    [InlineData("Protests spread from Minsk to New York City on Sunday.")]
    [InlineData("Radio Free Europe reported the arrests.")]
    [InlineData("European Union officials said the sanctions would stay.")]
    [InlineData("Human Rights Watch said the trials were unfair.")]
    [InlineData("The State Department said Washington would respond.")]
    [InlineData("Belarusian Americans said they would rally in Chicago.")]
    [InlineData("Polish Border Guard officials said the crossing was closed.")]
    [InlineData("The Viasna Human Rights Centre said 1,300 people remain behind bars.")]
    [InlineData("The Belarusian Association of Journalists said 30 reporters were behind bars.")]
    [InlineData("Voice of America reported that Minsk wanted ambassadors back.")]
    [InlineData("Associated Press reported the release.")]
    [InlineData("The United Nations said the report was credible.")]
    [InlineData("Hrodna Region authorities said the school was closed.")]
    [InlineData("According to Belta, the president met the governor.")]
    [InlineData("The Kremlin said Moscow would respond in kind.")]
    public void Organizations_places_publications_and_nationalities_are_never_candidates(string paragraph) =>
        Assert.Empty(Names(paragraph));

    [Theory]
    [InlineData("According to Amnesty International, hundreds were detained.")]
    [InlineData("The Carnegie Endowment said the sanctions had failed.")]
    [InlineData("According to Nasha Niva, the factory stopped work.")]
    [InlineData("According to Deutsche Welle, the border was closed.")]
    [InlineData("The Kalinouski Regiment said it had lost two fighters.")]
    [InlineData("The Minsk Tractor Works said production fell.")]
    [InlineData("The Supreme Court said the verdict stands.")]
    public void Organizations_and_publications_outside_the_word_list_are_not_candidates(string paragraph) =>
        Assert.Empty(Names(paragraph));

    [Theory]
    [InlineData("Minister of Education Andrei Ivaniec said schools would teach more history.", "Andrei Ivaniec")]
    [InlineData("Deputy Minister of Economy Anna Kovalenko said Minsk hoped to attract investors.", "Anna Kovalenko")]
    public void A_ministers_portfolio_is_not_part_of_the_name(string paragraph, string name) =>
        Assert.Equal([name], Names(paragraph));

    [Theory]
    [InlineData("Analyst Ryhor Astapenia told the agency the release was a signal.", "Ryhor Astapenia")]
    [InlineData("Expert Anna Kovalenko said the plan would fail.", "Anna Kovalenko")]
    [InlineData("Journalist Katsiaryna Andreyeva remains in prison.", "Katsiaryna Andreyeva")]
    public void A_role_that_opens_a_sentence_is_not_part_of_the_name(string paragraph, string name) =>
        Assert.Equal([name], Names(paragraph));

    [Fact]
    public void A_capitalized_name_without_a_role_or_quote_is_not_a_candidate()
    {
        var found = Names("The delegation later visited Brest Fortress and Mir Castle before flying home.");

        Assert.Empty(found);
    }

    [Fact]
    public void A_single_word_is_never_a_candidate()
    {
        var found = Names("The talks were useful, Kovalenko said.", "Viasna said the trials were unfair.");

        Assert.Empty(found);
    }

    [Fact]
    public void Surnames_with_a_capital_inside_are_whole_names()
    {
        var found = Names("State Department spokesman Sean McCormack called the decision regrettable.",
            "Assistant Secretary of State James O'Brien told members that Belarus holds 1,500 political prisoners.");

        Assert.Equal(["Sean McCormack", "James O'Brien"], found);
    }
}
