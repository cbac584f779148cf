namespace BelarusUsArchive.Web.Data.Aggregates;

/// <summary>
/// The triggers as the Aggregates migration created them (years only), kept unchanged for that migration and for
/// going back from AttentionMonths. The current ones are <see cref="PostgresAggregateTriggers"/>.
/// </summary>
internal static class PostgresAggregateTriggersV1
{
    public const string Create = """
        CREATE FUNCTION archive_agg_mentions() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                DELETE FROM "PersonArticles" WHERE "PersonId" = OLD."PersonId" AND "ArticleId" = OLD."ArticleId" AND "Mentions" <= 1;
                UPDATE "PersonArticles" SET "Mentions" = "Mentions" - 1 WHERE "PersonId" = OLD."PersonId" AND "ArticleId" = OLD."ArticleId";
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                UPDATE "PersonArticles" SET "Mentions" = "Mentions" + 1 WHERE "PersonId" = NEW."PersonId" AND "ArticleId" = NEW."ArticleId";
                IF NOT FOUND THEN
                    INSERT INTO "PersonArticles"("PersonId", "ArticleId", "Year", "Mentions")
                        SELECT NEW."PersonId", NEW."ArticleId", EXTRACT(YEAR FROM a."PublishedStart")::integer, 1 FROM "Articles" AS a WHERE a."Id" = NEW."ArticleId";
                END IF;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER "Mentions_agg" AFTER INSERT OR DELETE OR UPDATE OF "PersonId", "ArticleId" ON "Mentions"
            FOR EACH ROW EXECUTE FUNCTION archive_agg_mentions();

        CREATE FUNCTION archive_agg_person_year(person integer, year integer, articles integer, mentions integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF year IS NULL THEN RETURN; END IF;
            UPDATE "PersonYearCounts" SET "Articles" = "Articles" + articles, "Mentions" = "Mentions" + mentions WHERE "PersonId" = person AND "Year" = year;
            IF NOT FOUND THEN
                INSERT INTO "PersonYearCounts"("PersonId", "Year", "Articles", "Mentions") VALUES (person, year, articles, mentions);
            END IF;
            DELETE FROM "PersonYearCounts" WHERE "PersonId" = person AND "Year" = year AND "Articles" <= 0;
        END $$;

        CREATE FUNCTION archive_agg_person_articles() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO "PersonStats"("PersonId", "Articles", "Mentions") VALUES (NEW."PersonId", 1, NEW."Mentions")
                    ON CONFLICT ("PersonId") DO UPDATE SET "Articles" = "PersonStats"."Articles" + 1, "Mentions" = "PersonStats"."Mentions" + EXCLUDED."Mentions";
                PERFORM archive_agg_person_year(NEW."PersonId", NEW."Year", 1, NEW."Mentions");
                INSERT INTO "CoMentionCounts"("PersonId", "OtherId", "Articles")
                    SELECT NEW."PersonId", o."PersonId", 1 FROM "PersonArticles" AS o WHERE o."ArticleId" = NEW."ArticleId" AND o."PersonId" <> NEW."PersonId"
                    UNION ALL SELECT o."PersonId", NEW."PersonId", 1 FROM "PersonArticles" AS o WHERE o."ArticleId" = NEW."ArticleId" AND o."PersonId" <> NEW."PersonId"
                    ON CONFLICT ("PersonId", "OtherId") DO UPDATE SET "Articles" = "CoMentionCounts"."Articles" + 1;
                RETURN NEW;
            ELSIF TG_OP = 'UPDATE' THEN
                UPDATE "PersonStats" SET "Mentions" = "Mentions" - OLD."Mentions" + NEW."Mentions" WHERE "PersonId" = NEW."PersonId";
                PERFORM archive_agg_person_year(OLD."PersonId", OLD."Year", -1, -OLD."Mentions");
                PERFORM archive_agg_person_year(NEW."PersonId", NEW."Year", 1, NEW."Mentions");
                RETURN NEW;
            END IF;
            UPDATE "PersonStats" SET "Articles" = "Articles" - 1, "Mentions" = "Mentions" - OLD."Mentions" WHERE "PersonId" = OLD."PersonId";
            DELETE FROM "PersonStats" WHERE "PersonId" = OLD."PersonId" AND "Articles" <= 0;
            PERFORM archive_agg_person_year(OLD."PersonId", OLD."Year", -1, -OLD."Mentions");
            UPDATE "CoMentionCounts" SET "Articles" = "Articles" - 1
                WHERE ("PersonId" = OLD."PersonId" AND "OtherId" IN (SELECT o."PersonId" FROM "PersonArticles" AS o WHERE o."ArticleId" = OLD."ArticleId" AND o."PersonId" <> OLD."PersonId"))
                   OR ("OtherId" = OLD."PersonId" AND "PersonId" IN (SELECT o."PersonId" FROM "PersonArticles" AS o WHERE o."ArticleId" = OLD."ArticleId" AND o."PersonId" <> OLD."PersonId"));
            DELETE FROM "CoMentionCounts" WHERE ("PersonId" = OLD."PersonId" OR "OtherId" = OLD."PersonId") AND "Articles" <= 0;
            RETURN OLD;
        END $$;
        CREATE TRIGGER "PersonArticles_agg" BEFORE INSERT OR UPDATE OR DELETE ON "PersonArticles"
            FOR EACH ROW EXECUTE FUNCTION archive_agg_person_articles();

        CREATE FUNCTION archive_agg_article_year(year integer, articles integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "ArticleYearCounts"("Year", "Articles") VALUES (coalesce(year, 0), articles)
                ON CONFLICT ("Year") DO UPDATE SET "Articles" = "ArticleYearCounts"."Articles" + EXCLUDED."Articles";
            DELETE FROM "ArticleYearCounts" WHERE "Articles" <= 0;
        END $$;

        CREATE FUNCTION archive_agg_articles() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                PERFORM archive_agg_article_year(EXTRACT(YEAR FROM OLD."PublishedStart")::integer, -1);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                PERFORM archive_agg_article_year(EXTRACT(YEAR FROM NEW."PublishedStart")::integer, 1);
            END IF;
            IF TG_OP = 'UPDATE' THEN
                UPDATE "PersonArticles" SET "Year" = EXTRACT(YEAR FROM NEW."PublishedStart")::integer WHERE "ArticleId" = NEW."Id";
            ELSIF TG_OP = 'DELETE' THEN
                DELETE FROM "PersonArticles" WHERE "ArticleId" = OLD."Id";
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER "Articles_agg" AFTER INSERT OR DELETE ON "Articles" FOR EACH ROW EXECUTE FUNCTION archive_agg_articles();
        CREATE TRIGGER "Articles_agg_date" AFTER UPDATE OF "PublishedStart" ON "Articles" FOR EACH ROW
            WHEN (EXTRACT(YEAR FROM OLD."PublishedStart") IS DISTINCT FROM EXTRACT(YEAR FROM NEW."PublishedStart"))
            EXECUTE FUNCTION archive_agg_articles();
        """;

