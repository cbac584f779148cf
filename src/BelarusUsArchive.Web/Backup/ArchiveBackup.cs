using System.Data.Common;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using BelarusUsArchive.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BelarusUsArchive.Web.Backup;

/// <summary>What a backup holds: its format, where it came from, and the rows of each table.</summary>
/// <remarks>Version 2 adds <c>Columns</c> (each table's columns as "Name:Type"), the schema a restore compares with the store's.</remarks>
internal sealed record BackupManifest(string Format, int Version, DateTime Created, string Provider, string? Migration, IReadOnlyDictionary<string, long> Rows,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Columns = null);

/// <summary>
/// The whole archive — articles, people, events, commentary, revisions, import runs, accounts and roles,
/// data-protection keys — as one zip file: a manifest and one JSON Lines file per table, rows in key
/// order. A backup from either provider restores into either, into an empty store, in one transaction.
/// </summary>
internal static class ArchiveBackup
{
    public const string Format = "belarus-us-archive-backup";

    public static async Task<BackupManifest> ExportAsync(ArchiveDb db, Stream output, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        // One snapshot of every table, so a backup taken while editors work is consistent.
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var table in BackupTables.Of(db))
            {
                await using var entry = await zip.CreateEntry($"tables/{table.Name}.jsonl", CompressionLevel.Optimal).OpenAsync(cancellationToken);
                rows[table.Name] = await WriteTableAsync(connection, transaction.GetDbTransaction(), table, entry, cancellationToken);
            }
            var migrations = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
            var manifest = new BackupManifest(Format, 2, DateTime.UtcNow, db.Database.ProviderName ?? "", migrations.LastOrDefault(), rows,
                BackupSchema.Columns(BackupTables.Of(db)));
            await using var stream = await zip.CreateEntry("manifest.json").OpenAsync(cancellationToken);
            await JsonSerializer.SerializeAsync(stream, manifest, Json, cancellationToken);
            return manifest;
        }
    }

    public static async Task<BackupManifest> RestoreAsync(ArchiveDb db, Stream input, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(input, ZipArchiveMode.Read);
        var manifest = await ReadManifestAsync(zip, cancellationToken);
        var tables = BackupTables.Of(db);
        if (BackupSchema.Problem(manifest, tables) is { } problem)
        {
            throw new BackupException($"{problem}: it was made by another version of the archive. Restore it with that version, start this one on " +
                "the restored store (it migrates the store), and export again");
        }
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var table in tables)
        {
            if (await CountAsync(connection, transaction.GetDbTransaction(), table, cancellationToken) > 0)
            {
                throw new BackupException($"the store is not empty (table {table.Name} has rows); restore only into a new store, so nothing stored is overwritten");
            }
        }
        var sqlite = db.Database.IsSqlite();
        foreach (var table in tables.Where(t => manifest.Rows.ContainsKey(t.Name)))
        {
            var entry = zip.GetEntry($"tables/{table.Name}.jsonl") ?? throw new BackupException($"the backup lacks tables/{table.Name}.jsonl");
            await using var stream = await entry.OpenAsync(cancellationToken);
            var restored = await InsertTableAsync(connection, transaction.GetDbTransaction(), table, stream, manifest.Rows[table.Name], sqlite, cancellationToken);
            if (restored != manifest.Rows[table.Name])
            {
                throw new BackupException($"tables/{table.Name}.jsonl holds {restored} rows, the manifest says {manifest.Rows[table.Name]}");
            }
        }
        if (db.Database.IsNpgsql())
        {
            await ResetSequencesAsync(db, tables, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return manifest;
    }

    private static async Task<long> WriteTableAsync(DbConnection connection, DbTransaction transaction, BackupTable table, Stream entry, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Name)} ORDER BY {string.Join(", ", table.Key.Select(Quote))}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await using var json = new Utf8JsonWriter(entry);
        long count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                json.WritePropertyName(table.Columns[i].Name);
                BackupValues.Write(json, reader, i, table.Columns[i].Type);
            }
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
            entry.WriteByte((byte)'\n');
            json.Reset();
            count++;
        }
        return count;
    }

    private static async Task<long> InsertTableAsync(DbConnection connection, DbTransaction transaction, BackupTable table, Stream stream, long expected, bool sqlite, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) " +
            $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "@p" + i))})";
        var parameters = table.Columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        var entry = $"tables/{table.Name}.jsonl";
        var lines = new BackupLines(stream, entry);
        long count = 0;
        while (await lines.NextAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            if (++count > expected)
            {
                throw new BackupException($"{entry} holds more rows than the {expected} its manifest says");
            }
            BackupSchema.Bind(line, table, parameters, sqlite, $"{entry} line {lines.Number}");
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException e)
            {
                throw new BackupException($"{entry} line {lines.Number}: the store refused the row: {e.Message}");
            }
        }
        return count;
    }

    /// <summary>PostgreSQL's identity sequences past the restored ids, so the next insert gets a new one.</summary>
    private static async Task ResetSequencesAsync(ArchiveDb db, IReadOnlyList<BackupTable> tables, CancellationToken cancellationToken)
    {
        foreach (var (table, column) in tables.SelectMany(t => t.Columns.Where(c => c.IsIdentity).Select(c => (t.Name, c.Name))))
        {
            var sql = $"SELECT setval(pg_get_serial_sequence('{Quote(table)}', '{column}'), COALESCE(MAX({Quote(column)}), 0) + 1, false) FROM {Quote(table)}";
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    private static async Task<long> CountAsync(DbConnection connection, DbTransaction transaction, BackupTable table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COUNT(*) FROM {Quote(table.Name)}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<BackupManifest> ReadManifestAsync(ZipArchive zip, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry("manifest.json") ?? throw new BackupException("it is not an archive backup (no manifest.json)");
        if (entry.Length > BackupSchema.MaxManifestBytes)
        {
            throw new BackupException($"its manifest.json is {entry.Length / 1024} KB, more than a manifest can be");
        }
        await using var stream = await entry.OpenAsync(cancellationToken);
        var manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
        return manifest is { Format: Format, Version: 1 or 2, Rows: not null } ? manifest
            : throw new BackupException($"its manifest is not a version 1 or 2 {Format}");
    }

    // Table and column names come from the EF model, never from input.
    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}

/// <summary>A backup that cannot be restored, with the reason for the person who runs the command.</summary>
internal sealed class BackupException(string message) : Exception(message);
