namespace BelarusUsArchive.Web.Data.Aggregates;

/// <summary>
/// The SQLite triggers that keep PersonYearFacets. A pair (person, other person) is counted in the year of the person's
/// own (person, article) row, so a row arriving or leaving moves its pairs both ways round, while a row whose year
/// changes moves only the pairs that start from it (every row of the article changes its year in turn). Bylines move their
/// pairs with the article's people; outlets move theirs when an article changes outlet or year, read from the article's
/// old and new values (its (person, article) rows may already hold the new year, or not yet). Undated rows count nothing.
/// </summary>
internal static class SqliteYearFacetTriggers
{
    private const string YearOf = "CAST(substr({0}.\"PublishedStart\", 1, 4) AS INTEGER)";

    private const string Upsert = """
        ON CONFLICT("PersonId", "Year", "Facet", "ValueId") DO UPDATE SET "Articles" = "Articles" + excluded."Articles";
        """;

    /// <summary>The pairs that start from one (person, article) row: its co-mentioned people and its bylines, and optionally its outlet.</summary>
    private static string From(string row, int delta, bool outlet) => $"""
            INSERT INTO "PersonYearFacets"("PersonId", "Year", "Facet", "ValueId", "Articles")
                SELECT {row}."PersonId", {row}."Year", 1, o."PersonId", {delta} FROM "PersonArticles" AS o
                    WHERE o."ArticleId" = {row}."ArticleId" AND o."PersonId" <> {row}."PersonId" AND {row}."Year" IS NOT NULL
                UNION ALL SELECT {row}."PersonId", {row}."Year", 2, x."AuthorId", {delta} FROM "ArticleAuthors" AS x
                    WHERE x."ArticleId" = {row}."ArticleId" AND {row}."Year" IS NOT NULL
                UNION ALL SELECT {row}."PersonId", {row}."Year", 3, a."OutletId", {delta} FROM "Articles" AS a
                    WHERE a."Id" = {row}."ArticleId" AND a."OutletId" IS NOT NULL AND {row}."Year" IS NOT NULL AND {(outlet ? 1 : 0)}
                {Upsert}
        """;

    /// <summary>The pairs that end at one (person, article) row: the article's other people paired with it, in their rows' years.</summary>
    private static string To(string row, int delta) => $"""
            INSERT INTO "PersonYearFacets"("PersonId", "Year", "Facet", "ValueId", "Articles")
                SELECT o."PersonId", o."Year", 1, {row}."PersonId", {delta} FROM "PersonArticles" AS o
                    WHERE o."ArticleId" = {row}."ArticleId" AND o."PersonId" <> {row}."PersonId" AND o."Year" IS NOT NULL
                {Upsert}
        """;

    private const string Cleanup = """
            DELETE FROM "PersonYearFacets" WHERE "PersonId" = old."PersonId" AND "Year" = old."Year" AND "Articles" <= 0;
            DELETE FROM "PersonYearFacets" WHERE "Facet" = 1 AND "ValueId" = old."PersonId" AND "Articles" <= 0
                AND ("PersonId", "Year") IN (SELECT o."PersonId", o."Year" FROM "PersonArticles" AS o WHERE o."ArticleId" = old."ArticleId");
        """;

    /// <summary>A byline's pairs with the article's people, each in its row's year.</summary>
    private static string Byline(string row, int delta) => $"""
            INSERT INTO "PersonYearFacets"("PersonId", "Year", "Facet", "ValueId", "Articles")
                SELECT p."PersonId", p."Year", 2, {row}."AuthorId", {delta} FROM "PersonArticles" AS p
                    WHERE p."ArticleId" = {row}."ArticleId" AND p."Year" IS NOT NULL
                {Upsert}
        """;