    /// <summary>The counts of what is stored, row by row so the pair trigger sees each article's earlier people.</summary>
    public const string Fill = """
        INSERT INTO "ArticleYearCounts"("Year", "Articles") SELECT coalesce(EXTRACT(YEAR FROM a."PublishedStart")::integer, 0), count(*) FROM "Articles" AS a GROUP BY 1;
        INSERT INTO "PersonArticles"("PersonId", "ArticleId", "Year", "Mentions")
            SELECT m."PersonId", m."ArticleId", EXTRACT(YEAR FROM a."PublishedStart")::integer, count(*)
            FROM "Mentions" AS m JOIN "Articles" AS a ON a."Id" = m."ArticleId" GROUP BY m."PersonId", m."ArticleId", a."PublishedStart";
        """;

    public const string Drop = """
        DROP TRIGGER "Articles_agg_date" ON "Articles"; DROP TRIGGER "Articles_agg" ON "Articles";
        DROP TRIGGER "PersonArticles_agg" ON "PersonArticles"; DROP TRIGGER "Mentions_agg" ON "Mentions";
        DROP FUNCTION archive_agg_articles(); DROP FUNCTION archive_agg_article_year(integer, integer);
        DROP FUNCTION archive_agg_person_articles(); DROP FUNCTION archive_agg_person_year(integer, integer, integer, integer);
        DROP FUNCTION archive_agg_mentions();
        """;
}
