namespace BelarusUsArchive.Web.Data.Aggregates;

/// <summary>
/// The SQLite triggers that keep the counts of Model/Aggregates.cs: a mention written or removed moves
/// its (person, article) row, and that row's arrival or departure moves the person's totals, their year and
/// month and every pair with the article's other people; an article's date or its removal moves the years and months.
/// </summary>
internal static class SqliteAggregateTriggers
{
    private const string YearOf = "CAST(substr({0}.\"PublishedStart\", 1, 4) AS INTEGER)";

    /// <summary>yyyymm for a date known to the month or day, yyyy00 for one known only to the year (or decade), null when undated.</summary>
    private const string MonthOf = "(CAST(substr({0}.\"PublishedStart\", 1, 4) AS INTEGER) * 100"
        + " + CASE WHEN {0}.\"PublishedPrecision\" IN ('Day', 'Month') THEN CAST(substr({0}.\"PublishedStart\", 6, 2) AS INTEGER) ELSE 0 END)";

    public static readonly string Create = $$"""
        CREATE TRIGGER "Mentions_agg_insert" AFTER INSERT ON "Mentions" BEGIN
            INSERT INTO "PersonArticles"("PersonId", "ArticleId", "Year", "Month", "Mentions")
                SELECT new."PersonId", new."ArticleId", {{string.Format(YearOf, "a")}}, {{string.Format(MonthOf, "a")}}, 1 FROM "Articles" AS a WHERE a."Id" = new."ArticleId"
                ON CONFLICT("PersonId", "ArticleId") DO UPDATE SET "Mentions" = "Mentions" + 1;
        END;
        CREATE TRIGGER "Mentions_agg_delete" AFTER DELETE ON "Mentions" BEGIN
            DELETE FROM "PersonArticles" WHERE "PersonId" = old."PersonId" AND "ArticleId" = old."ArticleId" AND "Mentions" <= 1;
            UPDATE "PersonArticles" SET "Mentions" = "Mentions" - 1 WHERE "PersonId" = old."PersonId" AND "ArticleId" = old."ArticleId";
        END;
        CREATE TRIGGER "Mentions_agg_update" AFTER UPDATE OF "PersonId", "ArticleId" ON "Mentions" BEGIN
            DELETE FROM "PersonArticles" WHERE "PersonId" = old."PersonId" AND "ArticleId" = old."ArticleId" AND "Mentions" <= 1;
            UPDATE "PersonArticles" SET "Mentions" = "Mentions" - 1 WHERE "PersonId" = old."PersonId" AND "ArticleId" = old."ArticleId";
            INSERT INTO "PersonArticles"("PersonId", "ArticleId", "Year", "Month", "Mentions")
                SELECT new."PersonId", new."ArticleId", {{string.Format(YearOf, "a")}}, {{string.Format(MonthOf, "a")}}, 1 FROM "Articles" AS a WHERE a."Id" = new."ArticleId"
                ON CONFLICT("PersonId", "ArticleId") DO UPDATE SET "Mentions" = "Mentions" + 1;
        END;
        CREATE TRIGGER "PersonArticles_agg_insert" AFTER INSERT ON "PersonArticles" BEGIN
            INSERT INTO "PersonStats"("PersonId", "Articles", "Mentions") VALUES (new."PersonId", 1, new."Mentions")
                ON CONFLICT("PersonId") DO UPDATE SET "Articles" = "Articles" + 1, "Mentions" = "Mentions" + excluded."Mentions";
            INSERT INTO "PersonYearCounts"("PersonId", "Year", "Articles", "Mentions") SELECT new."PersonId", new."Year", 1, new."Mentions" WHERE new."Year" IS NOT NULL
                ON CONFLICT("PersonId", "Year") DO UPDATE SET "Articles" = "Articles" + 1, "Mentions" = "Mentions" + excluded."Mentions";
            INSERT INTO "PersonMonthCounts"("PersonId", "Month", "Articles", "Mentions") SELECT new."PersonId", new."Month", 1, new."Mentions" WHERE new."Month" IS NOT NULL
                ON CONFLICT("PersonId", "Month") DO UPDATE SET "Articles" = "Articles" + 1, "Mentions" = "Mentions" + excluded."Mentions";
            INSERT INTO "CoMentionCounts"("PersonId", "OtherId", "Articles")
                SELECT new."PersonId", o."PersonId", 1 FROM "PersonArticles" AS o WHERE o."ArticleId" = new."ArticleId" AND o."PersonId" <> new."PersonId"
                UNION ALL SELECT o."PersonId", new."PersonId", 1 FROM "PersonArticles" AS o WHERE o."ArticleId" = new."ArticleId" AND o."PersonId" <> new."PersonId"
                ON CONFLICT("PersonId", "OtherId") DO UPDATE SET "Articles" = "Articles" + 1;
        END;
        CREATE TRIGGER "PersonArticles_agg_update" AFTER UPDATE ON "PersonArticles" BEGIN
            UPDATE "PersonStats" SET "Mentions" = "Mentions" - old."Mentions" + new."Mentions" WHERE "PersonId" = new."PersonId";
            UPDATE "PersonYearCounts" SET "Articles" = "Articles" - 1, "Mentions" = "Mentions" - old."Mentions" WHERE "PersonId" = old."PersonId" AND "Year" = old."Year";
            DELETE FROM "PersonYearCounts" WHERE "PersonId" = old."PersonId" AND "Year" = old."Year" AND "Articles" <= 0;
            UPDATE "PersonMonthCounts" SET "Articles" = "Articles" - 1, "Mentions" = "Mentions" - old."Mentions" WHERE "PersonId" = old."PersonId" AND "Month" = old."Month";
            DELETE FROM "PersonMonthCounts" WHERE "PersonId" = old."PersonId" AND "Month" = old."Month" AND "Articles" <= 0;
            INSERT INTO "PersonYearCounts"("PersonId", "Year", "Articles", "Mentions") SELECT new."PersonId", new."Year", 1, new."Mentions" WHERE new."Year" IS NOT NULL
                ON CONFLICT("PersonId", "Year") DO UPDATE SET "Articles" = "Articles" + 1, "Mentions" = "Mentions" + excluded."Mentions";
            INSERT INTO "PersonMonthCounts"("PersonId", "Month", "Articles", "Mentions") SELECT new."PersonId", new."Month", 1, new."Mentions" WHERE new."Month" IS NOT NULL
                ON CONFLICT("PersonId", "Month") DO UPDATE SET "Articles" = "Articles" + 1, "Mentions" = "Mentions" + excluded."Mentions";
        END;
        CREATE TRIGGER "PersonArticles_agg_delete" AFTER DELETE ON "PersonArticles" BEGIN
            UPDATE "PersonStats" SET "Articles" = "Articles" - 1, "Mentions" = "Mentions" - old."Mentions" WHERE "PersonId" = old."PersonId";
            DELETE FROM "PersonStats" WHERE "PersonId" = old."PersonId" AND "Articles" <= 0;
            UPDATE "PersonYearCounts" SET "Articles" = "Articles" - 1, "Mentions" = "Mentions" - old."Mentions" WHERE "PersonId" = old."PersonId" AND "Year" = old."Year";
            DELETE FROM "PersonYearCounts" WHERE "PersonId" = old."PersonId" AND "Year" = old."Year" AND "Articles" <= 0;
            UPDATE "PersonMonthCounts" SET "Articles" = "Articles" - 1, "Mentions" = "Mentions" - old."Mentions" WHERE "PersonId" = old."PersonId" AND "Month" = old."Month";
            DELETE FROM "PersonMonthCounts" WHERE "PersonId" = old."PersonId" AND "Month" = old."Month" AND "Articles" <= 0;
            UPDATE "CoMentionCounts" SET "Articles" = "Articles" - 1
                WHERE ("PersonId" = old."PersonId" AND "OtherId" IN (SELECT o."PersonId" FROM "PersonArticles" AS o WHERE o."ArticleId" = old."ArticleId"))
                   OR ("OtherId" = old."PersonId" AND "PersonId" IN (SELECT o."PersonId" FROM "PersonArticles" AS o WHERE o."ArticleId" = old."ArticleId"));
            DELETE FROM "CoMentionCounts" WHERE ("PersonId" = old."PersonId" OR "OtherId" = old."PersonId") AND "Articles" <= 0;
        END;
        CREATE TRIGGER "Articles_agg_insert" AFTER INSERT ON "Articles" BEGIN
            INSERT INTO "ArticleYearCounts"("Year", "Articles") VALUES (coalesce({{string.Format(YearOf, "new")}}, 0), 1)
                ON CONFLICT("Year") DO UPDATE SET "Articles" = "Articles" + 1;
            INSERT INTO "ArticleMonthCounts"("Month", "Articles") VALUES (coalesce({{string.Format(MonthOf, "new")}}, 0), 1)
                ON CONFLICT("Month") DO UPDATE SET "Articles" = "Articles" + 1;
        END;
        CREATE TRIGGER "Articles_agg_delete" AFTER DELETE ON "Articles" BEGIN
            UPDATE "ArticleYearCounts" SET "Articles" = "Articles" - 1 WHERE "Year" = coalesce({{string.Format(YearOf, "old")}}, 0);
            DELETE FROM "ArticleYearCounts" WHERE "Articles" <= 0;
            UPDATE "ArticleMonthCounts" SET "Articles" = "Articles" - 1 WHERE "Month" = coalesce({{string.Format(MonthOf, "old")}}, 0);
            DELETE FROM "ArticleMonthCounts" WHERE "Articles" <= 0;
            DELETE FROM "PersonArticles" WHERE "ArticleId" = old."Id";
        END;
        CREATE TRIGGER "Articles_agg_date" AFTER UPDATE OF "PublishedStart", "PublishedPrecision" ON "Articles"
            WHEN {{string.Format(MonthOf, "old")}} IS NOT {{string.Format(MonthOf, "new")}} BEGIN
            UPDATE "ArticleYearCounts" SET "Articles" = "Articles" - 1 WHERE "Year" = coalesce({{string.Format(YearOf, "old")}}, 0);
            DELETE FROM "ArticleYearCounts" WHERE "Articles" <= 0;
            UPDATE "ArticleMonthCounts" SET "Articles" = "Articles" - 1 WHERE "Month" = coalesce({{string.Format(MonthOf, "old")}}, 0);
            DELETE FROM "ArticleMonthCounts" WHERE "Articles" <= 0;
            INSERT INTO "ArticleYearCounts"("Year", "Articles") VALUES (coalesce({{string.Format(YearOf, "new")}}, 0), 1)
                ON CONFLICT("Year") DO UPDATE SET "Articles" = "Articles" + 1;
            INSERT INTO "ArticleMonthCounts"("Month", "Articles") VALUES (coalesce({{string.Format(MonthOf, "new")}}, 0), 1)
                ON CONFLICT("Month") DO UPDATE SET "Articles" = "Articles" + 1;
            UPDATE "PersonArticles" SET "Year" = {{string.Format(YearOf, "new")}}, "Month" = {{string.Format(MonthOf, "new")}} WHERE "ArticleId" = new."Id";
        END;
        """;

