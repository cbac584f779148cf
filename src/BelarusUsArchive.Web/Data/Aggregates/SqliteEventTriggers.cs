namespace BelarusUsArchive.Web.Data.Aggregates;

/// <summary>
/// The SQLite triggers that keep EventYears (each year a dated event reaches into) and EventMonthCounts (dated events
/// that are not rejected, per start month, kind and precision: for everyone, person 0, and for each participant). An
/// event's rows leave before the event does, while its participants can still be read; a participant removed by that
/// cascade finds no event and moves nothing.
/// </summary>
internal static class SqliteEventTriggers
{
    private static string Add(string row) => $$"""
            INSERT INTO "EventYears"("Year", "EventId")
                WITH RECURSIVE y(v) AS (
                    SELECT CAST(strftime('%Y', {{row}}."DateStart") AS INTEGER) WHERE {{row}}."DateStart" IS NOT NULL
                    UNION ALL SELECT v + 1 FROM y WHERE v < CAST(strftime('%Y', {{row}}."DateEnd") AS INTEGER))
                SELECT v, {{row}}."Id" FROM y;
            INSERT INTO "EventMonthCounts"("PersonId", "Month", "Kind", "Precision", "Events")
                SELECT p.id, CAST(strftime('%Y%m', {{row}}."DateStart") AS INTEGER), {{row}}."Kind", {{row}}."DatePrecision", 1
                FROM (SELECT 0 AS id UNION ALL SELECT x."PersonId" FROM "EventParticipants" AS x WHERE x."EventId" = {{row}}."Id") AS p
                WHERE {{row}}."DateStart" IS NOT NULL AND {{row}}."Status" <> 'Rejected'
                ON CONFLICT("PersonId", "Month", "Kind", "Precision") DO UPDATE SET "Events" = "Events" + 1;
        """;

    private const string Remove = """
            DELETE FROM "EventYears" WHERE "EventId" = old."Id";
            UPDATE "EventMonthCounts" SET "Events" = "Events" - 1
                WHERE old."DateStart" IS NOT NULL AND old."Status" <> 'Rejected'
                    AND "Month" = CAST(strftime('%Y%m', old."DateStart") AS INTEGER) AND "Kind" = old."Kind" AND "Precision" = old."DatePrecision"
                    AND ("PersonId" = 0 OR "PersonId" IN (SELECT x."PersonId" FROM "EventParticipants" AS x WHERE x."EventId" = old."Id"));
            DELETE FROM "EventMonthCounts" WHERE "Month" = CAST(strftime('%Y%m', old."DateStart") AS INTEGER) AND "Events" <= 0;
        """;

    private const string AddParticipant = """
            INSERT INTO "EventMonthCounts"("PersonId", "Month", "Kind", "Precision", "Events")
                SELECT new."PersonId", CAST(strftime('%Y%m', e."DateStart") AS INTEGER), e."Kind", e."DatePrecision", 1
                FROM "Events" AS e WHERE e."Id" = new."EventId" AND e."DateStart" IS NOT NULL AND e."Status" <> 'Rejected'
                ON CONFLICT("PersonId", "Month", "Kind", "Precision") DO UPDATE SET "Events" = "Events" + 1;
        """;

    private const string RemoveParticipant = """
            UPDATE "EventMonthCounts" SET "Events" = "Events" - 1
                WHERE "PersonId" = old."PersonId" AND EXISTS (SELECT 1 FROM "Events" AS e WHERE e."Id" = old."EventId"
                    AND e."DateStart" IS NOT NULL AND e."Status" <> 'Rejected' AND "EventMonthCounts"."Month" = CAST(strftime('%Y%m', e."DateStart") AS INTEGER)
                    AND "EventMonthCounts"."Kind" = e."Kind" AND "EventMonthCounts"."Precision" = e."DatePrecision");
            DELETE FROM "EventMonthCounts" WHERE "PersonId" = old."PersonId" AND "Events" <= 0;
        """;

    public static readonly string Create = $$"""
        CREATE TRIGGER "Events_kept_insert" AFTER INSERT ON "Events" BEGIN
        {{Add("new")}}
        END;
        CREATE TRIGGER "Events_kept_delete" BEFORE DELETE ON "Events" BEGIN
        {{Remove}}
        END;
        CREATE TRIGGER "Events_kept_update" AFTER UPDATE OF "DateStart", "DateEnd", "DatePrecision", "Kind", "Status" ON "Events" BEGIN
        {{Remove}}
        {{Add("new")}}
        END;
        CREATE TRIGGER "EventParticipants_kept_insert" AFTER INSERT ON "EventParticipants" BEGIN
        {{AddParticipant}}
        END;
        CREATE TRIGGER "EventParticipants_kept_delete" AFTER DELETE ON "EventParticipants" BEGIN
        {{RemoveParticipant}}
        END;
        CREATE TRIGGER "EventParticipants_kept_update" AFTER UPDATE OF "EventId", "PersonId" ON "EventParticipants" BEGIN
        {{RemoveParticipant}}
        {{AddParticipant}}
        END;
        """;

    /// <summary>The rows of whatever the store already holds, taken once when the triggers are created.</summary>
    public const string Fill = """
        INSERT INTO "EventYears"("Year", "EventId")
            WITH RECURSIVE y(id, v, last) AS (
                SELECT "Id", CAST(strftime('%Y', "DateStart") AS INTEGER), CAST(strftime('%Y', "DateEnd") AS INTEGER) FROM "Events" WHERE "DateStart" IS NOT NULL
                UNION ALL SELECT id, v + 1, last FROM y WHERE v < last)
            SELECT v, id FROM y;
        INSERT INTO "EventMonthCounts"("PersonId", "Month", "Kind", "Precision", "Events")
            SELECT 0, CAST(strftime('%Y%m', "DateStart") AS INTEGER), "Kind", "DatePrecision", count(*) FROM "Events"
            WHERE "DateStart" IS NOT NULL AND "Status" <> 'Rejected' GROUP BY 2, 3, 4;
        INSERT INTO "EventMonthCounts"("PersonId", "Month", "Kind", "Precision", "Events")
            SELECT x."PersonId", CAST(strftime('%Y%m', e."DateStart") AS INTEGER), e."Kind", e."DatePrecision", count(*)
            FROM "EventParticipants" AS x JOIN "Events" AS e ON e."Id" = x."EventId"
            WHERE e."DateStart" IS NOT NULL AND e."Status" <> 'Rejected' GROUP BY 1, 2, 3, 4;
        """;

    public const string Drop = """
        DROP TRIGGER "Events_kept_insert"; DROP TRIGGER "Events_kept_delete"; DROP TRIGGER "Events_kept_update";
        DROP TRIGGER "EventParticipants_kept_insert"; DROP TRIGGER "EventParticipants_kept_delete"; DROP TRIGGER "EventParticipants_kept_update";
        """;
}
