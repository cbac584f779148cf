using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Features.Citations;

public class CitationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A piece with non-ASCII names, a particle, LaTeX's special characters, an outlet and an uncertain month.</summary>
    private static void WriteForeignPiece(TestFolder folder)
    {
        folder.Write("foreign.txt", "Łukašenka’s Gamble & the 50% Sanctions Question\n\n" +
            "Minsk has long balanced between Moscow and the West, and the latest round of talks showed how narrow that path has become for its diplomats.\n\n" +
            "Officials in Washington described the meetings as cautious but useful, and said that further steps would depend on the release of political prisoners.\n\n" +
            "Analysts in Vilnius and Warsaw were more sceptical, noting that similar openings had closed quickly in the past whenever the Kremlin objected.\n");
        folder.Write("foreign.meta.json", """
            { "authors": ["Aliaksandra Łukašonak", "Jan van der Berg"], "outlet": "Naša Niva", "published": "2015-06?",
              "sourceUrl": "https://example.org/analysis?id=7&lang=en" }
            """);
    }

    /// <summary>A piece with no byline, no outlet and no date anywhere.</summary>
    private static void WriteAnonymousPiece(TestFolder folder)
    {
        folder.Write("anonymous.txt", "A Quiet Channel Between Minsk and Washington\n\n" +
            "Diplomats on both sides have kept a discreet line of communication open, even when public statements suggested that relations were frozen.\n\n" +
            "The channel has been used to discuss prisoners, visas and the return of embassy staff, according to people familiar with the talks.\n\n" +
            "Neither government has confirmed the arrangement, but both have avoided steps that would make it impossible to continue.\n");
    }

    private static async Task<string> SlugOf(HttpClient client, string title)
    {
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/articles?pageSize=100", Ct)).RootElement;
        return list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == title).GetProperty("slug").GetString()!;
    }

    private static async Task<(HttpResponseMessage Response, string Body)> Download(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("bibtex", "application/x-bibtex", ".bib")]
    [InlineData("ris", "application/x-research-info-systems", ".ris")]
    [InlineData("csl-json", "application/vnd.citationstyles.csl+json", ".json")]
    public async Task Each_citation_format_downloads_as_an_attachment_with_its_media_type(string format, string mediaType, string extension)
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var slug = await SlugOf(client, "Belarusian-American Relations: A viscious circle");

        var (response, body) = await Download(client, $"/articles/{slug}/cite?format={format}");

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(slug + extension, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("viscious circle", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BibTeX_keeps_non_ascii_names_braced_escapes_latex_characters_and_keeps_the_uncertain_month()
    {
        using var folder = new TestFolder(withSeeds: false);
        WriteForeignPiece(folder);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var slug = await SlugOf(client, "Łukašenka’s Gamble & the 50% Sanctions Question");

        var (_, body) = await Download(client, $"/articles/{slug}/cite?format=bibtex");

        var entry = Assert.Single(BibTexParser.Parse(body));
        Assert.Equal("online", entry.Type);
        Assert.Equal("lukasonak2015lukasenka", entry.Key);
        Assert.Equal(["{Łukašonak}, Aliaksandra", "{van der Berg}, Jan"], BibTexParser.Names(entry.Fields["author"]));
        Assert.Equal(@"{Łukašenka’s Gamble \& the 50\% Sanctions Question}", entry.Fields["title"]);
        Assert.Equal("Naša Niva", entry.Fields["organization"]);
        Assert.Equal("2015", entry.Fields["year"]);
        Assert.Equal("jun", entry.Fields["month"]);
        Assert.Equal("2015-06?", entry.Fields["date"]);
        Assert.Equal("https://example.org/analysis?id=7&lang=en", entry.Fields["url"]);
        Assert.True(DateOnly.TryParseExact(entry.Fields["urldate"], "yyyy-MM-dd", out _));
        Assert.Contains("uncertain (2015-06?)", entry.Fields["note"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_piece_without_author_outlet_or_date_is_cited_by_its_title_in_every_format()
    {
        using var folder = new TestFolder(withSeeds: false);
        WriteAnonymousPiece(folder);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var slug = await SlugOf(client, "A Quiet Channel Between Minsk and Washington");

        var bib = Assert.Single(BibTexParser.Parse((await Download(client, $"/articles/{slug}/cite?format=bibtex")).Body));
        var ris = Assert.Single(RisParser.Parse((await Download(client, $"/articles/{slug}/cite?format=ris")).Body));
        var csl = Assert.Single(JsonSerializer.Deserialize<List<CslItem>>((await Download(client, $"/articles/{slug}/cite?format=csl-json")).Body, CslItem.Options)!);
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/articles/{slug}", Ct));

        Assert.Equal("online", bib.Type);
        Assert.False(bib.Fields.ContainsKey("author"));
        Assert.Equal("A Quiet Channel Between Minsk and Washington", bib.Fields["key"]);
        Assert.False(bib.Fields.ContainsKey("year"));
        Assert.Equal("ELEC", ris.One("TY"));
        Assert.Empty(ris.All("AU"));
        Assert.Null(ris.One("PY"));
        Assert.Equal("webpage", csl.Type);
        Assert.Null(csl.Author);
        Assert.Null(csl.Issued);
        Assert.StartsWith("“A Quiet Channel Between Minsk and Washington.” n.d. Accessed ", page.QuerySelector(".cite .reference")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RIS_records_open_with_TY_close_with_ER_and_give_dates_at_their_precision()
    {
        using var folder = new TestFolder();
        WriteForeignPiece(folder);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var (_, body) = await Download(client, "/articles/cite?format=ris");

        var records = RisParser.Parse(body);
        Assert.Equal(6, records.Count);
        var foreign = records.Single(r => r.One("TI") == "Łukašenka’s Gamble & the 50% Sanctions Question");
        Assert.Equal(["Łukašonak, Aliaksandra", "van der Berg, Jan"], foreign.All("AU"));
        Assert.Equal("ELEC", foreign.One("TY"));
        Assert.Equal("Naša Niva", foreign.One("T2"));
        Assert.Equal("2015", foreign.One("PY"));
        Assert.Equal("2015/06//", foreign.One("DA"));
        Assert.Matches(@"^\d{4}/\d{2}/\d{2}$", foreign.One("Y2"));
        Assert.Contains("uncertain", foreign.One("N1"), StringComparison.Ordinal);
        var dated = records.Single(r => r.One("TI") == "No strategic relations between Belarus and United States in near future");
        Assert.Equal("2016/04/07/", dated.One("DA"));
        Assert.All(records, r => Assert.Equal(["TY", "ID"], r.Lines.Take(2).Select(l => l.Tag)));
    }

    [Fact]
    public async Task CSL_JSON_uses_the_schema_fields_with_partial_and_uncertain_dates_as_date_parts()
    {
        using var folder = new TestFolder();
        WriteForeignPiece(folder);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var (_, body) = await Download(client, "/articles/cite?format=csl-json");

        var items = JsonSerializer.Deserialize<List<CslItem>>(body, CslItem.Options)!;
        Assert.Equal(6, items.Count);
        Assert.All(items, i => Assert.Contains(i.Type, CslItem.Types));
        Assert.All(items, i => Assert.InRange(i.Accessed!.DateParts.Single().Length, 3, 3));
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        var foreign = items.Single(i => i.Title.StartsWith("Łukašenka", StringComparison.Ordinal));
        Assert.Equal([2015, 6], foreign.Issued!.DateParts.Single());
        Assert.True(foreign.Issued.Circa);
        Assert.Equal(new CslName("Łukašonak", "Aliaksandra", null), foreign.Author![0]);
        Assert.Equal(new CslName("van der Berg", "Jan", null), foreign.Author[1]);
        var voa = items.Single(i => i.Title == "Belarus and the USA: Is Rapprochement Possible?");
        Assert.Equal([2019, 11], voa.Issued!.DateParts.Single());
        Assert.Null(voa.Issued.Circa);
        Assert.Equal("Voice of America", voa.ContainerTitle);
        var dated = items.Single(i => i.Title == "No strategic relations between Belarus and United States in near future");
        Assert.Equal([2016, 4, 7], dated.Issued!.DateParts.Single());
    }

    [Fact]
    public async Task A_filtered_listing_exports_as_one_bibliography_with_unique_keys()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var year = BibTexParser.Parse((await Download(client, "/articles/cite?format=bibtex&year=2019")).Body);
        var author = BibTexParser.Parse((await Download(client, "/articles/cite?format=bibtex&author=todd-prince")).Body);
        var none = BibTexParser.Parse((await Download(client, "/articles/cite?format=bibtex&year=2016&outlet=rfe-rl")).Body);

        Assert.Equal(2, year.Count); // 000 and 003; 002 reviews 2019 and is dated after it (issue 16)
        Assert.Equal(2, year.Select(e => e.Key).Distinct().Count());
        Assert.All(year, e => Assert.Equal("2019", e.Fields["year"]));
        Assert.Equal("{Prince}, Todd", Assert.Single(author).Fields["author"]);
        Assert.Empty(none);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/html")]
    public async Task An_unknown_format_is_a_400_a_problem_for_programs_and_a_page_for_browsers(string accept)
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var slug = await SlugOf(client, "Belarusian-American Relations: A viscious circle");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/articles/{slug}/cite?format=word");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var response = await client.SendAsync(request, Ct);
        var missing = await client.GetAsync("/articles/no-such-article/cite?format=ris", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        if (accept == "text/html")
        {
            Assert.Equal("That request could not be understood", new HtmlParser().ParseDocument(body).QuerySelector("h1")!.TextContent);
        }
        else
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("bibtex, ris, csl-json", JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("format")[0].GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_article_page_has_a_cite_box_with_a_chicago_reference_and_three_downloads()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var slug = await SlugOf(client, "Belarusian-American Relations: A viscious circle");

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/articles/{slug}", Ct));

        var box = page.QuerySelector("section.cite")!;
        Assert.Equal("Cite this article", box.QuerySelector("h2")!.TextContent);
        var reference = box.QuerySelector(".reference")!;
        Assert.StartsWith("Fyodorov, Andrei. [2020?]. “Belarusian-American Relations: A viscious circle.”", reference.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"Accessed [A-Z][a-z]+ \d{1,2}, \d{4}\. http://localhost/articles/" + slug + @"\.$", reference.TextContent);
        var links = box.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["bibtex", "ris", "csl-json"], links.Select(l => l!.Split("format=")[1]));
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link, Ct)).StatusCode);
        }
    }
}
