namespace BelarusUsArchive.Web.Data.Aggregates;

/// <summary>
/// The SQLite triggers that keep ArticleSpanCounts (dated articles per span of their date in days) and EventYearCounts
/// (dated events that are not rejected, per year reached, kind and precision), beside the other kept counts: an import,
/// an edited date or kind, a rejection and a removal move them in the same statement.
/// </summary>
internal static class SqliteRangeTriggers
{
    private static string SpanOf(string row) =>
        $"""CAST(round(julianday({row}."PublishedEnd") - julianday({row}."PublishedStart")) AS INTEGER)""";

    private static string AddArticle(string row) => $"""
            INSERT INTO "ArticleSpanCounts"("Days", "Articles") SELECT {SpanOf(row)}, 1 WHERE {row}."PublishedStart" IS NOT NULL
                ON CONFLICT("Days") DO UPDATE SET "Articles" = "Articles" + 1;
        """;

    private static readonly string RemoveArticle = $"""
            UPDATE "ArticleSpanCounts" SET "Articles" = "Articles" - 1 WHERE old."PublishedStart" IS NOT NULL AND "Days" = {SpanOf("old")};
            DELETE FROM "ArticleSpanCounts" WHERE "Articles" <= 0;
        """;

    private static string YearOf(string row, string column) => $"""CAST(strftime('%Y', {row}."{column}") AS INTEGER)""";

    private static string AddEvent(string row) => $$"""
            INSERT INTO "EventYearCounts"("Year", "Kind", "Precision", "Events")
                WITH RECURSIVE y(v) AS (
                    SELECT {{YearOf(row, "DateStart")}} WHERE {{row}}."DateStart" IS NOT NULL AND {{row}}."Status" <> 'Rejected'
                    UNION ALL SELECT v + 1 FROM y WHERE v < {{YearOf(row, "DateEnd")}})
                SELECT v, {{row}}."Kind", {{row}}."DatePrecision", 1 FROM y WHERE true
                ON CONFLICT("Year", "Kind", "Precision") DO UPDATE SET "Events" = "Events" + 1;
        """;

    private static readonly string RemoveEvent = $"""
            UPDATE "EventYearCounts" SET "Events" = "Events" - 1
                WHERE old."DateStart" IS NOT NULL AND old."Status" <> 'Rejected' AND "Kind" = old."Kind" AND "Precision" = old."DatePrecision"
                    AND "Year" BETWEEN {YearOf("old", "DateStart")} AND {YearOf("old", "DateEnd")};
            DELETE FROM "EventYearCounts" WHERE "Events" <= 0;
        """;

    public static readonly string Create = $$"""
        CREATE TRIGGER "Articles_span_insert" AFTER INSERT ON "Articles" BEGIN
        {{AddArticle("new")}}
        END;
        CREATE TRIGGER "Articles_span_delete" AFTER DELETE ON "Articles" BEGIN
        {{RemoveArticle}}
        END;
        CREATE TRIGGER "Articles_span_update" AFTER UPDATE OF "PublishedStart", "PublishedEnd" ON "Articles" BEGIN
        {{RemoveArticle}}
        {{AddArticle("new")}}
        END;
        CREATE TRIGGER "Events_year_insert" AFTER INSERT ON "Events" BEGIN
        {{AddEvent("new")}}
        END;
        CREATE TRIGGER "Events_year_delete" BEFORE DELETE ON "Events" BEGIN
        {{RemoveEvent}}
        END;
        CREATE TRIGGER "Events_year_update" AFTER UPDATE OF "DateStart", "DateEnd", "DatePrecision", "Kind", "Status" ON "Events" BEGIN
        {{RemoveEvent}}
        {{AddEvent("new")}}
        END;
        """;

    /// <summary>The rows of whatever the store already holds, taken once when the triggers are created.</summary>
    public static readonly string Fill = $$"""
        INSERT INTO "ArticleSpanCounts"("Days", "Articles")
            SELECT {{SpanOf("a")}}, count(*) FROM "Articles" AS a WHERE a."PublishedStart" IS NOT NULL GROUP BY 1;
        INSERT INTO "EventYearCounts"("Year", "Kind", "Precision", "Events")
            WITH RECURSIVE y(kind, precision, v, last) AS (
                SELECT "Kind", "DatePrecision", {{YearOf("e", "DateStart")}}, {{YearOf("e", "DateEnd")}} FROM "Events" AS e
                WHERE e."DateStart" IS NOT NULL AND e."Status" <> 'Rejected'
                UNION ALL SELECT kind, precision, v + 1, last FROM y WHERE v < last)
            SELECT v, kind, precision, count(*) FROM y GROUP BY 1, 2, 3;
        """;

    public const string Drop = """
        DROP TRIGGER "Articles_span_insert"; DROP TRIGGER "Articles_span_delete"; DROP TRIGGER "Articles_span_update";
        DROP TRIGGER "Events_year_insert"; DROP TRIGGER "Events_year_delete"; DROP TRIGGER "Events_year_update";
        """;
}
