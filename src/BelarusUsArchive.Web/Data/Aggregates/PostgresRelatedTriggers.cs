namespace BelarusUsArchive.Web.Data.Aggregates;

/// <summary>The PostgreSQL twin of <see cref="SqliteRelatedTriggers"/>: the same marks, from row triggers after the change.</summary>
internal static class PostgresRelatedTriggers
{
    public const string Create = """
        CREATE FUNCTION archive_related_mark(article integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "RelatedStale"("ArticleId") VALUES (article) ON CONFLICT DO NOTHING;
        END $$;

        CREATE FUNCTION archive_related_mark_naming(article integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "RelatedStale"("ArticleId") SELECT r."ArticleId" FROM "RelatedReadings" AS r WHERE r."RelatedId" = article
                ON CONFLICT DO NOTHING;
        END $$;

        CREATE FUNCTION archive_related_sources() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                PERFORM archive_related_mark(OLD."ArticleId");
                PERFORM archive_related_mark_naming(OLD."ArticleId");
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                PERFORM archive_related_mark(NEW."ArticleId");
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER "PersonArticles_related" AFTER INSERT OR DELETE OR UPDATE ON "PersonArticles"
            FOR EACH ROW EXECUTE FUNCTION archive_related_sources();
        CREATE TRIGGER "EventSources_related" AFTER INSERT OR DELETE OR UPDATE OF "EventId", "ArticleId" ON "EventSources"
            FOR EACH ROW EXECUTE FUNCTION archive_related_sources();

        CREATE FUNCTION archive_related_event_status() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "RelatedStale"("ArticleId") SELECT s."ArticleId" FROM "EventSources" AS s WHERE s."EventId" = NEW."Id"
                ON CONFLICT DO NOTHING;
            RETURN NULL;
        END $$;
        CREATE TRIGGER "Events_related_status" AFTER UPDATE OF "Status" ON "Events" FOR EACH ROW
            WHEN (OLD."Status" IS DISTINCT FROM NEW."Status") EXECUTE FUNCTION archive_related_event_status();

        CREATE FUNCTION archive_related_article_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM archive_related_mark_naming(OLD."Id");
            DELETE FROM "RelatedReadings" WHERE "ArticleId" = OLD."Id";
            DELETE FROM "RelatedStale" WHERE "ArticleId" = OLD."Id";
            RETURN NULL;
        END $$;
        CREATE TRIGGER "Articles_related_delete" AFTER DELETE ON "Articles" FOR EACH ROW EXECUTE FUNCTION archive_related_article_deleted();
        """;

    public const string Fill = SqliteRelatedTriggers.Fill;

    public const string Drop = """
        DROP TRIGGER "Articles_related_delete" ON "Articles"; DROP TRIGGER "Events_related_status" ON "Events";
        DROP TRIGGER "EventSources_related" ON "EventSources"; DROP TRIGGER "PersonArticles_related" ON "PersonArticles";
        DROP FUNCTION archive_related_article_deleted(); DROP FUNCTION archive_related_event_status(); DROP FUNCTION archive_related_sources();
        DROP FUNCTION archive_related_mark_naming(integer); DROP FUNCTION archive_related_mark(integer);
        """;
}