    /// <summary>
    /// What AttentionMonths adds to a store the Aggregates migration filled: each (person, article) row's month, and the
    /// month counts taken from it (the triggers are dropped meanwhile, so the update moves no year counts).
    /// </summary>
    public static readonly string FillMonths = $$"""
        UPDATE "PersonArticles" SET "Month" = (SELECT {{string.Format(MonthOf, "a")}} FROM "Articles" AS a WHERE a."Id" = "PersonArticles"."ArticleId");
        INSERT INTO "PersonMonthCounts"("PersonId", "Month", "Articles", "Mentions")
            SELECT "PersonId", "Month", count(*), sum("Mentions") FROM "PersonArticles" WHERE "Month" IS NOT NULL GROUP BY 1, 2;
        INSERT INTO "ArticleMonthCounts"("Month", "Articles") SELECT coalesce({{string.Format(MonthOf, "a")}}, 0), count(*) FROM "Articles" AS a GROUP BY 1;
        """;

    public const string Drop = """
        DROP TRIGGER "Articles_agg_date"; DROP TRIGGER "Articles_agg_delete"; DROP TRIGGER "Articles_agg_insert";
        DROP TRIGGER "PersonArticles_agg_delete"; DROP TRIGGER "PersonArticles_agg_update"; DROP TRIGGER "PersonArticles_agg_insert";
        DROP TRIGGER "Mentions_agg_update"; DROP TRIGGER "Mentions_agg_delete"; DROP TRIGGER "Mentions_agg_insert";
        """;
}
