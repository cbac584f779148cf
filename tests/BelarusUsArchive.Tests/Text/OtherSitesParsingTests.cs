using System.Text;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// The parser on page shapes the seeds do not have, written by hand after the way other news sites,
/// think tanks and plain-text archives lay out an article.
/// </summary>
public sealed class OtherSitesParsingTests
{
    private static string[] Texts(ParsedArticle a, BlockKind kind) => [.. a.Blocks.Where(b => b.Kind == kind).Select(b => b.Text)];

    private static string[] RemovedTexts(ParsedArticle a) => [.. a.Removed.Select(r => r.Text)];

    [Fact]
    public void A_by_line_with_two_names_and_a_published_label_gives_both_authors_and_the_stated_day()
    {
        const string Page = """
            City Council Approves Expanded Budget for Public Transit

            By Jane Doe and John Roe

            Published: March 3, 2021

            The city council voted seven to two on Tuesday to approve a budget that expands bus service to the northern suburbs.

            Council members said the new routes would start running in the autumn, once the drivers have been hired.

            The mayor, who proposed the plan last year, called the vote a victory for commuters.
            """;

        var a = ArticleParser.Parse(Page);

        Assert.Equal("City Council Approves Expanded Budget for Public Transit", a.Title);
        Assert.Null(a.Subtitle);
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors.Select(x => x.Name));
        Assert.Null(a.Outlet);
        Assert.NotNull(a.Published);
        Assert.Equal("2021-03-03", a.Published.Edtf);
        Assert.Equal(DatePrecision.Day, a.Published.Precision);
        Assert.Equal(DateCertainty.Stated, a.Published.Certainty);
        Assert.Equal(DateSource.Text, a.Published.Source);
        Assert.Equal(3, a.Blocks.Count);
        Assert.All(a.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Equal(["City Council Approves Expanded Budget for Public Transit", "By Jane Doe and John Roe", "Published: March 3, 2021"], RemovedTexts(a));
        Assert.Empty(SourceLines.Unaccounted(Page, a));
    }

    [Theory]
    [InlineData("Maria Ivanova | Kyiv Post", "Maria Ivanova", "Kyiv Post")]
    [InlineData("Tom Walsh, Reuters", "Tom Walsh", "Reuters")]
    [InlineData("Jan Kowalski, The Baltic Times", "Jan Kowalski", "The Baltic Times")]
    [InlineData("Ewa Nowak | Notes from Poland", "Ewa Nowak", "Notes from Poland")]
    [InlineData("Andrew Wilson, Eastern Review", "Andrew Wilson", "Eastern Review")]
    public void A_name_and_outlet_byline_gives_the_author_and_the_outlet(string byline, string name, string outlet)
    {
        var page = $"""
            Lithuania Opens a New Border Crossing With Poland

            {byline}

            Lithuania opened a new road crossing on its border with Poland on Friday, the interior ministry said.

            The crossing is meant to shorten the queues of lorries that have formed at the two older checkpoints since the spring.
            """;

        var a = ArticleParser.Parse(page);

        Assert.Equal("Lithuania Opens a New Border Crossing With Poland", a.Title);
        Assert.Equal([name], a.Authors.Select(x => x.Name));
        Assert.Equal(outlet, a.Outlet);
        Assert.Null(a.Subtitle);
        Assert.Equal(2, a.Blocks.Count);
        Assert.Contains(byline, RemovedTexts(a));
    }

