using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Data;
using CsvHelper;

namespace BelarusUsArchive.Tests.Features.Exports;

public class ExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, Func<ArchiveDb, int>> Counts = new()
    {
        ["articles"] = db => db.Articles.Count(),
        ["paragraphs"] = db => db.Paragraphs.Count(),
        ["authors"] = db => db.Authors.Count(),
        ["article_authors"] = db => db.ArticleAuthors.Count(),
        ["people"] = db => db.People.Count(),
        ["aliases"] = db => db.PersonAliases.Count(),
        ["mentions"] = db => db.Mentions.Count(),
        ["events"] = db => db.Events.Count(),
        ["event_participants"] = db => db.EventParticipants.Count(),
        ["event_sources"] = db => db.EventSources.Count(),
    };

    /// <summary>Reads a CSV download with CsvHelper: the header and every record's fields.</summary>
    private static async Task<(string[] Header, List<string[]> Rows)> Csv(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var reader = CsvReader.Create(await response.Content.ReadAsStreamAsync(Ct), new CsvReaderOptions { Separator = ',' });
        await reader.ReadHeaderAsync(Ct);
        string[] header = [.. reader.Headers];
        var rows = new List<string[]>();
        while (await reader.ReadAsync(Ct))
        {
            Assert.Equal(header.Length, reader.FieldCount);
            rows.Add([.. Enumerable.Range(0, header.Length).Select(reader.GetString)]);
        }
        return (header, rows);
    }

    private static async Task<Dictionary<string, string[]>> Dictionary(HttpClient client)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/data", Ct));
        return page.QuerySelectorAll("section.dataset").ToDictionary(
            s => s.Id!,
            s => s.QuerySelectorAll("table.dictionary tbody tr td:first-child").Select(td => td.TextContent).ToArray());
    }

    [Fact]
    public async Task Every_table_exports_as_csv_with_the_dictionarys_columns_and_a_row_per_record()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var dictionary = await Dictionary(client);

        Assert.Equal(Counts.Keys.Order(), dictionary.Keys.Order());
        foreach (var (table, columns) in dictionary)
        {
            var (header, rows) = await Csv(client, $"/data/{table}.csv");
            Assert.Equal(columns, header);
            Assert.True(app.InScope(Counts[table]) == rows.Count, $"{table}: {rows.Count} CSV rows");
        }
        Assert.True(app.InScope(db => db.Events.Count()) > 0, "the seeds report events");
    }

    [Fact]
    public async Task Csv_cells_keep_commas_quotes_line_breaks_and_non_ascii_text_intact()
    {
        using var folder = new TestFolder(withSeeds: false);
        folder.Write("tricky.txt", "Minsk, Washington and the “Third Way”\n\n" +
            "Łukašenka said: \"We will not choose\", and the room fell silent for a long while afterwards, as officials looked on.\n\n" +
            "The second paragraph has a comma, a semicolon; and nothing else unusual about it at all, as far as anyone can tell.\n");
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var (header, articles) = await Csv(client, "/data/articles.csv");
        var (_, paragraphs) = await Csv(client, "/data/paragraphs.csv");

        Assert.Equal("Minsk, Washington and the “Third Way”", Assert.Single(articles)[Array.IndexOf(header, "title")]);
        Assert.Contains(paragraphs, p => p[3] == "Łukašenka said: \"We will not choose\", and the room fell silent for a long while afterwards, as officials looked on.");
        Assert.Equal(Enumerable.Range(1, paragraphs.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), paragraphs.Select(p => p[1]));
    }

    [Fact]
    public async Task Json_lines_give_one_typed_object_per_record_with_the_csv_names()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var dictionary = await Dictionary(client);

        foreach (var table in new[] { "articles", "mentions", "events" })
        {
            var response = await client.GetAsync($"/data/{table}.jsonl", Ct);
            Assert.Equal("application/jsonl", response.Content.Headers.ContentType?.MediaType);
            var lines = (await response.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(app.InScope(Counts[table]), lines.Length);
            foreach (var line in lines)
            {
                var row = JsonDocument.Parse(line).RootElement;
                Assert.Equal(dictionary[table], row.EnumerateObject().Select(p => p.Name));
            }
        }
        var mention = JsonDocument.Parse((await client.GetStringAsync("/data/mentions.jsonl", Ct)).Split('\n')[0]).RootElement;
        Assert.Equal(JsonValueKind.Number, mention.GetProperty("paragraph").ValueKind);
        var article = (await client.GetStringAsync("/data/articles.jsonl", Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).Single(a => a.GetProperty("source_file").GetString() == "000_53e8cf7d64b2e3ba.txt");
        Assert.Equal("2019-11", article.GetProperty("published_edtf").GetString());
        Assert.Equal("month", article.GetProperty("published_precision").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/data/passwords.csv", Ct)).StatusCode);
    }
}
