using System.Data.Common;
using System.Text.Json;

namespace BelarusUsArchive.Web.Backup;

/// <summary>
/// A backup's schema against the store's: the tables and each table's columns (name and type) must be the same, so
/// a backup of another version of the archive is refused with the difference instead of failing on a row halfway
/// or dropping a column nobody reads. Every row is held to it too (a version 1 backup carries no schema of its own).
/// </summary>
internal static class BackupSchema
{
    public const int MaxManifestBytes = 1024 * 1024;

    public static Dictionary<string, IReadOnlyList<string>> Columns(IReadOnlyList<BackupTable> tables) =>
        tables.ToDictionary(t => t.Name, t => (IReadOnlyList<string>)[.. t.Columns.Select(c => $"{c.Name}:{c.Type.Name}")], StringComparer.Ordinal);

    /// <summary>The first difference between the backup's tables (and columns, where the manifest lists them) and the store's, or null.</summary>
    public static string? Problem(BackupManifest manifest, IReadOnlyList<BackupTable> tables)
    {
        var names = tables.Select(t => t.Name).ToList();
        if (manifest.Rows.Keys.Except(names).ToList() is { Count: > 0 } unknown)
        {
            return $"the backup holds tables this archive does not know ({string.Join(", ", unknown)})";
        }
        if (names.Except(manifest.Rows.Keys).ToList() is { Count: > 0 } missing)
        {
            return $"the backup lacks tables this archive has ({string.Join(", ", missing)})";
        }
        if (manifest.Columns is null)
        {
            return null;
        }
        var ours = Columns(tables);
        foreach (var name in names)
        {
            var theirs = manifest.Columns.TryGetValue(name, out var listed) ? listed : [];
            if (theirs.Except(ours[name]).ToList() is { Count: > 0 } extra)
            {
                var lacking = ours[name].Except(theirs).ToList();
                return $"table {name} differs: the backup has {string.Join(", ", extra)}" + (lacking.Count > 0 ? $" where this archive has {string.Join(", ", lacking)}" : " which this archive lacks");
            }
            if (ours[name].Except(theirs).ToList() is { Count: > 0 } absent)
            {
                return $"table {name} differs: the backup lacks {string.Join(", ", absent)}";
            }
        }
        return null;
    }

    /// <summary>Reads one row into the insert's parameters; a row that is not an object of exactly the table's columns, of their types, is refused.</summary>
    public static void Bind(string line, BackupTable table, IReadOnlyList<DbParameter> parameters, bool sqlite, string where)
    {
        JsonDocument row;
        try
        {
            row = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new BackupException($"{where} is not JSON: {e.Message}");
        }
        using (row)
        {
            if (row.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new BackupException($"{where} is not a row (a JSON object)");
            }
            var known = table.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var property in row.RootElement.EnumerateObject().Where(p => !known.Contains(p.Name)))
            {
                throw new BackupException($"{where} has a column {property.Name} that table {table.Name} does not have");
            }
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                if (!row.RootElement.TryGetProperty(column.Name, out var value))
                {
                    throw new BackupException($"{where} lacks column {column.Name} of table {table.Name}");
                }
                parameters[i].Value = Read(value, column, sqlite, where);
            }
        }
    }

    private static object Read(JsonElement value, BackupColumn column, bool sqlite, string where)
    {
        try
        {
            return BackupValues.Read(value, column.Type, sqlite);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException or ArgumentException or KeyNotFoundException)
        {
            throw new BackupException($"{where}: column {column.Name} holds {value.ValueKind.ToString().ToLowerInvariant()} {Short(value)}, not a {column.Type.Name}");
        }
    }

    private static string Short(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
