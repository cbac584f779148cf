using System.Text;
using System.Text.Json;
using BelarusUsArchive.Web.Data;
using CsvHelper;

namespace BelarusUsArchive.Web.Features.Exports;

/// <summary>
/// /data/{table}.csv (RFC 4180, UTF-8, header row, written by CsvHelper) and /data/{table}.jsonl (JSON Lines):
/// streamed row by row from the database, so an export of any size never sits in memory, and stopped when the
/// client leaves (a 100,000-article export would otherwise keep a core busy for seconds writing to nobody).
/// </summary>
public static class ExportEndpoints
{
    public const string JsonLinesMediaType = "application/jsonl";

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>
    /// Titles and outlets come from third-party pages: a cell starting with =, +, -, @, tab or CR is prefixed with '
    /// (and quoted), so a spreadsheet shows it as text instead of running it as a formula (CSV injection).
    /// </summary>
    public static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/data/{name}.csv", (string name, ArchiveDb db, CancellationToken ct) => Export(name, "csv", "text/csv; charset=utf-8; header=present", body => CsvAsync(ExportTables.Find(name)!, db, body, ct)))
            .ExcludeFromDescription();
        app.MapGet("/data/{name}.jsonl", (string name, ArchiveDb db, CancellationToken ct) => Export(name, "jsonl", JsonLinesMediaType + "; charset=utf-8", body => JsonLinesAsync(ExportTables.Find(name)!, db, body, ct)))
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Export(string name, string extension, string contentType, Func<Stream, Task> write) =>
        ExportTables.Find(name) is null ? Results.NotFound() : Results.Stream(write, contentType, $"belarus-us-archive-{name}.{extension}");

    private static async Task CsvAsync(ExportTable table, ArchiveDb db, Stream body, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(body, CsvOptions, leaveOpen: true);
        csv.WriteHeader([.. table.ColumnNames]);
        await foreach (var row in table.Rows(db).WithCancellation(ct))
        {
            foreach (var cell in row)
            {
                csv.WriteField(ExportTable.Text(cell));
            }
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    private static async Task JsonLinesAsync(ExportTable table, ArchiveDb db, Stream body, CancellationToken ct)
    {
        var names = table.ColumnNames.ToArray();
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        await foreach (var row in table.Rows(db).WithCancellation(ct))
        {
            json.WriteStartObject();
            for (var i = 0; i < names.Length; i++)
            {
                ExportTable.Json(json, names[i], row[i]);
            }
            json.WriteEndObject();
            await json.FlushAsync(ct);
            json.Reset();
            await body.WriteAsync(NewLine, ct);
        }
    }
}
