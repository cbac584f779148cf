using System.Text.Json;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Tests.Text;
using BelarusUsArchive.Text.Names;
using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Names;

/// <summary>
/// Mentions of known people, found with the real authority (seeds/people.json) in the real seeds and
/// in sentences written for the test. Every count below was made by reading the seed texts: a caption
/// the source repeats on two consecutive lines is one paragraph after parsing, so it counts once, and a
/// byline or author biography is not article text.
/// </summary>
public sealed class MentionFinderTests
{
    private static readonly Lazy<IReadOnlyList<string>> AuthorityNames = new(() => [.. Authority().Select(p => p.Name)]);

    private static readonly Lazy<MentionFinder> SeedFinder = new(() =>
        new MentionFinder(Authority().Select((p, i) => new KnownPerson(i, p.Aliases))));

    /// <summary>The authority as PeopleFile loads it: the canonical name is an alias too.</summary>
    private static List<(string Name, List<string> Aliases)> Authority()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Seeds, "people.json")));
        return
        [
            .. doc.RootElement.GetProperty("people").EnumerateArray().Select(p =>
            {
                var name = p.GetProperty("name").GetString()!;
                return (name, p.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Prepend(name).ToList());
            }),
        ];
    }

    private static string NameOf(FoundMention m) => AuthorityNames.Value[m.PersonId];

    private static (List<string> Paragraphs, IReadOnlyList<FoundMention> Mentions) InSeed(string seed)
    {
        var paragraphs = ArticleParser.Parse(File.ReadAllText(Path.Combine(Repo.Seeds, seed))).Blocks.Select(b => b.Text).ToList();
        return (paragraphs, SeedFinder.Value.Find(paragraphs));
    }

    private static IReadOnlyList<FoundMention> In(params string[] paragraphs) => SeedFinder.Value.Find(paragraphs);

    // ---- The real seeds ----

    [Theory]
    [InlineData(SeedFiles.Voa, "Alyaksandr Lukashenka", 7)]
    [InlineData(SeedFiles.Voa, "Oleg Kravchenko", 4)]
    [InlineData(SeedFiles.Voa, "Artyom Shraibman", 4)]
    [InlineData(SeedFiles.Voa, "Janusz Bugajski", 4)]
    [InlineData(SeedFiles.Voa, "Vladimir Putin", 3)]
    [InlineData(SeedFiles.Voa, "Grigory Ioffe", 1)]
    [InlineData(SeedFiles.Voa, "Danila Galperovich", 0)]
    [InlineData(SeedFiles.BelarusDigest, "Alyaksandr Lukashenka", 5)]
    [InlineData(SeedFiles.BelarusDigest, "Vladimir Makei", 3)]
    [InlineData(SeedFiles.BelarusDigest, "Steve Pearce", 2)]
    [InlineData(SeedFiles.BelarusDigest, "Oleg Kravchenko", 1)]
    [InlineData(SeedFiles.BelarusDigest, "David Marples", 0)]
    [InlineData(SeedFiles.Fyodorov, "Alyaksandr Lukashenka", 4)]
    [InlineData(SeedFiles.Fyodorov, "Oleg Kravchenko", 2)]
    [InlineData(SeedFiles.Fyodorov, "John Bolton", 2)]
    [InlineData(SeedFiles.Fyodorov, "David Hale", 2)]
    [InlineData(SeedFiles.Fyodorov, "Vladimir Makei", 1)]
    [InlineData(SeedFiles.Fyodorov, "Vladimir Putin", 0)]
    [InlineData(SeedFiles.Rferl, "Alyaksandr Lukashenka", 20)]
    [InlineData(SeedFiles.Rferl, "David Hale", 3)]
    [InlineData(SeedFiles.Rferl, "Vladimir Putin", 3)]
    [InlineData(SeedFiles.Rferl, "Oleg Kravchenko", 3)]
    [InlineData(SeedFiles.Rferl, "Michael Carpenter", 2)]
    [InlineData(SeedFiles.Rferl, "Samuel Charap", 2)]
    [InlineData(SeedFiles.Rferl, "Glen Howard", 2)]
    [InlineData(SeedFiles.Rferl, "Artyom Shraibman", 2)]
    [InlineData(SeedFiles.Rferl, "George W. Bush", 2)]
    [InlineData(SeedFiles.Rferl, "Todd Prince", 0)]
    [InlineData(SeedFiles.Dated, "Alyaksandr Lukashenka", 5)]
    [InlineData(SeedFiles.Dated, "Michael Carpenter", 2)]
    public void Each_seed_mentions_a_person_as_often_as_a_reader_counts(string seed, string person, int expected)
    {
        var (_, mentions) = InSeed(seed);

        Assert.Equal(expected, mentions.Count(m => NameOf(m) == person));
    }

    [Theory]
    [InlineData(SeedFiles.Voa, new[] { "Alyaksandr Lukashenka", "Oleg Kravchenko", "Mikhail Khvostov", "Karen Stewart", "George Kent", "Grigory Ioffe", "Artyom Shraibman", "Vladimir Putin", "Janusz Bugajski" })]
    [InlineData(SeedFiles.BelarusDigest, new[] { "Barack Obama", "Dzmitry Mironchyk", "Karen Stewart", "Alyaksandr Lukashenka", "Grigory Ioffe", "John Kerry", "Yury Ambrazevich", "Oleg Kravchenko", "Jonathan Katz", "Eric Rubin", "Vladimir Makei", "Steve Pearce", "Sergey Lavrov", "Michael Birnbaum" })]
    [InlineData(SeedFiles.Fyodorov, new[] { "Wess Mitchell", "Vladimir Makei", "Oleg Kravchenko", "John Bolton", "David Hale", "Alyaksandr Lukashenka", "Jenifer Moore", "Stanislav Zas", "Alexei Venediktov", "Donald Trump", "Kenneth Yalowitz" })]
    [InlineData(SeedFiles.Rferl, new[] { "Alyaksandr Lukashenka", "David Hale", "Michael Carpenter", "Vladimir Putin", "Eugene Chausovsky", "Samuel Charap", "Glen Howard", "John Bolton", "Artyom Shraibman", "Oleg Kravchenko", "George W. Bush", "Barack Obama", "Mikhail Myasnikovich" })]
    [InlineData(SeedFiles.Dated, new[] { "Michael Carpenter", "Alyaksandr Lukashenka" })]
    public void Each_seed_links_exactly_the_people_its_text_names(string seed, string[] people)
    {
        var (_, mentions) = InSeed(seed);

        Assert.Equal(people.Order(StringComparer.Ordinal), mentions.Select(NameOf).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_spelling_of_Kravchenko_in_the_RFE_RL_article_is_his()
    {
        var (_, mentions) = InSeed(SeedFiles.Rferl);

        Assert.Equal(["Aleh Krauchenka", "Krauchenka", "Kravchenko"], mentions.Where(m => NameOf(m) == "Oleg Kravchenko").Select(m => m.Surface));
    }

    [Fact]
    public void Lukashenko_with_a_title_an_initial_and_a_possessive_is_found_in_the_Fyodorov_article()
    {
        var (_, mentions) = InSeed(SeedFiles.Fyodorov);

        Assert.Equal(["Lukashenko", "A. Lukashenko", "Lukashenko", "Alexander Lukashenko"],
            mentions.Where(m => NameOf(m) == "Alyaksandr Lukashenka").Select(m => m.Surface));
    }

    [Fact]
    public void Bugajski_is_found_under_both_spellings_the_VOA_article_gives_him()
    {
        var (_, mentions) = InSeed(SeedFiles.Voa);

        Assert.Equal(["Janusz Bugayski", "Janusz Bugayski", "Janusz Bugajsky", "Janusz Bugayski"],
            mentions.Where(m => NameOf(m) == "Janusz Bugajski").Select(m => m.Surface));
    }

    [Theory]
    [MemberData(nameof(SeedParsingTests.Seeds), MemberType = typeof(SeedParsingTests))]
    public void Every_mention_in_a_seed_is_the_text_at_its_paragraph_and_offset(string seed)
    {
        var (paragraphs, mentions) = InSeed(seed);

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(m.Surface, paragraphs[m.Paragraph].Substring(m.Offset, m.Length)));
    }

    // ---- Sentences written for the test, with the real authority ----

    [Fact]
    public void An_initial_before_a_surname_is_part_of_the_mention()
    {
        var mentions = In("A. Lukashenko met the delegation in Minsk.");

        var m = Assert.Single(mentions);
        Assert.Equal(("A. Lukashenko", "Alyaksandr Lukashenka", 0), (m.Surface, NameOf(m), m.Offset));
    }

    [Fact]
    public void Titles_before_names_do_not_hide_the_person()
    {
        var mentions = In("Dr. Carpenter visited Minsk, and President Lukashenko received him.");

        Assert.Equal([("Carpenter", "Michael Carpenter"), ("Lukashenko", "Alyaksandr Lukashenka")], mentions.Select(m => (m.Surface, NameOf(m))));
    }

    [Fact]
    public void A_possessive_is_a_mention_without_its_ending()
    {
        const string text = "Lukashenka's statement and Lukashenka’s outburst were noted in Kerry’s memo.";

        var mentions = In(text);

        Assert.Equal(
            [("Lukashenka", 0), ("Lukashenka", text.IndexOf("Lukashenka’s", StringComparison.Ordinal)), ("Kerry", text.IndexOf("Kerry’s", StringComparison.Ordinal))],
            mentions.Select(m => (m.Surface, m.Offset)));
        Assert.Equal(["Alyaksandr Lukashenka", "Alyaksandr Lukashenka", "John Kerry"], mentions.Select(NameOf));
    }

    [Fact]
    public void Belarusian_Cyrillic_names_are_found_in_full_and_alone()
    {
        var mentions = In("Аляксандр Лукашэнка сустрэўся з дэлегацыяй ЗША. Лукашэнка сказаў, што Пуцін не прыедзе.");

        Assert.Equal(
            [("Аляксандр Лукашэнка", "Alyaksandr Lukashenka"), ("Лукашэнка", "Alyaksandr Lukashenka"), ("Пуцін", "Vladimir Putin")],
            mentions.Select(m => (m.Surface, NameOf(m))));
    }

    [Fact]
    public void Russian_Cyrillic_names_are_found()
    {
        var mentions = In("Александр Лукашенко заявил, что Владимир Путин поддержит Минск.");

        Assert.Equal([("Александр Лукашенко", "Alyaksandr Lukashenka"), ("Владимир Путин", "Vladimir Putin")], mentions.Select(m => (m.Surface, NameOf(m))));
    }

    [Fact]
    public void A_spelling_the_authority_does_not_list_is_found_through_the_key()
    {
        var mentions = In("Aleh Kravchanka told reporters that Kravchanka would return in March; Uladzimir Makey agreed.");

        Assert.Equal(
            [("Aleh Kravchanka", "Oleg Kravchenko"), ("Kravchanka", "Oleg Kravchenko"), ("Uladzimir Makey", "Vladimir Makei")],
            mentions.Select(m => (m.Surface, NameOf(m))));
    }

    [Fact]
    public void A_middle_initial_in_the_text_is_passed_over_and_kept_in_the_surface()
    {
        var mentions = In("George W. Bush imposed the sanctions; George Bush later widened them.");

        Assert.Equal([("George W. Bush", "George W. Bush"), ("George Bush", "George W. Bush")], mentions.Select(m => (m.Surface, NameOf(m))));
    }

    [Fact]
    public void Lower_case_words_and_surnames_the_authority_only_lists_in_full_are_not_people()
    {
        var mentions = In("Prince William visited Kent, then the bush fires; the moore of the valley was quiet.");

        Assert.Empty(mentions);
    }

    [Theory]
    [InlineData("Viktor Lukashenko, the president's eldest son, said the talks were useful.", "Alyaksandr Lukashenka")]
    [InlineData("V. Lukashenko, the national security adviser, met the delegation.", "Alyaksandr Lukashenka")]
    [InlineData("George H. W. Bush recognized Belarus in December 1991.", "George W. Bush")]
    [InlineData("Michael Moore said the film would be shown in Minsk.", "Jenifer Moore")]
    public void A_known_surname_after_another_given_name_is_not_linked_to_the_known_person(string text, string wrongPerson) =>
        Assert.DoesNotContain(In(text), m => NameOf(m) == wrongPerson);

    [Fact]
    public void A_woman_named_Olga_Kravchenko_is_not_Oleg_Kravchenko() =>
        Assert.DoesNotContain(In("Olga Kravchenko, a Ukrainian economist, said the deal was fair."), m => NameOf(m) == "Oleg Kravchenko");

    // ---- A surname shared by two people, in a small authority built for the test ----

    private static readonly MentionFinder Namesakes = new(
    [
        new KnownPerson(1, ["Anna Kovalenko", "Kovalenko"]),
        new KnownPerson(2, ["Petro Kovalenko", "Kovalenko"]),
    ]);

    [Fact]
    public void A_shared_surname_the_article_never_resolves_is_not_linked()
    {
        var mentions = Namesakes.Find(["Kovalenko said the talks went well.", "Kovalenko added that more would follow."]);

        Assert.Empty(mentions);
    }

    [Fact]
    public void A_shared_surname_goes_to_the_namesake_the_article_named_in_full()
    {
        var mentions = Namesakes.Find(["Deputy Minister Anna Kovalenko met US diplomats.", "Later, Kovalenko said the talks went well."]);

        Assert.Equal([("Anna Kovalenko", 1), ("Kovalenko", 1)], mentions.Select(m => (m.Surface, m.PersonId)));
    }

    [Fact]
    public void A_shared_surname_follows_the_namesake_named_most_recently_before_it()
    {
        var mentions = Namesakes.Find(["Anna Kovalenko spoke first.", "Kovalenko said the plan was ready.", "Petro Kovalenko replied.", "Kovalenko disagreed."]);

        Assert.Equal([1, 1, 2, 2], mentions.Select(m => m.PersonId));
    }

    [Fact]
    public void Initials_tell_namesakes_apart()
    {
        var mentions = Namesakes.Find(["A. Kovalenko said.", "P. Kovalenko replied."]);

        Assert.Equal([("A. Kovalenko", 1), ("P. Kovalenko", 2)], mentions.Select(m => (m.Surface, m.PersonId)));
    }

    [Fact]
    public void A_shared_surname_after_both_namesakes_were_named_together_is_not_linked()
    {
        var mentions = Namesakes.Find(["Anna Kovalenko met Petro Kovalenko in Kyiv.", "Kovalenko said the meeting was useful."]);

        Assert.DoesNotContain(mentions, m => m.Paragraph == 1);
    }

    [Fact]
    public void A_husbands_surname_is_not_linked_to_his_wife()
    {
        var finder = new MentionFinder([new KnownPerson(1, ["Sviatlana Tsikhanouskaya", "Tsikhanouskaya"])]);

        var mentions = finder.Find(["Siarhei Tsikhanouski, the blogger, was jailed in May.", "Tsikhanouski was sentenced to 18 years."]);

        Assert.Empty(mentions);
    }
}
