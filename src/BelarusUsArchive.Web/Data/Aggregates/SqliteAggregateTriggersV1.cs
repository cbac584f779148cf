namespace BelarusUsArchive.Web.Data.Aggregates;

/// <summary>
/// The triggers as the Aggregates migration created them (years only), kept unchanged for that migration and for
/// going back from AttentionMonths. The current ones are <see cref="SqliteAggregateTriggers"/>.
/// </summary>
internal static class SqliteAggregateTriggersV1
{
    private const string YearOf = "CAST(substr({0}.\"PublishedStart\", 1, 4) AS INTEGER)";

    public static readonly string Create = $$"""
        CREATE TRIGGER "Mentions_agg_insert" AFTER INSERT ON "Mentions" BEGIN
            INSERT INTO "PersonArticles"("PersonId", "ArticleId", "Year", "Mentions")
                SELECT new."PersonId", new."ArticleId", {{string.Format(YearOf, "a")}}, 1 FROM "Articles" AS a WHERE a."Id" = new."ArticleId"
                ON CONFLICT("PersonId", "ArticleId") DO UPDATE SET "Mentions" = "Mentions" + 1;
        END;
        CREATE TRIGGER "Mentions_agg_delete" AFTER DELETE ON "Mentions" BEGIN
            DELETE FROM "PersonArticles" WHERE "PersonId" = old."PersonId" AND "ArticleId" = old."ArticleId" AND "Mentions" <= 1;
            UPDATE "PersonArticles" SET "Mentions" = "Mentions" - 1 WHERE "PersonId" = old."PersonId" AND "ArticleId" = old."ArticleId";
        END;
        CREATE TRIGGER "Mentions_agg_update" AFTER UPDATE OF "PersonId", "ArticleId" ON "Mentions" BEGIN
            DELETE FROM "PersonArticles" WHERE "PersonId" = old."PersonId" AND "ArticleId" = old."ArticleId" AND "Mentions" <= 1;
            UPDATE "PersonArticles" SET "Mentions" = "Mentions" - 1 WHERE "PersonId" = old."PersonId" AND "ArticleId" = old."ArticleId";
            INSERT INTO "PersonArticles"("PersonId", "ArticleId", "Year", "Mentions")
                SELECT new."PersonId", new."ArticleId", {{string.Format(YearOf, "a")}}, 1 FROM "Articles" AS a WHERE a."Id" = new."ArticleId"
                ON CONFLICT("PersonId", "ArticleId") DO UPDATE SET "Mentions" = "Mentions" + 1;
        END;
        CREATE TRIGGER "PersonArticles_agg_insert" AFTER INSERT ON "PersonArticles" BEGIN
            INSERT INTO "PersonStats"("PersonId", "Articles", "Mentions") VALUES (new."PersonId", 1, new."Mentions")
                ON CONFLICT("PersonId") DO UPDATE SET "Articles" = "Articles" + 1, "Mentions" = "Mentions" + excluded."Mentions";
            INSERT INTO "PersonYearCounts"("PersonId", "Year", "Articles", "Mentions") SELECT new."PersonId", new."Year", 1, new."Mentions" WHERE new."Year" IS NOT NULL
                ON CONFLICT("PersonId", "Year") DO UPDATE SET "Articles" = "Articles" + 1, "Mentions" = "Mentions" + excluded."Mentions";
            INSERT INTO "CoMentionCounts"("PersonId", "OtherId", "Articles")
                SELECT new."PersonId", o."PersonId", 1 FROM "PersonArticles" AS o WHERE o."ArticleId" = new."ArticleId" AND o."PersonId" <> new."PersonId"
                UNION ALL SELECT o."PersonId", new."PersonId", 1 FROM "PersonArticles" AS o WHERE o."ArticleId" = new."ArticleId" AND o."PersonId" <> new."PersonId"
                ON CONFLICT("PersonId", "OtherId") DO UPDATE SET "Articles" = "Articles" + 1;
        END;
        CREATE TRIGGER "PersonArticles_agg_update" AFTER UPDATE ON "PersonArticles" BEGIN
            UPDATE "PersonStats" SET "Mentions" = "Mentions" - old."Mentions" + new."Mentions" WHERE "PersonId" = new."PersonId";
            UPDATE "PersonYearCounts" SET "Articles" = "Articles" - 1, "Mentions" = "Mentions" - old."Mentions" WHERE "PersonId" = old."PersonId" AND "Year" = old."Year";
            DELETE FROM "PersonYearCounts" WHERE "PersonId" = old."PersonId" AND "Year" = old."Year" AND "Articles" <= 0;
            INSERT INTO "PersonYearCounts"("PersonId", "Year", "Articles", "Mentions") SELECT new."PersonId", new."Year", 1, new."Mentions" WHERE new."Year" IS NOT NULL
                ON CONFLICT("PersonId", "Year") DO UPDATE SET "Articles" = "Articles" + 1, "Mentions" = "Mentions" + excluded."Mentions";
        END;
        CREATE TRIGGER "PersonArticles_agg_delete" AFTER DELETE ON "PersonArticles" BEGIN
            UPDATE "PersonStats" SET "Articles" = "Articles" - 1, "Mentions" = "Mentions" - old."Mentions" WHERE "PersonId" = old."PersonId";
            DELETE FROM "PersonStats" WHERE "PersonId" = old."PersonId" AND "Articles" <= 0;
            UPDATE "PersonYearCounts" SET "Articles" = "Articles" - 1, "Mentions" = "Mentions" - old."Mentions" WHERE "PersonId" = old."PersonId" AND "Year" = old."Year";
            DELETE FROM "PersonYearCounts" WHERE "PersonId" = old."PersonId" AND "Year" = old."Year" AND "Articles" <= 0;
            UPDATE "CoMentionCounts" SET "Articles" = "Articles" - 1
                WHERE ("PersonId" = old."PersonId" AND "OtherId" IN (SELECT o."PersonId" FROM "PersonArticles" AS o WHERE o."ArticleId" = old."ArticleId"))
                   OR ("OtherId" = old."PersonId" AND "PersonId" IN (SELECT o."PersonId" FROM "PersonArticles" AS o WHERE o."ArticleId" = old."ArticleId"));
            DELETE FROM "CoMentionCounts" WHERE ("PersonId" = old."PersonId" OR "OtherId" = old."PersonId") AND "Articles" <= 0;
        END;
        CREATE TRIGGER "Articles_agg_insert" AFTER INSERT ON "Articles" BEGIN
            INSERT INTO "ArticleYearCounts"("Year", "Articles") VALUES (coalesce({{string.Format(YearOf, "new")}}, 0), 1)
                ON CONFLICT("Year") DO UPDATE SET "Articles" = "Articles" + 1;
        END;
        CREATE TRIGGER "Articles_agg_delete" AFTER DELETE ON "Articles" BEGIN
            UPDATE "ArticleYearCounts" SET "Articles" = "Articles" - 1 WHERE "Year" = coalesce({{string.Format(YearOf, "old")}}, 0);
            DELETE FROM "ArticleYearCounts" WHERE "Articles" <= 0;
            DELETE FROM "PersonArticles" WHERE "ArticleId" = old."Id";
        END;
        CREATE TRIGGER "Articles_agg_date" AFTER UPDATE OF "PublishedStart" ON "Articles"
            WHEN {{string.Format(YearOf, "old")}} IS NOT {{string.Format(YearOf, "new")}} BEGIN
            UPDATE "ArticleYearCounts" SET "Articles" = "Articles" - 1 WHERE "Year" = coalesce({{string.Format(YearOf, "old")}}, 0);
            DELETE FROM "ArticleYearCounts" WHERE "Articles" <= 0;
            INSERT INTO "ArticleYearCounts"("Year", "Articles") VALUES (coalesce({{string.Format(YearOf, "new")}}, 0), 1)
                ON CONFLICT("Year") DO UPDATE SET "Articles" = "Articles" + 1;
            UPDATE "PersonArticles" SET "Year" = {{string.Format(YearOf, "new")}} WHERE "ArticleId" = new."Id";
        END;
        """;

    /// <summary>The counts of whatever the store already holds, taken once when the triggers are created.</summary>
    public static readonly string Fill = $$"""
        INSERT INTO "ArticleYearCounts"("Year", "Articles") SELECT coalesce({{string.Format(YearOf, "a")}}, 0), count(*) FROM "Articles" AS a GROUP BY 1;
        INSERT INTO "PersonArticles"("PersonId", "ArticleId", "Year", "Mentions")
            SELECT m."PersonId", m."ArticleId", {{string.Format(YearOf, "a")}}, count(*) FROM "Mentions" AS m JOIN "Articles" AS a ON a."Id" = m."ArticleId" GROUP BY m."PersonId", m."ArticleId";
        """;

    public const string Drop = """
        DROP TRIGGER "Articles_agg_date"; DROP TRIGGER "Articles_agg_delete"; DROP TRIGGER "Articles_agg_insert";
        DROP TRIGGER "PersonArticles_agg_delete"; DROP TRIGGER "PersonArticles_agg_update"; DROP TRIGGER "PersonArticles_agg_insert";
        DROP TRIGGER "Mentions_agg_update"; DROP TRIGGER "Mentions_agg_delete"; DROP TRIGGER "Mentions_agg_insert";
        """;
}
