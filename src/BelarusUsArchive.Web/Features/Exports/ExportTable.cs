using System.Globalization;
using System.Text;
using System.Text.Json;
using BelarusUsArchive.Web.Data;

namespace BelarusUsArchive.Web.Features.Exports;

public sealed record ExportColumn(string Name, string Type, string Meaning);

/// <summary>One table of the export: its columns (the data dictionary) and its rows, streamed from the database in key order.</summary>
public sealed record ExportTable(string Name, string Description, IReadOnlyList<ExportColumn> Columns, Func<ArchiveDb, IAsyncEnumerable<object?[]>> Rows)
{
    public IEnumerable<string> ColumnNames => Columns.Select(c => c.Name);

    /// <summary>A cell as CSV text: dates ISO 8601, times UTC with Z, enums in kebab case, null empty.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => Kebab(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>A cell as a JSON value: numbers and booleans stay typed, everything else as its CSV text.</summary>
    public static void Json(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case int n:
                json.WriteNumber(name, n);
                break;
            case bool b:
                json.WriteBoolean(name, b);
                break;
            default:
                json.WriteString(name, Text(value));
                break;
        }
    }

    private static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
