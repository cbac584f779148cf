using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace BelarusUsArchive.Tests.Support;

/// <summary>
/// Every record of a SQLite archive, table by table, in a form two archives can be compared in: autoincrement
/// ids, timestamps and per-write version tokens left out, and every foreign key replaced by the referenced row's
/// own content (so a mention is known by its person, paragraph and article, not by ids that differ between runs).
/// </summary>
public sealed class ArchiveDigest
{
    /// <summary>Tables that log the runs themselves (a killed run leaves its row by design) rather than the archive.</summary>
    public static readonly string[] RunLogs = ["ImportRuns", "ImportFailures", "__EFMigrationsLock"];

    // Ids that point at another table without a foreign-key constraint.
    private static readonly Dictionary<(string Table, string Column), string> LooseReferences = new()
    {
        [("PersonRoles", "SourceParagraphId")] = "Paragraphs",
        [("RelatedReadings", "ArticleId")] = "Articles",
        [("RelatedReadings", "RelatedId")] = "Articles",
        [("RelatedStale", "ArticleId")] = "Articles",
    };

    private readonly SqliteConnection _connection;
    private readonly Dictionary<(string Table, long Id), string> _keys = [];
    private readonly Dictionary<string, TableShape> _shapes = [];

    private ArchiveDigest(SqliteConnection connection) => _connection = connection;

    /// <summary>Per table, its rows' canonical texts, sorted (a multiset).</summary>
    public Dictionary<string, List<string>> Tables { get; } = new(StringComparer.Ordinal);

    public static ArchiveDigest Of(string databaseFile)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        var digest = new ArchiveDigest(connection);
        foreach (var table in digest.ContentTables())
        {
            digest.Tables[table] = [.. digest.Rows(table).Order(StringComparer.Ordinal)];
        }
        return digest;
    }

    /// <summary>What differs from another archive: per table, the counts and a few rows only one side has.</summary>
    public List<string> Differences(ArchiveDigest other)
    {
        var differences = new List<string>();
        foreach (var table in Tables.Keys.Union(other.Tables.Keys).Order(StringComparer.Ordinal))
        {
            var mine = Tables.GetValueOrDefault(table) ?? [];
            var theirs = other.Tables.GetValueOrDefault(table) ?? [];
            var onlyMine = mine.Except(theirs).Take(3).ToList();
            var onlyTheirs = theirs.Except(mine).Take(3).ToList();
            if (mine.Count != theirs.Count || onlyMine.Count > 0 || onlyTheirs.Count > 0)
            {
                differences.Add($"{table}: {mine.Count} rows against {theirs.Count}; only here: {string.Join(" | ", onlyMine.Select(Short))}; only there: {string.Join(" | ", onlyTheirs.Select(Short))}");
            }
        }
        return differences;
    }

    public int RowCount => Tables.Values.Sum(t => t.Count);

    private static string Short(string row) => row.Length > 300 ? row[..300] + "…" : row;

    private List<string> ContentTables()
    {
        var virtualTables = Strings("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'");
        return [.. Strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .Where(t => !virtualTables.Any(v => t == v || t.StartsWith(v + "_", StringComparison.Ordinal)) && !RunLogs.Contains(t))];
    }

    private IEnumerable<string> Rows(string table)
    {
        var shape = Shape(table);
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Canonical(shape, reader));
        }
        return rows;
    }

    private string Canonical(TableShape shape, SqliteDataReader reader)
    {
        var text = new StringBuilder(shape.Table).Append('{');
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var column = reader.GetName(i);
            if (shape.Skipped.Contains(column))
            {
                continue;
            }
            var value = reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            if (!reader.IsDBNull(i) && shape.References.TryGetValue(column, out var target))
            {
                value = Key(target, reader.GetInt64(i));
            }
            text.Append(column).Append('=').Append(value).Append(';');
        }
        return text.Append('}').ToString();
    }

    /// <summary>A row known by its content: the hash of its canonical text (foreign keys resolved in turn).</summary>
    private string Key(string table, long id)
    {
        if (_keys.TryGetValue((table, id), out var key))
        {
            return key;
        }
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"{Shape(table).IdColumn}\" = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        key = reader.Read()
            ? table + "#" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(Shape(table), reader))))[..16]
            : $"{table}#missing";
        _keys[(table, id)] = key;
        return key;
    }

    private sealed record TableShape(string Table, string IdColumn, HashSet<string> Skipped, Dictionary<string, string> References);

    private TableShape Shape(string table)
    {
        if (_shapes.TryGetValue(table, out var shape))
        {
            return shape;
        }
        var columns = Pairs($"SELECT name, pk FROM pragma_table_info('{table}')");
        var autoincrement = Strings($"SELECT sql FROM sqlite_master WHERE name = '{table}'").Single().Contains("AUTOINCREMENT", StringComparison.Ordinal);
        var idColumn = columns.Where(c => c.Second == "1").Select(c => c.First).FirstOrDefault() ?? "rowid";
        var references = Pairs($"SELECT \"from\", \"table\" FROM pragma_foreign_key_list('{table}')").ToDictionary(p => p.First, p => p.Second);
        foreach (var loose in LooseReferences.Where(l => l.Key.Table == table))
        {
            references[loose.Key.Column] = loose.Value;
        }
        // Timestamps of when a run wrote a row, and the concurrency token every write renews, legitimately differ.
        var skipped = columns.Select(c => c.First)
            .Where(c => (autoincrement && c == idColumn) || c.EndsWith("At", StringComparison.Ordinal) || c is "Version" or "Timestamp")
            .ToHashSet(StringComparer.Ordinal);
        shape = new TableShape(table, idColumn, skipped, references);
        _shapes[table] = shape;
        return shape;
    }

    private List<string> Strings(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private List<(string First, string Second)> Pairs(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var pairs = new List<(string, string)>();
        while (reader.Read())
        {
            pairs.Add((Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!, Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture)!));
        }
        return pairs;
    }
}