    [Fact]
    public void A_cookie_banner_skip_link_share_buttons_and_related_list_are_removed_and_the_article_kept_whole()
    {
        const string Page = """
            We use cookies to give you the best experience. By using this site you accept our use of cookies.
            Skip to main content
            Menu
            Search

            Minsk Hosts a Regional Trade Fair for Small Producers

            Share on Facebook
            Share on Twitter
            Email

            The annual trade fair opened in Minsk on Monday with more than three hundred exhibitors from Belarus, Lithuania and Poland.

            Organisers said small producers of food and textiles made up the largest group this year, ahead of machine builders.

            Visitors queued from early morning at the food pavilion, where farmers sold cheese, honey and smoked fish.

            Share on Facebook

            Related articles
            Lithuanian farmers look east for buyers
            Poland extends its grain import rules
            Five things to know about Belarusian cheese
            """;

        var a = ArticleParser.Parse(Page);

        Assert.Equal("Minsk Hosts a Regional Trade Fair for Small Producers", a.Title);
        Assert.Equal(
            [
                "The annual trade fair opened in Minsk on Monday with more than three hundred exhibitors from Belarus, Lithuania and Poland.",
                "Organisers said small producers of food and textiles made up the largest group this year, ahead of machine builders.",
                "Visitors queued from early morning at the food pavilion, where farmers sold cheese, honey and smoked fish.",
            ],
            a.Blocks.Select(b => b.Text));
        Assert.All(a.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        foreach (var junk in new[]
        {
            "We use cookies to give you the best experience. By using this site you accept our use of cookies.", "Skip to main content",
            "Menu", "Search", "Share on Facebook", "Share on Twitter", "Email", "Related articles", "Lithuanian farmers look east for buyers",
            "Poland extends its grain import rules", "Five things to know about Belarusian cheese",
        })
        {
            Assert.Contains(junk, RemovedTexts(a));
        }
        Assert.Empty(SourceLines.Unaccounted(Page, a));
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void A_share_bar_between_the_title_and_the_byline_does_not_hide_the_byline_or_the_date()
    {
        const string Page = """
            Minsk Hosts a Regional Trade Fair for Small Producers

            Share on Facebook
            Share on Twitter

            By Anna Nowak

            Published: 4 October 2021

            The annual trade fair opened in Minsk on Monday with more than three hundred exhibitors from Belarus, Lithuania and Poland.

            Organisers said small producers of food and textiles made up the largest group this year, ahead of machine builders.
            """;

        var a = ArticleParser.Parse(Page);

        Assert.Equal(["Anna Nowak"], a.Authors.Select(x => x.Name));
        Assert.Null(a.Subtitle);
        Assert.NotNull(a.Published);
        Assert.Equal("2021-10-04", a.Published.Edtf);
        Assert.Equal(2, a.Blocks.Count);
        Assert.All(a.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Equal(["Share on Facebook", "Share on Twitter", "By Anna Nowak", "Published: 4 October 2021"], RemovedTexts(a).Skip(1));
    }

    [Theory]
    [InlineData("By Jane Doe | March 3, 2021", "2021-03-03", null)]
    [InlineData("March 3, 2021 | By Jane Doe", "2021-03-03", null)]
    [InlineData("Posted on May 10, 2023 by Jane Doe", "2023-05-10", null)]
    [InlineData("Posted on May 10, 2023 at 14:05 by Jane Doe", "2023-05-10", null)]
    [InlineData("Jane Doe · 3 March 2021", "2021-03-03", null)]
    [InlineData("Jane Doe | Kyiv Post | 3 March 2021", "2021-03-03", "Kyiv Post")]
    public void A_header_line_joining_the_byline_and_the_date_gives_both(string header, string edtf, string? outlet)
    {
        var page = $"""
            Minsk Hosts a Regional Trade Fair

            {header}

            The annual trade fair opened in Minsk on Monday with more than three hundred exhibitors from Belarus, Lithuania and Poland.

            Organisers said small producers of food and textiles made up the largest group this year, ahead of machine builders.
            """;

        var a = ArticleParser.Parse(page);

        Assert.Equal(["Jane Doe"], a.Authors.Select(x => x.Name));
        Assert.NotNull(a.Published);
        Assert.Equal(edtf, a.Published.Edtf);
        Assert.Equal(DateCertainty.Stated, a.Published.Certainty);
        Assert.Equal(outlet, a.Outlet);
        Assert.Null(a.Subtitle);
        Assert.Equal(2, a.Blocks.Count);
        Assert.Contains(a.Removed, r => r.Text == header && r.Reason.Contains("byline", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Jane Doe and John Roe")]
    [InlineData("Jane Doe, John Roe")]
    [InlineData("Jane Doe & John Roe")]
    public void Co_authors_named_without_by_are_both_authors_and_not_a_subtitle(string byline)
    {
        var page = $"""
            Minsk Hosts a Regional Trade Fair

            {byline}

            The annual trade fair opened in Minsk on Monday with more than three hundred exhibitors from Belarus, Lithuania and Poland.
            """;

        var a = ArticleParser.Parse(page);

        Assert.Equal(["Jane Doe", "John Roe"], a.Authors.Select(x => x.Name));
        Assert.Null(a.Outlet);
        Assert.Null(a.Subtitle);
        Assert.Single(a.Blocks);
    }

    [Fact]
    public void A_subtitle_that_mentions_people_is_not_taken_for_a_byline()
    {
        const string Page = """
            Belarus and the United States Resume Talks

            Deputy foreign ministers met in Washington to discuss the return of ambassadors

            The talks were the first at this level in more than a decade.
            """;

        var a = ArticleParser.Parse(Page);

        Assert.Equal("Deputy foreign ministers met in Washington to discuss the return of ambassadors", a.Subtitle);
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void Removed_lines_never_include_blank_lines_even_after_a_related_list()
    {
        const string Page = "Minsk Hosts a Regional Trade Fair\n\n"
            + "The annual trade fair opened in Minsk on Monday with more than three hundred exhibitors from Belarus, Lithuania and Poland.\n\n"
            + "Organisers said small producers of food and textiles made up the largest group this year, ahead of machine builders.\n\n"
            + "Visitors queued from early morning at the food pavilion, where farmers sold cheese, honey and smoked fish.\n\n"
            + "Related articles\n\nLithuanian farmers look east for buyers\n\nPoland extends its grain import rules\n\n\n";

        var a = ArticleParser.Parse(Page);

        Assert.All(a.Removed, r => Assert.NotEqual("", r.Text.Trim()));
        Assert.Equal(["Related articles", "Lithuanian farmers look east for buyers", "Poland extends its grain import rules"], RemovedTexts(a).Skip(1));
        Assert.Equal(3, a.Blocks.Count);
    }

    private const string TradeFairBody = """
        Minsk Hosts a Regional Trade Fair

        The annual trade fair opened in Minsk on Monday with more than three hundred exhibitors from Belarus, Lithuania and Poland.

        Organisers said small producers of food and textiles made up the largest group this year, ahead of machine builders.

        Visitors queued from early morning at the food pavilion, where farmers sold cheese, honey and smoked fish.

        """;

    [Fact]
    public void An_about_the_author_block_gives_name_and_bio_and_its_heading_is_not_left_in_the_article()
    {
        var page = TradeFairBody + """
            About the author

            Jane Doe

            Jane Doe is a freelance journalist based in Vilnius who writes about trade.
            """;

        var a = ArticleParser.Parse(page);

        var author = Assert.Single(a.Authors);
        Assert.Equal("Jane Doe", author.Name);
        Assert.Equal("Jane Doe is a freelance journalist based in Vilnius who writes about trade.", author.Bio);
        Assert.Equal(3, a.Blocks.Count);
        Assert.All(a.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Equal(["About the author", "Jane Doe", "Jane Doe is a freelance journalist based in Vilnius who writes about trade."], RemovedTexts(a).Skip(1));
    }

    [Fact]
    public void A_one_line_bio_at_the_end_of_a_page_without_byline_gives_the_author()
    {
        var page = TradeFairBody + "Jane Doe is a freelance journalist based in Vilnius who writes about trade for a business weekly.\n";

        var a = ArticleParser.Parse(page);

        var author = Assert.Single(a.Authors);
        Assert.Equal("Jane Doe", author.Name);
        Assert.StartsWith("Jane Doe is a freelance journalist", author.Bio, StringComparison.Ordinal);
        Assert.Equal(3, a.Blocks.Count);
    }

    [Fact]
    public void A_closing_line_about_a_person_the_article_quotes_stays_in_the_article()
    {
        const string Page = """
            Analysts Doubt a Quick Thaw

            Artem Shraibman said the talks would bring no quick change in relations between Minsk and Washington.

            Others were more hopeful, pointing to the return of ambassadors after years of silence.

            Artem Shraibman is a political analyst based in Warsaw who studies relations between Belarus and Russia.
            """;

        var a = ArticleParser.Parse(Page);

        Assert.Empty(a.Authors);
        Assert.Equal(3, a.Blocks.Count);
        Assert.Equal("Artem Shraibman is a political analyst based in Warsaw who studies relations between Belarus and Russia.", a.Blocks[^1].Text);
    }

    [Fact]
    public void A_dash_signature_at_the_end_gives_the_author()
    {
        var a = ArticleParser.Parse(TradeFairBody + "— Jane Doe\n");

        Assert.Equal(["Jane Doe"], a.Authors.Select(x => x.Name));
        Assert.Equal(3, a.Blocks.Count);
    }

    [Fact]
    public void Footer_copyright_terms_follow_prompts_tags_and_comment_forms_are_removed()
    {
        var page = TradeFairBody + """
            Tags: trade, Minsk, fairs

            12 comments

            Leave a reply

            © 2023 Belarus Weekly. All rights reserved.
            Terms of use | Privacy policy
            Follow us on Twitter
            """;

        var a = ArticleParser.Parse(page);

        Assert.Equal(3, a.Blocks.Count);
        Assert.All(a.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Equal(
            ["Tags: trade, Minsk, fairs", "12 comments", "Leave a reply", "© 2023 Belarus Weekly. All rights reserved.", "Terms of use | Privacy policy", "Follow us on Twitter"],
            RemovedTexts(a).Skip(1));
        Assert.Empty(SourceLines.Unaccounted(page, a));
    }

    [Theory]
    [InlineData("Posted on 10 May 2023", "Last updated 12 May 2023")]
    [InlineData("Last updated 12 May 2023", "Posted on 10 May 2023")]
    public void A_last_updated_stamp_sets_the_page_update_and_the_posted_date_stays_the_publication_date(string first, string second)
    {
        var page = $"""
            Belarusian Rail Resumes Night Trains to Vilnius

            {first}
            {second}

            Belarusian Railways resumed its night train to Vilnius on Wednesday after a break of three years.

            The first train left Minsk late in the evening with about two hundred passengers on board, the company said.

            Tickets cost the same as before the break, although the journey now takes an hour longer because of border checks.
            """;

        var a = ArticleParser.Parse(page);

        Assert.Equal("Belarusian Rail Resumes Night Trains to Vilnius", a.Title);
        Assert.NotNull(a.Published);
        Assert.Equal("2023-05-10", a.Published.Edtf);
        Assert.Equal(DateCertainty.Stated, a.Published.Certainty);
        Assert.Equal(new DateOnly(2023, 5, 12), a.PageUpdated);
        Assert.Equal(3, Texts(a, BlockKind.Paragraph).Length);
        Assert.Equal(3, a.Blocks.Count);
        Assert.Empty(SourceLines.Unaccounted(page, a));
    }

    [Fact]
    public void A_plain_text_article_hard_wrapped_at_72_columns_gets_its_paragraphs_joined_again()
    {
        const string Page = """
            Grodno Council Debates Cross-Border Bus Service

            By Olga Petrova

            The regional parliament met on Thursday to debate a proposal that would
            extend the cross-border bus service between Grodno and Bialystok for
            another three years, after a pilot programme carried more passengers
            than its organisers had expected.

            Supporters of the plan argued that the service had become a lifeline
            for students and small traders, many of whom travel several times a
            week and cannot afford the fares charged by private carriers on the
            same route.

            Opponents said the subsidy should instead be spent on repairing local
            roads, which they described as the worst in the region, and warned that
            the cost of the bus service would rise sharply once the pilot grant
            ends.
            """;

        var a = ArticleParser.Parse(Page);

        Assert.Equal("Grodno Council Debates Cross-Border Bus Service", a.Title);
        Assert.Equal(["Olga Petrova"], a.Authors.Select(x => x.Name));
        Assert.Equal(
            [
                "The regional parliament met on Thursday to debate a proposal that would extend the cross-border bus service between Grodno and Bialystok for another three years, after a pilot programme carried more passengers than its organisers had expected.",
                "Supporters of the plan argued that the service had become a lifeline for students and small traders, many of whom travel several times a week and cannot afford the fares charged by private carriers on the same route.",
                "Opponents said the subsidy should instead be spent on repairing local roads, which they described as the worst in the region, and warned that the cost of the bus service would rise sharply once the pilot grant ends.",
            ],
            a.Blocks.Select(b => b.Text));
        Assert.All(a.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void A_text_with_a_notes_section_gets_bracketed_markers_as_references_and_its_endnotes_as_notes()
    {
        const string Page = """
            The Union State at Twenty-Five

            By Pavel Sidorov

            The treaty on the Union State was signed in December 1999 and promised a common currency within a few years.[1] None of its economic promises has been kept in full.

            Officials in both capitals still describe the union as the core of their relations [2], even as its common budget has shrunk.

            Notes

            1. Treaty on the Creation of the Union State, Moscow, 8 December 1999.
            2. Statement of the Belarusian Ministry of Foreign Affairs on the anniversary of the Union State.
            """;

        var a = ArticleParser.Parse(Page);

        Assert.Equal("The Union State at Twenty-Five", a.Title);
        Assert.Equal(["Pavel Sidorov"], a.Authors.Select(x => x.Name));
        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Note, BlockKind.Note],
            a.Blocks.Select(b => b.Kind));

        var first = a.Blocks[0];
        Assert.Equal("The treaty on the Union State was signed in December 1999 and promised a common currency within a few years. None of its economic promises has been kept in full.", first.Text);
        var note1 = Assert.Single(first.Notes);
        Assert.Equal("1", note1.Label);
        Assert.EndsWith("within a few years.", first.Text[..note1.Offset], StringComparison.Ordinal);

        var second = a.Blocks[1];
        Assert.Equal("Officials in both capitals still describe the union as the core of their relations, even as its common budget has shrunk.", second.Text);
        var note2 = Assert.Single(second.Notes);
        Assert.Equal("2", note2.Label);
        Assert.EndsWith("core of their relations", second.Text[..note2.Offset], StringComparison.Ordinal);

        Assert.Equal("Notes", a.Blocks[2].Text);
        Assert.StartsWith("1. Treaty on the Creation of the Union State", a.Blocks[3].Text, StringComparison.Ordinal);
        Assert.StartsWith("2. Statement of the Belarusian Ministry", a.Blocks[4].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(a.Blocks, b => b.Text.Contains('[', StringComparison.Ordinal));
    }

    [Fact]
    public void An_html_page_saved_as_text_keeps_the_article_and_drops_navigation_scripts_and_footer()
    {
        const string Page = """
            <!DOCTYPE html>
            <html lang="en">
            <head><title>Belarus Weekly – Farmers Turn to Buckwheat</title><script>var tracking = "pixel";</script></head>
            <body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
            <article>
            <h1>Farmers Turn to Buckwheat as Grain Prices Fall</h1>
            <p class="byline">By Irina Kovaleva</p>
            <time datetime="2022-09-14">14 September 2022</time>
            <p>Farmers in the Gomel region planted more buckwheat this spring after the price of wheat fell for a second year.</p>
            <h2>A crop that needs little</h2>
            <p>Buckwheat needs less <em>fertiliser</em> than wheat and grows well on the sandy soils of the south, agronomists said.</p>
            <ul><li>The buckwheat area grew by a fifth.</li><li>The wheat area shrank by a tenth.</li></ul>
            </article>
            <footer><p>© 2022 Belarus Weekly. All rights reserved.</p><p>Privacy policy</p></footer>
            </body>
            </html>
            """;

        var a = ArticleParser.Parse(Page);

        Assert.Equal("Farmers Turn to Buckwheat as Grain Prices Fall", a.Title);
        Assert.Equal(["Irina Kovaleva"], a.Authors.Select(x => x.Name));
        Assert.NotNull(a.Published);
        Assert.Equal("2022-09-14", a.Published.Edtf);
        Assert.Equal(DateCertainty.Stated, a.Published.Certainty);
        Assert.Equal(
            [
                (BlockKind.Paragraph, "Farmers in the Gomel region planted more buckwheat this spring after the price of wheat fell for a second year."),
                (BlockKind.Heading, "A crop that needs little"),
                (BlockKind.Paragraph, "Buckwheat needs less fertiliser than wheat and grows well on the sandy soils of the south, agronomists said."),
                (BlockKind.ListItem, "The buckwheat area grew by a fifth."),
                (BlockKind.ListItem, "The wheat area shrank by a tenth."),
            ],
            a.Blocks.Select(b => (b.Kind, b.Text)));
        var everything = string.Join("\n", a.Blocks.Select(b => b.Text).Concat(a.Removed.Select(r => r.Text)));
        foreach (var markup in new[] { "<", "tracking", "Home", "Opinion", "All rights reserved", "Privacy policy" })
        {
            Assert.DoesNotContain(markup, everything, StringComparison.Ordinal);
        }
        Assert.True(a.FieldSources.ContainsKey("format"));
        Assert.Equal("en", a.Language);
    }

    [Fact]
    public void A_text_without_any_date_line_gets_only_an_inferred_year_and_a_planned_future_year_is_not_taken()
    {
        const string Page = """
            Exiled Opposition Debates Its Strategy

            The exiled opposition met in Vilnius this weekend to discuss how to respond to the next parliamentary campaign.

            The last national vote, held in 2020, was followed by months of protests and thousands of arrests.

            Presidential elections are set for 2026, and few of those present expect them to be any freer than the last.
            """;

        var a = ArticleParser.Parse(Page);

        Assert.Equal("Exiled Opposition Debates Its Strategy", a.Title);
        Assert.NotNull(a.Published);
        Assert.Equal("2020?", a.Published.Edtf);
        Assert.Equal(DatePrecision.Year, a.Published.Precision);
        Assert.Equal(DateCertainty.Inferred, a.Published.Certainty);
        Assert.Equal(DateSource.Inference, a.Published.Source);
        Assert.Null(a.PageUpdated);
        Assert.Equal(3, Texts(a, BlockKind.Paragraph).Length);
    }

    [Theory]
    [InlineData("are scheduled for 2026")]
    [InlineData("are due in 2026")]
    [InlineData("will be held in 2026")]
    [InlineData("are slated for 2026")]
    [InlineData("are expected in 2026")]
    public void A_year_the_text_only_plans_for_is_never_the_inferred_publication_year(string plan)
    {
        var page = $"""
            Exiled Opposition Debates Its Strategy

            The last national vote, held in 2020, was followed by months of protests and thousands of arrests.

            Presidential elections {plan}, and few of those present expect them to be any freer than the last.
            """;

        var a = ArticleParser.Parse(page);

        Assert.NotNull(a.Published);
        Assert.Equal("2020?", a.Published.Edtf);
    }

    [Fact]
    public void A_page_with_no_date_at_all_has_no_publication_date()
    {
        const string Page = """
            A Walk Through the Old Town of Grodno

            The old town keeps its cobbled streets, its two cathedrals and a castle on the high bank of the Neman.

            Visitors come for the churches and stay for the cafes along Sovetskaya Street.
            """;

        var a = ArticleParser.Parse(Page);

        Assert.Null(a.Published);
        Assert.False(a.FieldSources.ContainsKey("published"));
    }

    [Fact]
    public void A_five_thousand_character_first_line_is_kept_as_a_paragraph_and_the_title_is_its_first_sentence()
    {
        const string Opening = "Belarus and Lithuania signed a border agreement on Monday.";
        var filler = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"Clause {i} of the agreement sets out how the two border services will share information about crossings."));
        var line = $"{Opening} {filler}";
        Assert.True(line.Length >= 5000);
        var page = line + "\n\nThe agreement still needs to be ratified by both parliaments.\n";

        var a = ArticleParser.Parse(page);

        Assert.Equal("Belarus and Lithuania signed a border agreement on Monday", a.Title);
        Assert.True(a.Title.Length < 130);
        Assert.Contains("first sentence", a.FieldSources["title"], StringComparison.Ordinal);
        Assert.Equal([line, "The agreement still needs to be ratified by both parliaments."], a.Blocks.Select(b => b.Text));
        Assert.All(a.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Empty(a.Removed);
    }

    [Fact]
    public void A_first_line_whose_first_sentence_is_itself_very_long_gets_a_shortened_title_under_130_characters()
    {
        var line = "In a move that diplomats in Vilnius, Warsaw and Riga described as long overdue but still insufficient, the governments of Belarus and Lithuania on Monday signed an agreement on the demarcation of their common border after years of talks. "
            + string.Concat(Enumerable.Repeat("The text runs to many pages and sets out the duties of both border services in detail. ", 60));

        var a = ArticleParser.Parse(line);

        Assert.True(a.Title.Length < 130, a.Title);
        Assert.EndsWith("…", a.Title, StringComparison.Ordinal);
        Assert.StartsWith(a.Title.TrimEnd('…'), line, StringComparison.Ordinal);
        Assert.Equal(line.Trim(), Assert.Single(a.Blocks).Text);
    }

    [Fact]
    public void A_russian_text_is_detected_as_russian_and_parsed_like_any_other()
    {
        const string Page = """
            Беларусь и США: новые переговоры о санкциях

            Иван Петров

            Министр иностранных дел Беларуси встретился в Вашингтоне с представителями Государственного департамента. Стороны обсудили возможное смягчение санкций против белорусских предприятий.

            По словам дипломатов, переговоры прошли в конструктивной атмосфере, однако никаких решений пока не принято.
            """;

        var a = ArticleParser.Parse(Page);

        Assert.Equal("ru", a.Language);
        Assert.Equal("Беларусь и США: новые переговоры о санкциях", a.Title);
        Assert.Equal(["Иван Петров"], a.Authors.Select(x => x.Name));
        Assert.Equal(2, Texts(a, BlockKind.Paragraph).Length);
    }

    [Fact]
    public void A_belarusian_text_is_detected_as_belarusian_not_russian()
    {
        const string Page = """
            Беларусь і ЗША: новыя перамовы аб санкцыях

            Міністр замежных спраў Беларусі сустрэўся ў Вашынгтоне з прадстаўнікамі Дзяржаўнага дэпартамента. Бакі абмеркавалі магчымае змякчэнне санкцый супраць беларускіх прадпрыемстваў.
            """;

        Assert.Equal("be", ArticleParser.Parse(Page).Language);
    }

    // ---- SourceDecoder ----

    [Fact]
    public void An_empty_file_is_refused_as_empty()
    {
        var decoded = SourceDecoder.Decode([]);

        Assert.False(decoded.Ok);
        Assert.Null(decoded.Text);
        Assert.Contains("empty", decoded.Failure, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_binary_file_with_nul_bytes_is_refused_as_binary()
    {
        var bytes = new byte[4096];
        new Random(20240601).NextBytes(bytes);
        byte[] pngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
        pngSignature.CopyTo(bytes, 0);

        var decoded = SourceDecoder.Decode(bytes);

        Assert.False(decoded.Ok);
        Assert.Contains("binary", decoded.Failure, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_windows_1251_russian_file_decodes_to_the_right_cyrillic_text()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string Russian = """
            Беларусь и США: новые переговоры о санкциях

            Министр иностранных дел Беларуси встретился в Вашингтоне с представителями Государственного департамента.
            Стороны обсудили возможное смягчение санкций против белорусских предприятий, а также восстановление посольств.
            По словам дипломатов, переговоры прошли в конструктивной атмосфере, однако никаких решений пока не принято.
            """;
        var bytes = Encoding.GetEncoding(1251).GetBytes(Russian);

        var decoded = SourceDecoder.Decode(bytes);

        Assert.True(decoded.Ok, decoded.Failure);
        Assert.Equal(Russian, decoded.Text);
        Assert.Equal("windows-1251", decoded.Encoding);
        Assert.Equal("ru", ArticleParser.Parse(decoded.Text!).Language);
    }

    [Fact]
    public void A_utf8_file_with_a_byte_order_mark_decodes_without_the_mark()
    {
        const string Text = "Chargé d’Affaires – “quoted” text, Минск.";
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)];

        var decoded = SourceDecoder.Decode(bytes);

        Assert.True(decoded.Ok, decoded.Failure);
        Assert.Equal(Text, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Fact]
    public void A_utf8_file_without_a_mark_decodes_as_utf8()
    {
        const string Text = "Lukashenka’s statement – “no breakthrough”, said the Chargé d’Affaires in Мінск.";

        var decoded = SourceDecoder.Decode(Encoding.UTF8.GetBytes(Text));

        Assert.True(decoded.Ok, decoded.Failure);
        Assert.Equal(Text, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Fact]
    public void A_file_over_8_MB_is_refused_with_its_size_in_MB()
    {
        var bytes = new byte[(int)SourceDecoder.MaxBytes + 1];
        Array.Fill(bytes, (byte)'a');

        var decoded = SourceDecoder.Decode(bytes);

        Assert.False(decoded.Ok);
        Assert.Contains("MB", decoded.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_exactly_8_MB_of_text_is_accepted()
    {
        var bytes = new byte[(int)SourceDecoder.MaxBytes];
        Array.Fill(bytes, (byte)'a');

        Assert.True(SourceDecoder.Decode(bytes).Ok);
    }
}
