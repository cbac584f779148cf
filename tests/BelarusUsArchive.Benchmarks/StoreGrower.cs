using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BelarusUsArchive.Benchmarks;

/// <summary>
/// Grows an imported store to the target size by copying its articles with SQL: each copy gets new ids,
/// slugs and source names, and brings its paragraphs, bylines, mentions and events along. Importing
/// 100,000 files through today's importer takes over an hour; this takes minutes. The copies fire the
/// store's own triggers, so the search index and every table the triggers keep are filled as an import
/// would fill them. The copies repeat the base's texts, so they say nothing about extraction.
/// The same SQL grows a PostgreSQL database (<see cref="GrowPostgres"/>): restored from a SQLite base and grown
/// by the same copies, it holds the same ids and slugs as the SQLite store grown from that base.
/// </summary>
internal static class StoreGrower
{
    public static void Grow(string database, int target)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");
        Grow(connection, target);
        Execute(connection, "PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);");
    }

    public static void GrowPostgres(string connectionString, int target)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Execute(connection, "SET synchronous_commit = off");
        Grow(connection, target);
        // Identity sequences past the copied ids, as a restore leaves them; then fresh planner statistics.
        foreach (var table in new[] { "Articles", "Paragraphs", "Mentions", "Events", "EventSources" })
        {
            Execute(connection, $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT max(\"Id\") FROM \"{table}\"))");
        }
        Execute(connection, "ANALYZE");
    }

    private static void Grow(DbConnection connection, int target)
    {
        var baseCount = Scalar(connection, "SELECT count(*) FROM \"Articles\"");
        if (baseCount == 0 || baseCount >= target)
        {
            return;
        }
        long Max(string table) => Scalar(connection, $"SELECT coalesce(max(\"Id\"), 0) FROM \"{table}\"");
        var max = new Dictionary<string, long>
        {
            ["Articles"] = Max("Articles"),
            ["Paragraphs"] = Max("Paragraphs"),
            ["Mentions"] = Max("Mentions"),
            ["Events"] = Max("Events"),
            ["EventSources"] = Max("EventSources"),
        };
        var clock = Stopwatch.StartNew();
        var copies = (int)Math.Ceiling((target - baseCount) / (double)baseCount);
        for (var c = 1; c <= copies; c++)
        {
            var take = Math.Min(baseCount, target - baseCount * c);
            using var transaction = connection.BeginTransaction();
            CopyOnce(connection, c, max, take);
            transaction.Commit();
            Console.WriteLine($"  copy {c}/{copies}: {Scalar(connection, "SELECT count(*) FROM \"Articles\""):N0} articles, {clock.Elapsed.TotalSeconds:0} s");
        }
    }

    private static void CopyOnce(DbConnection connection, int c, Dictionary<string, long> max, long take)
    {
        string Off(string table) => (max[table] * c).ToString(CultureInfo.InvariantCulture);
        var suffix = c.ToString(CultureInfo.InvariantCulture);
        var articles = $"(SELECT \"Id\" FROM \"Articles\" WHERE \"Id\" <= {max["Articles"]} ORDER BY \"Id\" LIMIT {take})";
        Copy(connection, "Articles", $"\"Id\" IN {articles}", new()
        {
            ["Id"] = $"\"Id\" + {Off("Articles")}",
            ["Slug"] = $"\"Slug\" || '-c{suffix}'",
            ["SourceFile"] = $"\"SourceFile\" || '#c{suffix}'",
        });
        Copy(connection, "Paragraphs", $"\"ArticleId\" IN {articles}", new()
        {
            ["Id"] = $"\"Id\" + {Off("Paragraphs")}",
            ["ArticleId"] = $"\"ArticleId\" + {Off("Articles")}",
        });
        Copy(connection, "ArticleAuthors", $"\"ArticleId\" IN {articles}", new() { ["ArticleId"] = $"\"ArticleId\" + {Off("Articles")}" });
        Copy(connection, "Mentions", $"\"ArticleId\" IN {articles}", new()
        {
            ["Id"] = $"\"Id\" + {Off("Mentions")}",
            ["ArticleId"] = $"\"ArticleId\" + {Off("Articles")}",
            ["ParagraphId"] = $"\"ParagraphId\" + {Off("Paragraphs")}",
        });
        // An event is copied with the copy of its first source, so each copy's events cite its own articles.
        var events = $"(SELECT \"EventId\" FROM \"EventSources\" GROUP BY \"EventId\" HAVING min(\"ArticleId\") IN {articles} AND max(\"EventId\") <= {max["Events"]})";
        Copy(connection, "Events", $"\"Id\" IN {events}", new()
        {
            ["Id"] = $"\"Id\" + {Off("Events")}",
            ["Slug"] = $"\"Slug\" || '-c{suffix}'",
        });
        Copy(connection, "EventParticipants", $"\"EventId\" IN {events}", new() { ["EventId"] = $"\"EventId\" + {Off("Events")}" });
        Copy(connection, "EventSources", $"\"EventId\" IN {events} AND \"ArticleId\" IN {articles}", new()
        {
            ["Id"] = $"\"Id\" + {Off("EventSources")}",
            ["EventId"] = $"\"EventId\" + {Off("Events")}",
            ["ArticleId"] = $"\"ArticleId\" + {Off("Articles")}",
        });
    }

    private static void Copy(DbConnection connection, string table, string where, Dictionary<string, string> overrides)
    {
        var columns = new List<string>();
        using (var info = connection.CreateCommand())
        {
            // A PostgreSQL generated column (a search vector) is computed, never inserted.
            info.CommandText = connection is NpgsqlConnection
                ? $"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}' AND is_generated = 'NEVER' ORDER BY ordinal_position"
                : $"SELECT name FROM pragma_table_info('{table}')";
            using var reader = info.ExecuteReader();
            while (reader.Read())
            {
                columns.Add(reader.GetString(0));
            }
        }
        var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", columns.Select(c => overrides.TryGetValue(c, out var e) ? e : $"\"{c}\""));
        Execute(connection, $"INSERT INTO \"{table}\" ({names}) SELECT {values} FROM \"{table}\" WHERE {where}");
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    private static long Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
