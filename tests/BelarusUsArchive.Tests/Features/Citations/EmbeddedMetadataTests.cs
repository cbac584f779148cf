using System.Text.Json;
using System.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Features.Citations;

/// <summary>
/// What a reference manager captures from an article, read back with independent parsers (citation-js for BibTeX,
/// RIS and CSL-JSON; jsonld.js for the page's JSON-LD): one record type, the same names, date, outlet and address
/// in every form, and the same in the page's Highwire tags and COinS.
/// </summary>
public class EmbeddedMetadataTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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

    [Fact]
    public async Task Every_article_reads_back_as_one_record_with_the_same_facts_from_each_citation_format_and_its_page()
    {
        var tools = Requires.Readers();
        using var folder = new TestFolder();
        WriteForeignPiece(folder);
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var slugs = app.InScope(db => db.Articles.OrderBy(a => a.Slug).Select(a => a.Slug).ToList());
        Assert.True(slugs.Count >= 6);

        foreach (var slug in slugs)
        {
            var bibtex = await client.GetStringAsync($"/articles/{slug}/cite?format=bibtex", Ct);
            var ris = await client.GetStringAsync($"/articles/{slug}/cite?format=ris", Ct);
            var csl = await client.GetStringAsync($"/articles/{slug}/cite?format=csl-json", Ct);
            var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/articles/{slug}", Ct));
            var jsonLd = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent).ToList();
            var read = await ReadBack.RunAsync(tools, bibtex, ris, csl, jsonLd);

            var records = new[] { "bibtex", "ris", "csl" }.Select(f => (Format: f, Item: Assert.Single(read.GetProperty(f).EnumerateArray().ToList()))).ToList();
            var expected = Facts.Of(records[2].Item);
            foreach (var (format, item) in records)
            {
                Assert.True(expected == Facts.Of(item), $"{slug}: {format} reads back as {Facts.Of(item)}, CSL-JSON as {expected}");
            }
            Assert.Equal(page.QuerySelector("h1")!.TextContent, expected.Title);
            AssertPageAgrees(slug, page, expected, Assert.Single(read.GetProperty("jsonld").EnumerateArray().ToList()));
        }
    }

    /// <summary>The Highwire tags, the COinS and the expanded JSON-LD state the facts the citations state.</summary>
    private static void AssertPageAgrees(string slug, IDocument page, Facts expected, JsonElement expanded)
    {
        string[] Meta(string name) => [.. page.QuerySelectorAll($"meta[name='{name}']").Select(m => m.GetAttribute("content")!)];
        Assert.Equal([expected.Title], Meta("citation_title"));
        Assert.Equal(expected.Authors.Select(a => a.Given is null ? a.Family : $"{a.Family}, {a.Given}"), Meta("citation_author"));
        Assert.Equal(expected.Date is null ? [] : [expected.Date.Replace('-', '/')], Meta("citation_publication_date"));
        Assert.Equal(expected.Publisher is null ? [] : [expected.Publisher], Meta("citation_publisher"));
        Assert.Equal([expected.Url], Meta("citation_public_url"));

        var coins = HttpUtility.ParseQueryString(Assert.Single(page.QuerySelectorAll("span.Z3988")).GetAttribute("title")!);
        Assert.Equal("Z39.88-2004", coins["ctx_ver"]);
        Assert.Equal(expected.Type, coins["rft.type"]);
        Assert.Equal(expected.Title, coins["rft.title"]);
        Assert.Equal(expected.Authors.Select(a => a.Given is null ? a.Family : $"{a.Family}, {a.Given}"), coins.GetValues("rft.creator") ?? []);
        Assert.Equal(expected.Date, coins["rft.date"]);
        Assert.Equal(expected.Url, coins["rft.identifier"]);

        var node = Assert.Single(expanded.EnumerateArray().ToList());
        const string Schema = "http://schema.org/";
        string[] Values(JsonElement e, string term) => e.TryGetProperty(Schema + term, out var v) ? [.. v.EnumerateArray().Select(x => x.GetProperty("@value").GetString()!)] : [];
        Assert.Equal([Schema + "Article"], node.GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
        Assert.EndsWith("/articles/" + slug, node.GetProperty("@id").GetString(), StringComparison.Ordinal);
        Assert.Equal([expected.Title], Values(node, "headline"));
        var authors = node.TryGetProperty(Schema + "author", out var a) ? a.EnumerateArray().ToList() : [];
        Assert.Equal(expected.Authors.Select(x => x.Given is null ? x.Family : $"{x.Given} {x.Family}"), authors.Select(x => Values(x, "name").Single()));
        Assert.Equal(expected.Date is null ? [] : [expected.Date], Values(node, "datePublished"));
        var publisher = node.TryGetProperty(Schema + "publisher", out var p) ? Values(p[0], "name") : [];
        Assert.Equal(expected.Publisher is null ? [] : [expected.Publisher], publisher);
    }

    /// <summary>The facts of one CSL item that every format must agree on.</summary>
    private sealed record Facts(string Type, string Title, IReadOnlyList<(string Family, string? Given)> Authors, string? Date, string? Publisher, string Url)
    {
        public static Facts Of(JsonElement item) => new(
            item.GetProperty("type").GetString()!,
            item.GetProperty("title").GetString()!,
            item.TryGetProperty("author", out var authors)
                ? [.. authors.EnumerateArray().Select(n => n.TryGetProperty("literal", out var l)
                    ? (l.GetString()!, (string?)null)
                    : (n.GetProperty("family").GetString()!, n.TryGetProperty("given", out var g) ? g.GetString() : null))]
                : [],
            item.TryGetProperty("issued", out var issued)
                ? string.Join('-', issued.GetProperty("date-parts")[0].EnumerateArray().Select(d => d.GetRawText().Trim('"').PadLeft(2, '0')))
                : null,
            item.TryGetProperty("publisher", out var publisher) ? publisher.GetString() : null,
            item.GetProperty("URL").GetString()!);

        public bool Equals(Facts? other) => other is not null && Type == other.Type && Title == other.Title && Authors.SequenceEqual(other.Authors)
            && Date == other.Date && Publisher == other.Publisher && Url == other.Url;

        public override int GetHashCode() => HashCode.Combine(Type, Title, Date, Url);

        public override string ToString() => $"{Type} | {Title} | {string.Join("; ", Authors)} | {Date} | {Publisher} | {Url}";
    }
}
