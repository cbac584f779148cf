using BelarusUsArchive.Text.Names;

namespace BelarusUsArchive.Tests.Names;

/// <summary>
/// The name key on real spellings: Belarusian and Russian romanizations, Cyrillic in both languages,
/// English forms and possessives of one name must meet; the names of different people must not.
/// Each row is a pair a researcher would judge by ear and by source, not by reading the key's code.
/// </summary>
public sealed class NameKeyTests
{
    // The first spelling of each row against every other spelling of the same name.
    public static TheoryData<string, string> SameName => Pairs(
        ["Lukashenka", "Lukashenko", "Лукашэнка", "Лукашенко", "Lukashenka's", "Lukashenka’s"],
        ["Krauchenka", "Kravchenko", "Krauchanka", "Краўчанка", "Кравченко"],
        ["Aliaksandr", "Alyaksandr", "Alexander", "Aleksandr", "Аляксандр", "Александр"],
        ["Aleh", "Oleg", "Алег", "Олег"],
        ["Uladzimir", "Vladimir", "Уладзімір", "Владимир"],
        ["Dzmitry", "Dmitry", "Dmitri", "Дзмітрый", "Дмитрий"],
        ["Artsiom", "Artyom", "Artem", "Арцём", "Артём"],
        ["Tsikhanouskaya", "Tikhanovskaya", "Ціханоўская", "Тихановская"],
        ["Makei", "Makey", "Макей"],
        ["Bugajski", "Bugayski", "Bugajsky"],
        ["Mironchyk", "Mironchik", "Мірончык", "Мирончик"],
        ["Myasnikovich", "Miasnikovich", "Мясніковіч", "Мясникович"],
        ["Khvostov", "Khvastou", "Хвостов", "Хвастоў"],
        ["Stanislav", "Stanislau", "Станіслаў", "Станислав"],
        ["Sergey", "Sergei", "Siarhei", "Сяргей", "Сергей"],
        ["Yury", "Yuri", "Юрый", "Юрий"],
        ["Kalesnikava", "Kolesnikova", "Калеснікава", "Колесникова"],
        ["Ihar", "Igor", "Ігар", "Игорь"],
        ["Ioffe", "Yoffe", "Иоффе"]);

    // Real surnames and given names of different people (or different names altogether).
    public static TheoryData<string, string> DifferentNames => new()
    {
        { "Lukashenka", "Lukashevich" },
        { "Lukashenka", "Lukashuk" },
        { "Kravchenko", "Kovalenko" },
        { "Kravchenko", "Kravets" },
        { "Shraibman", "Shushkevich" },
        { "Hale", "Howard" },
        { "Makei", "Mikoyan" },
        { "Mironchyk", "Marynich" },
        { "Sannikov", "Sinkevich" },
        { "Lavrov", "Lavrentiev" },
        { "Ioffe", "Fey" },
        { "Bugajski", "Bogatski" },
        { "Aliaksandr", "Aliaksei" },
        { "Alexander", "Alexei" },
        { "Uladzimir", "Vladislav" },
        { "Dzmitry", "Dzianis" },
        { "Artyom", "Arseny" },
        { "Viktar", "Vitali" },
        { "Maria", "Marina" },
        { "Aleh", "Alla" },
    };

    private static TheoryData<string, string> Pairs(params string[][] rows)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in rows)
        {
            foreach (var other in row.Skip(1))
            {
                data.Add(row[0], other);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SameName))]
    public void Spellings_of_one_name_meet_under_one_key(string spelling, string variant)
    {
        Assert.NotEqual("", NameKey.Fold(spelling));
        Assert.Equal(NameKey.Fold(spelling), NameKey.Fold(variant));
    }

    [Theory]
    [InlineData("Lukashenka", "Łukašenka")]
    [InlineData("Krauchanka", "Kraŭčanka")]
    public void Belarusian_Latin_spellings_meet_their_romanizations(string spelling, string variant) =>
        Assert.Equal(NameKey.Fold(spelling), NameKey.Fold(variant));

    [Theory(Skip = "defect: NameKey.Fold keeps the Belarusian prothetic v of Вольга/Volha ('vlg') while Ольга/Olga folds to '_lg', so the Belarusian and Russian forms of one given name do not meet")]
    [InlineData("Olga", "Volha")]
    [InlineData("Ольга", "Вольга")]
    public void The_Belarusian_and_Russian_forms_of_Olga_meet(string spelling, string variant) =>
        Assert.Equal(NameKey.Fold(spelling), NameKey.Fold(variant));

    [Theory]
    [MemberData(nameof(DifferentNames))]
    public void Names_of_different_people_do_not_meet(string name, string other) =>
        Assert.NotEqual(NameKey.Fold(name), NameKey.Fold(other));

    [Theory]
    [InlineData("Oleg", "Olga")]
    [InlineData("Anna", "Inna")]
    [InlineData("Hale", "Hill")]
    public void Different_names_that_differ_only_in_vowels_do_not_meet(string name, string other) =>
        Assert.NotEqual(NameKey.Fold(name), NameKey.Fold(other));

    [Theory]
    [InlineData("Alexander Lukashenko", "Аляксандр Лукашэнка")]
    [InlineData("Aleh Krauchenka", "Олег Кравченко")]
    [InlineData("Uladzimir Makei", "Vladimir Makey")]
    [InlineData("Artsiom Shraibman", "Артём Шрайбман")]
    [InlineData("Dzmitry Mironchyk", "Dmitry Mironchik")]
    public void Whole_names_in_either_script_fold_word_by_word_to_the_same_keys(string name, string variant) =>
        Assert.Equal(NameKey.FoldName(name), NameKey.FoldName(variant));

    [Fact]
    public void Whole_names_of_different_people_with_one_given_name_keep_distinct_surname_keys()
    {
        var makei = NameKey.FoldName("Vladimir Makei");
        var putin = NameKey.FoldName("Vladimir Putin");

        Assert.Equal(makei[0], putin[0]);
        Assert.NotEqual(makei[1], putin[1]);
    }

    [Theory]
    [InlineData("Lukashenka's", "Lukashenka")]
    [InlineData("Lukashenka’s", "Lukashenka")]
    [InlineData("Bush’s", "Bush")]
    [InlineData("Lukashenka", "Lukashenka")]
    public void A_possessive_ending_is_stripped_from_the_word(string word, string expected) =>
        Assert.Equal(expected, NameKey.Strip(word));

    [Theory]
    [InlineData("")]
    [InlineData("–")]
    [InlineData("1994")]
    public void A_word_without_letters_has_an_empty_key(string word) =>
        Assert.Equal("", NameKey.Fold(word));
}
