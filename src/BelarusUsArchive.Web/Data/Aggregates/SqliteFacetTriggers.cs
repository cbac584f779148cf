namespace BelarusUsArchive.Web.Data.Aggregates;

/// <summary>
/// The SQLite triggers that keep PersonAuthorCounts and PersonOutletCounts: a (person, article) row arriving or leaving
/// moves the pairs with the article's authors and outlet; a byline arriving or leaving moves the pairs with the
/// article's people; a changed outlet moves its people from the old outlet to the new. An article's (person, article)
/// rows are removed before the article itself, while its outlet can still be read.
/// </summary>
internal static class SqliteFacetTriggers
{
    private const string AddPerson = """
            INSERT INTO "PersonAuthorCounts"("PersonId", "AuthorId", "Articles")
                SELECT new."PersonId", x."AuthorId", 1 FROM "ArticleAuthors" AS x WHERE x."ArticleId" = new."ArticleId"
                ON CONFLICT("PersonId", "AuthorId") DO UPDATE SET "Articles" = "Articles" + 1;
            INSERT INTO "PersonOutletCounts"("PersonId", "OutletId", "Articles")
                SELECT new."PersonId", a."OutletId", 1 FROM "Articles" AS a WHERE a."Id" = new."ArticleId" AND a."OutletId" IS NOT NULL
                ON CONFLICT("PersonId", "OutletId") DO UPDATE SET "Articles" = "Articles" + 1;
        """;

    private const string RemovePerson = """
            UPDATE "PersonAuthorCounts" SET "Articles" = "Articles" - 1
                WHERE "PersonId" = old."PersonId" AND "AuthorId" IN (SELECT x."AuthorId" FROM "ArticleAuthors" AS x WHERE x."ArticleId" = old."ArticleId");
            DELETE FROM "PersonAuthorCounts" WHERE "PersonId" = old."PersonId" AND "Articles" <= 0;
            UPDATE "PersonOutletCounts" SET "Articles" = "Articles" - 1
                WHERE "PersonId" = old."PersonId" AND "OutletId" = (SELECT a."OutletId" FROM "Articles" AS a WHERE a."Id" = old."ArticleId");
            DELETE FROM "PersonOutletCounts" WHERE "PersonId" = old."PersonId" AND "Articles" <= 0;
        """;

    private const string AddByline = """
            INSERT INTO "PersonAuthorCounts"("PersonId", "AuthorId", "Articles")
                SELECT p."PersonId", new."AuthorId", 1 FROM "PersonArticles" AS p WHERE p."ArticleId" = new."ArticleId"
                ON CONFLICT("PersonId", "AuthorId") DO UPDATE SET "Articles" = "Articles" + 1;
        """;

    private const string RemoveByline = """
            UPDATE "PersonAuthorCounts" SET "Articles" = "Articles" - 1
                WHERE "AuthorId" = old."AuthorId" AND "PersonId" IN (SELECT p."PersonId" FROM "PersonArticles" AS p WHERE p."ArticleId" = old."ArticleId");
            DELETE FROM "PersonAuthorCounts" WHERE "AuthorId" = old."AuthorId" AND "Articles" <= 0;
        """;

    public static readonly string Create = $$"""
        CREATE TRIGGER "PersonArticles_facet_insert" AFTER INSERT ON "PersonArticles" BEGIN
        {{AddPerson}}
        END;
        CREATE TRIGGER "PersonArticles_facet_delete" AFTER DELETE ON "PersonArticles" BEGIN
        {{RemovePerson}}
        END;
        CREATE TRIGGER "PersonArticles_facet_update" AFTER UPDATE OF "PersonId", "ArticleId" ON "PersonArticles" BEGIN
        {{RemovePerson}}
        {{AddPerson}}
        END;
        CREATE TRIGGER "ArticleAuthors_facet_insert" AFTER INSERT ON "ArticleAuthors" BEGIN
        {{AddByline}}
        END;
        CREATE TRIGGER "ArticleAuthors_facet_delete" AFTER DELETE ON "ArticleAuthors" BEGIN
        {{RemoveByline}}
        END;
        CREATE TRIGGER "ArticleAuthors_facet_update" AFTER UPDATE OF "ArticleId", "AuthorId" ON "ArticleAuthors" BEGIN
        {{RemoveByline}}
        {{AddByline}}
        END;
        CREATE TRIGGER "Articles_facet_outlet" AFTER UPDATE OF "OutletId" ON "Articles" WHEN old."OutletId" IS NOT new."OutletId" BEGIN
            UPDATE "PersonOutletCounts" SET "Articles" = "Articles" - 1
                WHERE "OutletId" = old."OutletId" AND "PersonId" IN (SELECT p."PersonId" FROM "PersonArticles" AS p WHERE p."ArticleId" = new."Id");
            DELETE FROM "PersonOutletCounts" WHERE "OutletId" = old."OutletId" AND "Articles" <= 0;
            INSERT INTO "PersonOutletCounts"("PersonId", "OutletId", "Articles")
                SELECT p."PersonId", new."OutletId", 1 FROM "PersonArticles" AS p WHERE p."ArticleId" = new."Id" AND new."OutletId" IS NOT NULL
                ON CONFLICT("PersonId", "OutletId") DO UPDATE SET "Articles" = "Articles" + 1;
        END;
        CREATE TRIGGER "Articles_facet_delete" BEFORE DELETE ON "Articles" BEGIN
            DELETE FROM "PersonArticles" WHERE "ArticleId" = old."Id";
        END;
        """;

    /// <summary>The pairs of whatever the store already holds, taken once when the triggers are created.</summary>
    public const string Fill = """
        INSERT INTO "PersonAuthorCounts"("PersonId", "AuthorId", "Articles")
            SELECT p."PersonId", x."AuthorId", count(*) FROM "PersonArticles" AS p JOIN "ArticleAuthors" AS x ON x."ArticleId" = p."ArticleId" GROUP BY 1, 2;
        INSERT INTO "PersonOutletCounts"("PersonId", "OutletId", "Articles")
            SELECT p."PersonId", a."OutletId", count(*) FROM "PersonArticles" AS p JOIN "Articles" AS a ON a."Id" = p."ArticleId" WHERE a."OutletId" IS NOT NULL GROUP BY 1, 2;
        """;

    public const string Drop = """
        DROP TRIGGER "Articles_facet_delete"; DROP TRIGGER "Articles_facet_outlet";
        DROP TRIGGER "ArticleAuthors_facet_update"; DROP TRIGGER "ArticleAuthors_facet_delete"; DROP TRIGGER "ArticleAuthors_facet_insert";
        DROP TRIGGER "PersonArticles_facet_update"; DROP TRIGGER "PersonArticles_facet_delete"; DROP TRIGGER "PersonArticles_facet_insert";
        """;
}
