using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// Headlines and writers in the shapes blogs and small sites give them when no markup marks them: the blog's name as
/// the h1 over the post's title, a post meta line ("Posted in … by … on …"), a labelled byline, a signature, a
/// copyright line. Written small by hand after the development set's families; names and sites are invented.
/// </summary>
public sealed class HtmlMetaLineShapesTests
{
    private static readonly string Paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
        $"<p>Paragraph {i} of the post says that the negotiations went on for many hours, that the delegations met twice, and that no agreement was signed in the end.</p>"));

    // These tests are about the rules, not speed (the benchmark measures that): a first call pays for compiling the code.
    private static ParsedArticle Extract(string html) => ArticleExtractor.Extract(html, TimeSpan.FromSeconds(60));

    private static string Page(string head, string body) =>
        $"<!doctype html><html lang=\"en\"><head>{head}</head><body>{body}</body></html>";

    [Fact]
    public void The_blogs_name_as_the_h1_gives_way_to_the_post_title_the_page_title_states()
    {
        var a = Extract(Page("<title>Talks in Minsk end without a deal | Northern Notes</title>",
            $"<header><h1>Northern Notes</h1></header><article><h2>Nav</h2><h2>Talks in Minsk end without a deal</h2>{Paragraphs}</article>"));

        Assert.Equal("Talks in Minsk end without a deal", a.Title);
    }

    [Fact]
    public void A_domain_as_the_h1_is_the_masthead_not_the_headline()
    {
        var a = Extract(Page("<title>Talks in Minsk end without a deal</title>",
            $"<h1>northern-notes.example</h1><article><h3>Talks in Minsk end without a deal</h3>{Paragraphs}</article>"));

        Assert.Equal("Talks in Minsk end without a deal", a.Title);
    }

    [Fact]
    public void A_kicker_cut_from_the_h1_leaves_no_colon_before_the_headline()
    {
        var a = Extract(Page("<meta property=\"og:title\" content=\"Talks in Minsk end without a deal\">",
            $"<article><h1><span class=\"kicker\">Diplomacy</span>: Talks in Minsk end without a deal</h1>{Paragraphs}</article>"));

        Assert.Equal("Talks in Minsk end without a deal", a.Title);
    }

    [Fact]
    public void An_h1_whose_start_is_the_sites_name_is_still_the_headline()
    {
        var a = Extract(Page("<meta property=\"og:site_name\" content=\"Talks\"><title>Talks in Minsk end without a deal</title>",
            $"<article><h1>Talks in Minsk end without a deal</h1><h3>Talks</h3>{Paragraphs}</article>"));

        Assert.Equal("Talks in Minsk end without a deal", a.Title);
    }

    [Theory]
    [InlineData("<div class=\"meta\">Posted in <a href=\"/c/news\">News</a> by jwalker on August 3, 2019</div>", "jwalker")]
    [InlineData("<div class=\"submitted\">Gespeichert von <span>rasos</span> am 24. Juli 2017 - 18:55</div>", "rasos")]
    [InlineData("<p class=\"text-muted\">11.12.2019 - Anna Lorenz</p>", "Anna Lorenz")]
    [InlineData("<small>04.02.2022 | 13:10 Uhr | Maria Helmers</small>", "Maria Helmers")]
    public void A_post_meta_line_joining_a_name_and_the_date_names_the_writer(string line, string expected)
    {
        var a = Extract(Page("<title>Talks in Minsk end without a deal</title>",
            $"<article><h1>Talks in Minsk end without a deal</h1>{line}{Paragraphs}</article>"));

        Assert.Equal([expected], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_labelled_byline_after_the_text_names_the_writer()
    {
        var a = Extract(Page("<title>Talks in Minsk end without a deal</title>",
            $"<article><h1>Talks in Minsk end without a deal</h1>{Paragraphs}<p><strong>Text:</strong> Klausmartin Friedland</p></article>"));

        Assert.Equal(["Klausmartin Friedland"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_name_signed_under_the_text_names_the_writer()
    {
        var a = Extract(Page("<title>Talks in Minsk end without a deal</title>",
            $"<article><h1>Talks in Minsk end without a deal</h1>{Paragraphs}<p><b><i>Stefan Walter</i></b></p></article>"));

        Assert.Equal(["Stefan Walter"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_persons_copyright_line_names_the_writer_and_a_companys_does_not()
    {
        var person = Extract(Page("<title>Talks in Minsk end without a deal</title>",
            $"<article><h1>Talks in Minsk end without a deal</h1>{Paragraphs}</article><footer><p>Copyright (c) 2012- George Sorley. All rights reserved.</p></footer>"));
        var company = Extract(Page("<title>Talks in Minsk end without a deal</title>",
            $"<article><h1>Talks in Minsk end without a deal</h1>{Paragraphs}</article><footer><p>© 2019 Northern Media Group GmbH</p></footer>"));

        Assert.Equal(["George Sorley"], person.Authors.Select(x => x.Name));
        Assert.Empty(company.Authors);
    }

    [Fact]
    public void A_sentence_that_begins_with_by_is_not_a_meta_line()
    {
        var a = Extract(Page("<title>Talks in Minsk end without a deal</title>",
            $"<article><h1>Talks in Minsk end without a deal</h1><p>Talks ended on 3 August 2019 as planned by the ministry on both sides.</p>{Paragraphs}</article>"));

        Assert.Empty(a.Authors);
    }
    [Fact]
    public void A_first_name_alone_as_the_writer_is_completed_by_the_full_name_the_page_prints()
    {
        var a = Extract(Page("<title>Talks in Minsk end without a deal</title><meta name=\"author\" content=\"Nils\">",
            $"<article><h1>Talks in Minsk end without a deal</h1><p><strong>Eine Kolumne von Nils Pickard</strong></p>{Paragraphs}</article>"));

        Assert.Equal(["Nils Pickard"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void Short_labels_after_the_last_sentence_are_not_text_but_a_signature_stays()
    {
        var a = Extract(Page("<title>Talks in Minsk end without a deal</title>",
            $"<article><h1>Talks in Minsk end without a deal</h1>{Paragraphs}<p>Stefan Walter</p><h3>Mehr zum Thema</h3><p>Auch interessant</p></article>"));

        var text = string.Join("\n", a.Blocks.Select(b => b.Text));
        Assert.DoesNotContain("Mehr zum Thema", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Auch interessant", text, StringComparison.Ordinal);
        Assert.Contains("Stefan Walter", text, StringComparison.Ordinal);
        Assert.Contains("no agreement was signed in the end.", text, StringComparison.Ordinal);
    }
}
