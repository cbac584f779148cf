namespace BelarusUsArchive.Web.Data.Aggregates;

/// <summary>The PostgreSQL twin of <see cref="SqliteRangeTriggers"/>: the same counts, kept by plpgsql functions.</summary>
internal static class PostgresRangeTriggers
{
    public const string Create = """
        CREATE FUNCTION archive_article_span(a "Articles", delta integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF a."PublishedStart" IS NULL THEN
                RETURN;
            END IF;
            INSERT INTO "ArticleSpanCounts"("Days", "Articles") VALUES (a."PublishedEnd" - a."PublishedStart", delta)
                ON CONFLICT ("Days") DO UPDATE SET "Articles" = "ArticleSpanCounts"."Articles" + EXCLUDED."Articles";
            DELETE FROM "ArticleSpanCounts" WHERE "Articles" <= 0;
        END $$;

        CREATE FUNCTION archive_article_span_rows() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                PERFORM archive_article_span(OLD, -1);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                PERFORM archive_article_span(NEW, 1);
                RETURN NEW;
            END IF;
            RETURN OLD;
        END $$;
        CREATE TRIGGER "Articles_span_insert" AFTER INSERT ON "Articles" FOR EACH ROW EXECUTE FUNCTION archive_article_span_rows();
        CREATE TRIGGER "Articles_span_delete" AFTER DELETE ON "Articles" FOR EACH ROW EXECUTE FUNCTION archive_article_span_rows();
        CREATE TRIGGER "Articles_span_update" AFTER UPDATE OF "PublishedStart", "PublishedEnd" ON "Articles"
            FOR EACH ROW EXECUTE FUNCTION archive_article_span_rows();

        CREATE FUNCTION archive_event_years(e "Events", delta integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF e."DateStart" IS NULL OR e."Status" = 'Rejected' THEN
                RETURN;
            END IF;
            INSERT INTO "EventYearCounts"("Year", "Kind", "Precision", "Events")
                SELECT y, e."Kind", e."DatePrecision", delta
                FROM generate_series(EXTRACT(YEAR FROM e."DateStart")::integer, EXTRACT(YEAR FROM e."DateEnd")::integer) AS y
                ON CONFLICT ("Year", "Kind", "Precision") DO UPDATE SET "Events" = "EventYearCounts"."Events" + EXCLUDED."Events";
            DELETE FROM "EventYearCounts" WHERE "Events" <= 0;
        END $$;

        CREATE FUNCTION archive_event_year_rows() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                PERFORM archive_event_years(OLD, -1);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                PERFORM archive_event_years(NEW, 1);
                RETURN NEW;
            END IF;
            RETURN OLD;
        END $$;
        CREATE TRIGGER "Events_year_insert" AFTER INSERT ON "Events" FOR EACH ROW EXECUTE FUNCTION archive_event_year_rows();
        CREATE TRIGGER "Events_year_delete" BEFORE DELETE ON "Events" FOR EACH ROW EXECUTE FUNCTION archive_event_year_rows();
        CREATE TRIGGER "Events_year_update" AFTER UPDATE OF "DateStart", "DateEnd", "DatePrecision", "Kind", "Status" ON "Events"
            FOR EACH ROW EXECUTE FUNCTION archive_event_year_rows();
        """;

    public const string Fill = """
        INSERT INTO "ArticleSpanCounts"("Days", "Articles")
            SELECT "PublishedEnd" - "PublishedStart", count(*) FROM "Articles" WHERE "PublishedStart" IS NOT NULL GROUP BY 1;
        INSERT INTO "EventYearCounts"("Year", "Kind", "Precision", "Events")
            SELECT y, e."Kind", e."DatePrecision", count(*) FROM "Events" AS e
            CROSS JOIN LATERAL generate_series(EXTRACT(YEAR FROM e."DateStart")::integer, EXTRACT(YEAR FROM e."DateEnd")::integer) AS y
            WHERE e."DateStart" IS NOT NULL AND e."Status" <> 'Rejected' GROUP BY 1, 2, 3;
        """;

    public const string Drop = """
        DROP TRIGGER "Articles_span_insert" ON "Articles"; DROP TRIGGER "Articles_span_delete" ON "Articles"; DROP TRIGGER "Articles_span_update" ON "Articles";
        DROP TRIGGER "Events_year_insert" ON "Events"; DROP TRIGGER "Events_year_delete" ON "Events"; DROP TRIGGER "Events_year_update" ON "Events";
        DROP FUNCTION archive_article_span_rows(); DROP FUNCTION archive_article_span("Articles", integer);
        DROP FUNCTION archive_event_year_rows(); DROP FUNCTION archive_event_years("Events", integer);
        """;
}
