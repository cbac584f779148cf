using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>
/// A digest of every row of every table of the store, read through the app's own connection, so a test
/// can prove that a request changed nothing at all (not just the table it was expected to touch).
/// Rows are compared as sorted text, so the digest needs no ordering key and reads on any provider.
/// </summary>
public static class StoreDigest
{
    /// <summary>The digest of the store at rest: after the web process has weighed the related-reading lists an earlier
    /// edit marked (its background worker writes them, and a request's effects are what a test compares).</summary>
    public static async Task<string> OfAsync(ArchiveApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        for (var i = 0; i < 1200 && await db.RelatedStale.AnyAsync(); i++)
        {
            await Task.Delay(50);
        }
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            var text = new StringBuilder();
            foreach (var table in await TablesAsync(connection, db.Database.IsSqlite()))
            {
                text.Append(table).Append('\n');
                foreach (var row in (await RowsAsync(connection, table)).Order(StringComparer.Ordinal))
                {
                    text.Append(row).Append('\n');
                }
            }
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<string>> TablesAsync(DbConnection connection, bool sqlite)
    {
        await using var command = connection.CreateCommand();
        // Virtual FTS tables are left out: their shadow tables (plain tables) hold the same content.
        command.CommandText = sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }

    private static async Task<List<string>> RowsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values[i] = reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i) is byte[] b ? Convert.ToBase64String(b) : reader.GetValue(i), CultureInfo.InvariantCulture)!;
            }
            rows.Add(string.Join('\u001f', values));
        }
        return rows;
    }
}
