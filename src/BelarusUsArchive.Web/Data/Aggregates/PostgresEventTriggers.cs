namespace BelarusUsArchive.Web.Data.Aggregates;

/// <summary>
/// The PostgreSQL twin of <see cref="SqliteEventTriggers"/>. An event's rows leave in a BEFORE DELETE trigger, while its
/// participants are still there (the cascade to them runs after); a participant removed by that cascade finds no event
/// and moves nothing.
/// </summary>
internal static class PostgresEventTriggers
{
    public const string Create = """
        CREATE FUNCTION archive_event_month(d date) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
            SELECT (EXTRACT(YEAR FROM d) * 100 + EXTRACT(MONTH FROM d))::integer
        $$;

        CREATE FUNCTION archive_event_count(person integer, e "Events", delta integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF e."DateStart" IS NULL OR e."Status" = 'Rejected' THEN
                RETURN;
            END IF;
            INSERT INTO "EventMonthCounts"("PersonId", "Month", "Kind", "Precision", "Events")
                SELECT p.id, archive_event_month(e."DateStart"), e."Kind", e."DatePrecision", delta
                FROM (SELECT person AS id WHERE person IS NOT NULL
                      UNION ALL SELECT 0 WHERE person IS NULL
                      UNION ALL SELECT x."PersonId" FROM "EventParticipants" AS x WHERE person IS NULL AND x."EventId" = e."Id") AS p
                ON CONFLICT ("PersonId", "Month", "Kind", "Precision") DO UPDATE SET "Events" = "EventMonthCounts"."Events" + EXCLUDED."Events";
            DELETE FROM "EventMonthCounts" WHERE "Month" = archive_event_month(e."DateStart") AND "Events" <= 0;
        END $$;

        CREATE FUNCTION archive_event_rows() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                DELETE FROM "EventYears" WHERE "EventId" = OLD."Id";
                PERFORM archive_event_count(NULL, OLD, -1);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                IF NEW."DateStart" IS NOT NULL THEN
                    INSERT INTO "EventYears"("Year", "EventId")
                        SELECT y, NEW."Id" FROM generate_series(EXTRACT(YEAR FROM NEW."DateStart")::integer, EXTRACT(YEAR FROM NEW."DateEnd")::integer) AS y;
                END IF;
                PERFORM archive_event_count(NULL, NEW, 1);
                RETURN NEW;
            END IF;
            RETURN OLD;
        END $$;
        CREATE TRIGGER "Events_kept_insert" AFTER INSERT ON "Events" FOR EACH ROW EXECUTE FUNCTION archive_event_rows();
        CREATE TRIGGER "Events_kept_delete" BEFORE DELETE ON "Events" FOR EACH ROW EXECUTE FUNCTION archive_event_rows();
        CREATE TRIGGER "Events_kept_update" AFTER UPDATE OF "DateStart", "DateEnd", "DatePrecision", "Kind", "Status" ON "Events"
            FOR EACH ROW EXECUTE FUNCTION archive_event_rows();

        CREATE FUNCTION archive_event_participants() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE e "Events";
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                SELECT * INTO e FROM "Events" WHERE "Id" = OLD."EventId";
                IF FOUND THEN
                    PERFORM archive_event_count(OLD."PersonId", e, -1);
                END IF;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                SELECT * INTO e FROM "Events" WHERE "Id" = NEW."EventId";
                IF FOUND THEN
                    PERFORM archive_event_count(NEW."PersonId", e, 1);
                END IF;
                RETURN NEW;
            END IF;
            RETURN OLD;
        END $$;
        CREATE TRIGGER "EventParticipants_kept" AFTER INSERT OR DELETE OR UPDATE OF "EventId", "PersonId" ON "EventParticipants"
            FOR EACH ROW EXECUTE FUNCTION archive_event_participants();
        """;

    /// <summary>The rows of whatever the store already holds, taken once when the triggers are created.</summary>
    public const string Fill = """
        INSERT INTO "EventYears"("Year", "EventId")
            SELECT y, e."Id" FROM "Events" AS e,
                generate_series(EXTRACT(YEAR FROM e."DateStart")::integer, EXTRACT(YEAR FROM e."DateEnd")::integer) AS y
            WHERE e."DateStart" IS NOT NULL;
        INSERT INTO "EventMonthCounts"("PersonId", "Month", "Kind", "Precision", "Events")
            SELECT 0, archive_event_month("DateStart"), "Kind", "DatePrecision", count(*) FROM "Events"
            WHERE "DateStart" IS NOT NULL AND "Status" <> 'Rejected' GROUP BY 2, 3, 4;
        INSERT INTO "EventMonthCounts"("PersonId", "Month", "Kind", "Precision", "Events")
            SELECT x."PersonId", archive_event_month(e."DateStart"), e."Kind", e."DatePrecision", count(*)
            FROM "EventParticipants" AS x JOIN "Events" AS e ON e."Id" = x."EventId"
            WHERE e."DateStart" IS NOT NULL AND e."Status" <> 'Rejected' GROUP BY 1, 2, 3, 4;
        """;

    public const string Drop = """
        DROP TRIGGER "EventParticipants_kept" ON "EventParticipants";
        DROP TRIGGER "Events_kept_update" ON "Events"; DROP TRIGGER "Events_kept_delete" ON "Events"; DROP TRIGGER "Events_kept_insert" ON "Events";
        DROP FUNCTION archive_event_participants(); DROP FUNCTION archive_event_rows();
        DROP FUNCTION archive_event_count(integer, "Events", integer); DROP FUNCTION archive_event_month(date);
        """;
}
