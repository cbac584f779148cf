using BelarusUsArchive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Import;

/// <summary>Lines a site repeats on every page, found across the files of one import, are not article text.</summary>
public class SiteFurnitureTests
{
    private const string Appeal = "Our reporting from Minsk is paid for by readers like you, and every contribution keeps it free for everyone.";

    private static string Page(string title, string first, string second) => $"""
        Minsk Observer
        News
        Opinion

        {title}

        By Jane Doe

        {first}

        {second}

        {Appeal}

        © 2024 Minsk Observer
        """;

    private static readonly string[] Pages =
    [
        Page("Embassies to restore their staff", "On 12 March 2021 the two governments agreed to restore the staff of their embassies after years of reductions on both sides.",
            "Officials in Washington said the agreement would take effect within a month and that consular services would resume in the summer."),
        Page("Potash sanctions extended for another year", "The Treasury extended the sanctions on the Belarusian potash producer on Tuesday, citing the continued detention of political prisoners.",
            "Analysts in Vilnius expect the decision to cut the company's exports through the Baltic ports for the rest of the year."),
        Page("Prisoners released after talks in Minsk", "Fourteen political prisoners were released on Thursday after a visit by an American envoy to the Belarusian capital.",
            "The envoy said the release was a step that could lead to a gradual easing of sanctions if it were followed by others."),
    ];

    [Fact]
    public async Task A_line_repeated_on_three_pages_of_a_site_is_left_out_of_each()
    {
        using var folder = new TestFolder(withSeeds: false);
        for (var i = 0; i < Pages.Length; i++)
        {
            folder.Write($"observer/{i}.txt", Pages[i]);
        }
        folder.Write("alone/0.txt", Pages[0]);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();

        var articles = app.InScope(db => db.Articles.Include(a => a.Paragraphs).Include(a => a.Authors).ThenInclude(x => x.Author).ToDictionary(a => a.SourceFile));
        Assert.Equal(4, articles.Count);
        // With the site's header known for what it is, the headline and the byline are read under it.
        Assert.Equal(["Embassies to restore their staff", "Potash sanctions extended for another year", "Prisoners released after talks in Minsk"],
            new[] { "observer/0.txt", "observer/1.txt", "observer/2.txt" }.Select(k => articles[k].Title));
        Assert.All(new[] { "observer/0.txt", "observer/1.txt", "observer/2.txt" }, k => Assert.Equal(["Jane Doe"], articles[k].Authors.Select(x => x.Author!.Name)));
        foreach (var key in new[] { "observer/0.txt", "observer/1.txt", "observer/2.txt" })
        {
            Assert.DoesNotContain(articles[key].Paragraphs, p => p.Text == Appeal);
            Assert.Equal(2, articles[key].Paragraphs.Count(p => p.Text.Length > 100 && p.Text != Appeal));
        }
        // The same page alone in its folder gives no such evidence: the appeal reads like prose and stays.
        Assert.Contains(articles["alone/0.txt"].Paragraphs, p => p.Text == Appeal);
    }

    [Fact]
    public async Task Copies_of_one_syndicated_article_do_not_strip_each_others_paragraphs()
    {
        using var folder = new TestFolder(withSeeds: false);
        for (var i = 0; i < 3; i++)
        {
            folder.Write($"wire/{i}.txt", Pages[1]);
        }
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();

        var articles = app.InScope(db => db.Articles.Include(a => a.Paragraphs).ToList());
        Assert.Equal(3, articles.Count);
        Assert.All(articles, a => Assert.Equal(3, a.Paragraphs.Count(p => p.Text.Length > 100)));
    }
}
