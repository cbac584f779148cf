using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace BelarusUsArchive.Web.Backup;

/// <summary>
/// Column values between a provider's reader or parameter and the backup's JSON, by the column's CLR
/// type. Timestamps keep microseconds, PostgreSQL's precision, so a round trip through either store
/// gives back the same text.
/// </summary>
internal static class BackupValues
{
    private const string Timestamp = "yyyy-MM-dd'T'HH:mm:ss.ffffff";

    public static void Write(Utf8JsonWriter json, DbDataReader reader, int ordinal, Type type)
    {
        if (reader.IsDBNull(ordinal))
        {
            json.WriteNullValue();
        }
        else if (type == typeof(string))
        {
            json.WriteStringValue(reader.GetString(ordinal));
        }
        else if (type == typeof(bool))
        {
            json.WriteBooleanValue(reader.GetBoolean(ordinal));
        }
        else if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte))
        {
            json.WriteNumberValue(reader.GetInt64(ordinal));
        }
        else if (type == typeof(double) || type == typeof(float))
        {
            json.WriteNumberValue(reader.GetDouble(ordinal));
        }
        else if (type == typeof(decimal))
        {
            json.WriteStringValue(reader.GetDecimal(ordinal).ToString(CultureInfo.InvariantCulture));
        }
        else if (type == typeof(Guid))
        {
            json.WriteStringValue(reader.GetGuid(ordinal).ToString("D"));
        }
        else if (type == typeof(DateTime))
        {
            json.WriteStringValue(reader.GetDateTime(ordinal).ToString(Timestamp, CultureInfo.InvariantCulture) + "Z");
        }
        else if (type == typeof(DateTimeOffset))
        {
            json.WriteStringValue(reader.GetFieldValue<DateTimeOffset>(ordinal).UtcDateTime.ToString(Timestamp, CultureInfo.InvariantCulture) + "Z");
        }
        else if (type == typeof(DateOnly))
        {
            json.WriteStringValue(reader.GetFieldValue<DateOnly>(ordinal).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else if (type == typeof(byte[]))
        {
            json.WriteBase64StringValue(reader.GetFieldValue<byte[]>(ordinal));
        }
        else
        {
            throw new NotSupportedException($"A backup cannot hold a column of type {type.Name}.");
        }
    }

    /// <summary>The JSON value as the parameter value the provider stores for a column of <paramref name="type"/>.</summary>
    public static object Read(JsonElement value, Type type, bool sqlite)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return DBNull.Value;
        }
        return type switch
        {
            _ when type == typeof(string) => value.GetString()!,
            _ when type == typeof(bool) => value.GetBoolean(),
            _ when type == typeof(int) => value.GetInt32(),
            _ when type == typeof(long) => value.GetInt64(),
            _ when type == typeof(short) => value.GetInt16(),
            _ when type == typeof(byte) => value.GetByte(),
            _ when type == typeof(double) => value.GetDouble(),
            _ when type == typeof(float) => value.GetSingle(),
            _ when type == typeof(decimal) => decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            // EF stores a Guid on SQLite as upper-case text, which a Guid parameter would not be.
            _ when type == typeof(Guid) => sqlite ? Guid.Parse(value.GetString()!).ToString("D").ToUpperInvariant() : Guid.Parse(value.GetString()!),
            _ when type == typeof(DateTime) => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            _ when type == typeof(DateTimeOffset) => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            _ when type == typeof(DateOnly) => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ when type == typeof(byte[]) => value.GetBytesFromBase64(),
            _ => throw new NotSupportedException($"A backup cannot hold a column of type {type.Name}."),
        };
    }
}
