using Microsoft.Data.Sqlite;

namespace BelarusUsArchive.Tests.Support;

/// <summary>
/// What must hold of a SQLite archive at any moment, a crash included: the file and the three FTS5 indexes
/// pass their integrity checks, no row points at a missing one, no source file is stored twice, no migration
/// lock is left behind, and every stored article is whole: its fields, paragraphs, authors, mentions and event
/// sources exactly those a fresh, uninterrupted import gave it.
/// </summary>
public static class StoreChecks
{
    private static readonly string[] FtsTables = ["ParagraphsFts", "ArticlesFts", "CommentaryFts"];

    private static readonly string[] Orphans =
    [
        "SELECT 'paragraph ' || Id || ' of missing article ' || ArticleId FROM Paragraphs WHERE ArticleId NOT IN (SELECT Id FROM Articles)",
        "SELECT 'mention ' || Id || ' of missing paragraph' FROM Mentions WHERE ParagraphId NOT IN (SELECT Id FROM Paragraphs)",
        "SELECT 'mention ' || m.Id || ' in a paragraph of another article' FROM Mentions m JOIN Paragraphs p ON p.Id = m.ParagraphId WHERE p.ArticleId <> m.ArticleId",
        "SELECT 'article ' || SourceFile || ' without paragraphs' FROM Articles WHERE Id NOT IN (SELECT ArticleId FROM Paragraphs)",
        "SELECT 'source file ' || SourceFile || ' stored ' || count(*) || ' times' FROM Articles GROUP BY SourceFile HAVING count(*) > 1",
        "SELECT 'slug ' || Slug || ' used ' || count(*) || ' times' FROM Articles GROUP BY Slug HAVING count(*) > 1",
        "SELECT 'event source ' || Id || ' of missing article or event' FROM EventSources WHERE ArticleId NOT IN (SELECT Id FROM Articles) OR EventId NOT IN (SELECT Id FROM Events)",
        "SELECT 'article author of missing article or author' FROM ArticleAuthors WHERE ArticleId NOT IN (SELECT Id FROM Articles) OR AuthorId NOT IN (SELECT Id FROM Authors)",
    ];

    // Everything an import gives one article, by natural keys: the same file imported fresh gives the same text.
    private const string ArticleContent = """
        SELECT a.SourceFile,
            a.Slug || '|' || a.Title || '|' || coalesce(a.Subtitle, '') || '|' || coalesce(a.PublishedEdtf, '') || '|' || a.ContentHash || '|' || a.FieldSources
            || '|outlet ' || coalesce((SELECT Slug FROM Outlets WHERE Id = a.OutletId), '')
            || '|authors ' || coalesce((SELECT group_concat(s, ',') FROM (SELECT au.Slug || ':' || x."Order" AS s FROM ArticleAuthors x JOIN Authors au ON au.Id = x.AuthorId WHERE x.ArticleId = a.Id ORDER BY x."Order")), '')
            || '|paragraphs ' || coalesce((SELECT group_concat(s, char(10)) FROM (SELECT Number || ':' || Kind || ':' || Text || ':' || coalesce(Notes, '') AS s FROM Paragraphs WHERE ArticleId = a.Id ORDER BY Number)), '')
            || '|mentions ' || coalesce((SELECT group_concat(s, ',') FROM (SELECT p.Number || '@' || m.Offset || '+' || m.Length || ':' || pe.Slug || ':' || m.Surface AS s
                FROM Mentions m JOIN Paragraphs p ON p.Id = m.ParagraphId JOIN People pe ON pe.Id = m.PersonId WHERE m.ArticleId = a.Id ORDER BY p.Number, m.Offset, pe.Slug)), '')
            || '|events ' || coalesce((SELECT group_concat(s, ',') FROM (SELECT es.ParagraphNumber || ':' || es.Quote AS s FROM EventSources es WHERE es.ArticleId = a.Id ORDER BY es.ParagraphNumber, es.Quote)), '')
        FROM Articles a
        """;

    /// <summary>Everything wrong with the store's structure; empty when it is sound.</summary>
    public static List<string> Problems(string databaseFile)
    {
        using var connection = Open(databaseFile);
        var problems = new List<string>();
        var integrity = Strings(connection, "PRAGMA integrity_check");
        if (integrity is not ["ok"])
        {
            problems.Add("integrity_check: " + string.Join("; ", integrity.Take(5)));
        }
        if (!Migrated(connection))
        {
            // Killed before its first migration committed: an empty file is a sound one.
            return problems;
        }
        problems.AddRange(Strings(connection, "PRAGMA foreign_key_check").Select(f => "foreign key broken in " + f));
        foreach (var fts in FtsTables)
        {
            try
            {
                Strings(connection, $"INSERT INTO \"{fts}\"(\"{fts}\") VALUES('integrity-check')");
            }
            catch (SqliteException e)
            {
                problems.Add($"{fts} integrity-check: {e.Message}");
            }
        }
        problems.AddRange(Orphans.SelectMany(sql => Strings(connection, sql)));
        return problems;
    }

    /// <summary>A migration lock row, which only a run killed while migrating leaves, and the next start must clear.</summary>
    public static List<string> MigrationLocks(string databaseFile)
    {
        using var connection = Open(databaseFile);
        return Strings(connection, "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsLock'") is ["0"] ? []
            : Strings(connection, "SELECT 'migration lock left at ' || Timestamp FROM __EFMigrationsLock");
    }

    /// <summary>Each stored article's whole content by source file.</summary>
    public static Dictionary<string, string> Articles(string databaseFile)
    {
        using var connection = Open(databaseFile);
        if (!Migrated(connection))
        {
            return [];
        }
        using var command = connection.CreateCommand();
        command.CommandText = ArticleContent;
        using var reader = command.ExecuteReader();
        var articles = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            articles[reader.GetString(0)] = reader.GetString(1);
        }
        return articles;
    }

    /// <summary>Articles stored here that differ from the same file in a fresh import (none may: no article is ever half written).</summary>
    public static List<string> HalfImported(Dictionary<string, string> stored, Dictionary<string, string> fresh) =>
    [
        .. stored.Where(a => !fresh.TryGetValue(a.Key, out var whole) || whole != a.Value)
            .Select(a => fresh.ContainsKey(a.Key) ? $"{a.Key} differs from a fresh import" : $"{a.Key} is not in the corpus"),
    ];

    private static bool Migrated(SqliteConnection connection) =>
        Strings(connection, "SELECT count(*) FROM sqlite_master WHERE name IN ('Articles', 'ParagraphsFts', 'CommentaryFts', 'Mentions')") is ["4"];

    public static SqliteConnection Open(string databaseFile)
    {
        // No pooling: the next import must find the file closed, as after a real crash.
        var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        return connection;
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : reader.GetValue(i).ToString())));
        }
        return values;
    }
}