    public static readonly string Create = $$"""
        CREATE TRIGGER "PersonArticles_yearfacet_insert" AFTER INSERT ON "PersonArticles" BEGIN
        {{From("new", 1, outlet: true)}}
        {{To("new", 1)}}
        END;
        CREATE TRIGGER "PersonArticles_yearfacet_delete" AFTER DELETE ON "PersonArticles" BEGIN
        {{From("old", -1, outlet: true)}}
        {{To("old", -1)}}
        {{Cleanup}}
        END;
        CREATE TRIGGER "PersonArticles_yearfacet_year" AFTER UPDATE OF "Year" ON "PersonArticles" WHEN old."Year" IS NOT new."Year" BEGIN
        {{From("old", -1, outlet: false)}}
            DELETE FROM "PersonYearFacets" WHERE "PersonId" = old."PersonId" AND "Year" = old."Year" AND "Articles" <= 0;
        {{From("new", 1, outlet: false)}}
        END;
        CREATE TRIGGER "ArticleAuthors_yearfacet_insert" AFTER INSERT ON "ArticleAuthors" BEGIN
        {{Byline("new", 1)}}
        END;
        CREATE TRIGGER "ArticleAuthors_yearfacet_delete" AFTER DELETE ON "ArticleAuthors" BEGIN
        {{Byline("old", -1)}}
            DELETE FROM "PersonYearFacets" WHERE "Facet" = 2 AND "ValueId" = old."AuthorId" AND "Articles" <= 0
                AND ("PersonId", "Year") IN (SELECT p."PersonId", p."Year" FROM "PersonArticles" AS p WHERE p."ArticleId" = old."ArticleId");
        END;
        CREATE TRIGGER "ArticleAuthors_yearfacet_update" AFTER UPDATE OF "ArticleId", "AuthorId" ON "ArticleAuthors" BEGIN
        {{Byline("old", -1)}}
            DELETE FROM "PersonYearFacets" WHERE "Facet" = 2 AND "ValueId" = old."AuthorId" AND "Articles" <= 0
                AND ("PersonId", "Year") IN (SELECT p."PersonId", p."Year" FROM "PersonArticles" AS p WHERE p."ArticleId" = old."ArticleId");
        {{Byline("new", 1)}}
        END;
        CREATE TRIGGER "Articles_yearfacet_outlet" AFTER UPDATE OF "OutletId", "PublishedStart" ON "Articles"
            WHEN old."OutletId" IS NOT new."OutletId" OR {{string.Format(YearOf, "old")}} IS NOT {{string.Format(YearOf, "new")}} BEGIN
            INSERT INTO "PersonYearFacets"("PersonId", "Year", "Facet", "ValueId", "Articles")
                SELECT p."PersonId", {{string.Format(YearOf, "old")}}, 3, old."OutletId", -1 FROM "PersonArticles" AS p
                    WHERE p."ArticleId" = new."Id" AND old."OutletId" IS NOT NULL AND {{string.Format(YearOf, "old")}} IS NOT NULL
                UNION ALL SELECT p."PersonId", {{string.Format(YearOf, "new")}}, 3, new."OutletId", 1 FROM "PersonArticles" AS p
                    WHERE p."ArticleId" = new."Id" AND new."OutletId" IS NOT NULL AND {{string.Format(YearOf, "new")}} IS NOT NULL
                {{Upsert}}
            DELETE FROM "PersonYearFacets" WHERE "Facet" = 3 AND "ValueId" = old."OutletId" AND "Year" = {{string.Format(YearOf, "old")}} AND "Articles" <= 0
                AND "PersonId" IN (SELECT p."PersonId" FROM "PersonArticles" AS p WHERE p."ArticleId" = new."Id");
        END;
        """;

    /// <summary>The pairs of whatever the store already holds, taken once when the triggers are created.</summary>
    public const string Fill = """
        INSERT INTO "PersonYearFacets"("PersonId", "Year", "Facet", "ValueId", "Articles")
            SELECT p."PersonId", p."Year", 1, o."PersonId", count(*) FROM "PersonArticles" AS p
                JOIN "PersonArticles" AS o ON o."ArticleId" = p."ArticleId" AND o."PersonId" <> p."PersonId" WHERE p."Year" IS NOT NULL GROUP BY 1, 2, 4;
        INSERT INTO "PersonYearFacets"("PersonId", "Year", "Facet", "ValueId", "Articles")
            SELECT p."PersonId", p."Year", 2, x."AuthorId", count(*) FROM "PersonArticles" AS p
                JOIN "ArticleAuthors" AS x ON x."ArticleId" = p."ArticleId" WHERE p."Year" IS NOT NULL GROUP BY 1, 2, 4;
        INSERT INTO "PersonYearFacets"("PersonId", "Year", "Facet", "ValueId", "Articles")
            SELECT p."PersonId", p."Year", 3, a."OutletId", count(*) FROM "PersonArticles" AS p
                JOIN "Articles" AS a ON a."Id" = p."ArticleId" WHERE p."Year" IS NOT NULL AND a."OutletId" IS NOT NULL GROUP BY 1, 2, 4;
        """;

    public const string Drop = """
        DROP TRIGGER "Articles_yearfacet_outlet";
        DROP TRIGGER "ArticleAuthors_yearfacet_update"; DROP TRIGGER "ArticleAuthors_yearfacet_delete"; DROP TRIGGER "ArticleAuthors_yearfacet_insert";
        DROP TRIGGER "PersonArticles_yearfacet_year"; DROP TRIGGER "PersonArticles_yearfacet_delete"; DROP TRIGGER "PersonArticles_yearfacet_insert";
        """;
}
