namespace BelarusUsArchive.Web.Data.Aggregates;

/// <summary>
/// The SQLite triggers that mark related-reading lists stale (Model/RelatedReading.cs): an article whose people or
/// event sources change, the lists that name an article losing people or sources, the articles of an event whose status
/// changes; a deleted article takes its own list and mark along and marks the lists that named it.
/// </summary>
internal static class SqliteRelatedTriggers
{
    // Upserts, not INSERT OR IGNORE: inside a trigger SQLite lets the outer statement's conflict policy win over OR IGNORE.
    private static string Mark(string article) => $"""INSERT INTO "RelatedStale"("ArticleId") VALUES ({article}) ON CONFLICT DO NOTHING;""";

    private static string MarkListsNaming(string article) =>
        $"""INSERT INTO "RelatedStale"("ArticleId") SELECT r."ArticleId" FROM "RelatedReadings" AS r WHERE r."RelatedId" = {article} ON CONFLICT DO NOTHING;""";

    public static readonly string Create = $$"""
        CREATE TRIGGER "PersonArticles_related_insert" AFTER INSERT ON "PersonArticles" BEGIN {{Mark("new.\"ArticleId\"")}} END;
        CREATE TRIGGER "PersonArticles_related_update" AFTER UPDATE ON "PersonArticles" BEGIN
            {{Mark("old.\"ArticleId\"")}} {{Mark("new.\"ArticleId\"")}} {{MarkListsNaming("old.\"ArticleId\"")}}
        END;
        CREATE TRIGGER "PersonArticles_related_delete" AFTER DELETE ON "PersonArticles" BEGIN
            {{Mark("old.\"ArticleId\"")}} {{MarkListsNaming("old.\"ArticleId\"")}}
        END;
        CREATE TRIGGER "EventSources_related_insert" AFTER INSERT ON "EventSources" BEGIN {{Mark("new.\"ArticleId\"")}} END;
        CREATE TRIGGER "EventSources_related_update" AFTER UPDATE OF "EventId", "ArticleId" ON "EventSources" BEGIN
            {{Mark("old.\"ArticleId\"")}} {{Mark("new.\"ArticleId\"")}} {{MarkListsNaming("old.\"ArticleId\"")}}
        END;
        CREATE TRIGGER "EventSources_related_delete" AFTER DELETE ON "EventSources" BEGIN
            {{Mark("old.\"ArticleId\"")}} {{MarkListsNaming("old.\"ArticleId\"")}}
        END;
        CREATE TRIGGER "Events_related_status" AFTER UPDATE OF "Status" ON "Events" WHEN old."Status" IS NOT new."Status" BEGIN
            INSERT INTO "RelatedStale"("ArticleId") SELECT s."ArticleId" FROM "EventSources" AS s WHERE s."EventId" = new."Id" ON CONFLICT DO NOTHING;
        END;
        CREATE TRIGGER "Articles_related_delete" AFTER DELETE ON "Articles" BEGIN
            {{MarkListsNaming("old.\"Id\"")}}
            DELETE FROM "RelatedReadings" WHERE "ArticleId" = old."Id";
            DELETE FROM "RelatedStale" WHERE "ArticleId" = old."Id";
        END;
        """;

    /// <summary>Every stored article's list is computed once after the migration, by the web process or the next import.</summary>
    public const string Fill = """INSERT INTO "RelatedStale"("ArticleId") SELECT "Id" FROM "Articles";""";

    public const string Drop = """
        DROP TRIGGER "Articles_related_delete"; DROP TRIGGER "Events_related_status";
        DROP TRIGGER "EventSources_related_delete"; DROP TRIGGER "EventSources_related_update"; DROP TRIGGER "EventSources_related_insert";
        DROP TRIGGER "PersonArticles_related_delete"; DROP TRIGGER "PersonArticles_related_update"; DROP TRIGGER "PersonArticles_related_insert";
        """;
}
