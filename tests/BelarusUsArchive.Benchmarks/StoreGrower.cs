using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BelarusUsArchive.Benchmarks;

/// <summary>
/// Grows an imported store to the target size by copying its articles with SQL: each copy gets new ids,
/// slugs and source names, and brings its paragraphs, bylines, mentions and events along. Importing
/// 100,000 files through today's importer takes over an hour; this takes minutes. The copies fire the
/// store's own triggers, so the search index and every table the triggers keep are filled as an import
/// would fill them. The copies repeat the base's texts, so they say nothing about extraction.
/// </summary>
internal static class StoreGrower
{
    public static void Grow(string database, int target)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");
        var baseCount = Scalar(connection, "SELECT count(*) FROM Articles");
        if (baseCount == 0 || baseCount >= target)
        {
            return;
        }
        var max = new Dictionary<string, long>
        {
            ["Articles"] = Scalar(connection, "SELECT max(Id) FROM Articles"),
            ["Paragraphs"] = Scalar(connection, "SELECT max(Id) FROM Paragraphs"),
            ["Mentions"] = Scalar(connection, "SELECT coalesce(max(Id), 0) FROM Mentions"),
            ["Events"] = Scalar(connection, "SELECT coalesce(max(Id), 0) FROM Events"),
            ["EventSources"] = Scalar(connection, "SELECT coalesce(max(Id), 0) FROM EventSources"),
        };
        var clock = Stopwatch.StartNew();
        var copies = (int)Math.Ceiling((target - baseCount) / (double)baseCount);
        for (var c = 1; c <= copies; c++)
        {
            var take = Math.Min(baseCount, target - baseCount * c);
            using var transaction = connection.BeginTransaction();
            CopyOnce(connection, c, max, take);
            transaction.Commit();
            Console.WriteLine($"  copy {c}/{copies}: {Scalar(connection, "SELECT count(*) FROM Articles"):N0} articles, {clock.Elapsed.TotalSeconds:0} s");
        }
        Execute(connection, "PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static void CopyOnce(SqliteConnection connection, int c, Dictionary<string, long> max, long take)
    {
        string Off(string table) => (max[table] * c).ToString(CultureInfo.InvariantCulture);
        var suffix = c.ToString(CultureInfo.InvariantCulture);
        var articles = $"(SELECT Id FROM Articles WHERE Id <= {max["Articles"]} ORDER BY Id LIMIT {take})";
        Copy(connection, "Articles", $"Id IN {articles}", new()
        {
            ["Id"] = $"Id + {Off("Articles")}",
            ["Slug"] = $"Slug || '-c{suffix}'",
            ["SourceFile"] = $"SourceFile || '#c{suffix}'",
        });
        Copy(connection, "Paragraphs", $"ArticleId IN {articles}", new()
        {
            ["Id"] = $"Id + {Off("Paragraphs")}",
            ["ArticleId"] = $"ArticleId + {Off("Articles")}",
        });
        Copy(connection, "ArticleAuthors", $"ArticleId IN {articles}", new() { ["ArticleId"] = $"ArticleId + {Off("Articles")}" });
        Copy(connection, "Mentions", $"ArticleId IN {articles}", new()
        {
            ["Id"] = $"Id + {Off("Mentions")}",
            ["ArticleId"] = $"ArticleId + {Off("Articles")}",
            ["ParagraphId"] = $"ParagraphId + {Off("Paragraphs")}",
        });
        // An event is copied with the copy of its first source, so each copy's events cite its own articles.
        var events = $"(SELECT EventId FROM EventSources GROUP BY EventId HAVING min(ArticleId) IN {articles} AND max(EventId) <= {max["Events"]})";
        Copy(connection, "Events", $"Id IN {events}", new()
        {
            ["Id"] = $"Id + {Off("Events")}",
            ["Slug"] = $"Slug || '-c{suffix}'",
        });
        Copy(connection, "EventParticipants", $"EventId IN {events}", new() { ["EventId"] = $"EventId + {Off("Events")}" });
        Copy(connection, "EventSources", $"EventId IN {events} AND ArticleId IN {articles}", new()
        {
            ["Id"] = $"Id + {Off("EventSources")}",
            ["EventId"] = $"EventId + {Off("Events")}",
            ["ArticleId"] = $"ArticleId + {Off("Articles")}",
        });
    }

    private static void Copy(SqliteConnection connection, string table, string where, Dictionary<string, string> overrides)
    {
        var columns = new List<string>();
        using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
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

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
