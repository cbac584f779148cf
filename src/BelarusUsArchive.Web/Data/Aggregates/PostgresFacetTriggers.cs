namespace BelarusUsArchive.Web.Data.Aggregates;

/// <summary>
/// The PostgreSQL twin of <see cref="SqliteFacetTriggers"/>. Pairs move in BEFORE triggers, which see the rows an outer
/// statement has already written or removed (as the co-mention pairs do), and an article's (person, article) rows are
/// removed before the article, while its outlet can still be read.
/// </summary>
internal static class PostgresFacetTriggers
{
    public const string Create = """
        CREATE FUNCTION archive_facet_person(person integer, article integer, delta integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "PersonAuthorCounts"("PersonId", "AuthorId", "Articles")
                SELECT person, x."AuthorId", delta FROM "ArticleAuthors" AS x WHERE x."ArticleId" = article
                ON CONFLICT ("PersonId", "AuthorId") DO UPDATE SET "Articles" = "PersonAuthorCounts"."Articles" + EXCLUDED."Articles";
            DELETE FROM "PersonAuthorCounts" WHERE "PersonId" = person AND "Articles" <= 0;
            INSERT INTO "PersonOutletCounts"("PersonId", "OutletId", "Articles")
                SELECT person, a."OutletId", delta FROM "Articles" AS a WHERE a."Id" = article AND a."OutletId" IS NOT NULL
                ON CONFLICT ("PersonId", "OutletId") DO UPDATE SET "Articles" = "PersonOutletCounts"."Articles" + EXCLUDED."Articles";
            DELETE FROM "PersonOutletCounts" WHERE "PersonId" = person AND "Articles" <= 0;
        END $$;

        CREATE FUNCTION archive_facet_person_articles() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                PERFORM archive_facet_person(OLD."PersonId", OLD."ArticleId", -1);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                PERFORM archive_facet_person(NEW."PersonId", NEW."ArticleId", 1);
                RETURN NEW;
            END IF;
            RETURN OLD;
        END $$;
        CREATE TRIGGER "PersonArticles_facet" BEFORE INSERT OR DELETE OR UPDATE OF "PersonId", "ArticleId" ON "PersonArticles"
            FOR EACH ROW EXECUTE FUNCTION archive_facet_person_articles();

        CREATE FUNCTION archive_facet_byline(article integer, author integer, delta integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "PersonAuthorCounts"("PersonId", "AuthorId", "Articles")
                SELECT p."PersonId", author, delta FROM "PersonArticles" AS p WHERE p."ArticleId" = article
                ON CONFLICT ("PersonId", "AuthorId") DO UPDATE SET "Articles" = "PersonAuthorCounts"."Articles" + EXCLUDED."Articles";
            DELETE FROM "PersonAuthorCounts" WHERE "AuthorId" = author AND "Articles" <= 0;
        END $$;

        CREATE FUNCTION archive_facet_bylines() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                PERFORM archive_facet_byline(OLD."ArticleId", OLD."AuthorId", -1);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                PERFORM archive_facet_byline(NEW."ArticleId", NEW."AuthorId", 1);
                RETURN NEW;
            END IF;
            RETURN OLD;
        END $$;
        CREATE TRIGGER "ArticleAuthors_facet" BEFORE INSERT OR DELETE OR UPDATE OF "ArticleId", "AuthorId" ON "ArticleAuthors"
            FOR EACH ROW EXECUTE FUNCTION archive_facet_bylines();

        CREATE FUNCTION archive_facet_articles() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                DELETE FROM "PersonArticles" WHERE "ArticleId" = OLD."Id";
                RETURN OLD;
            END IF;
            INSERT INTO "PersonOutletCounts"("PersonId", "OutletId", "Articles")
                SELECT p."PersonId", o.outlet, o.delta FROM "PersonArticles" AS p,
                    (VALUES (OLD."OutletId", -1), (NEW."OutletId", 1)) AS o(outlet, delta)
                WHERE p."ArticleId" = NEW."Id" AND o.outlet IS NOT NULL
                ON CONFLICT ("PersonId", "OutletId") DO UPDATE SET "Articles" = "PersonOutletCounts"."Articles" + EXCLUDED."Articles";
            DELETE FROM "PersonOutletCounts" WHERE "OutletId" = OLD."OutletId" AND "Articles" <= 0;
            RETURN NULL;
        END $$;
        CREATE TRIGGER "Articles_facet_delete" BEFORE DELETE ON "Articles" FOR EACH ROW EXECUTE FUNCTION archive_facet_articles();
        CREATE TRIGGER "Articles_facet_outlet" AFTER UPDATE OF "OutletId" ON "Articles" FOR EACH ROW
            WHEN (OLD."OutletId" IS DISTINCT FROM NEW."OutletId") EXECUTE FUNCTION archive_facet_articles();
        """;

    /// <summary>The pairs of whatever the store already holds, taken once when the triggers are created.</summary>
    public const string Fill = """
        INSERT INTO "PersonAuthorCounts"("PersonId", "AuthorId", "Articles")
            SELECT p."PersonId", x."AuthorId", count(*) FROM "PersonArticles" AS p JOIN "ArticleAuthors" AS x ON x."ArticleId" = p."ArticleId" GROUP BY 1, 2;
        INSERT INTO "PersonOutletCounts"("PersonId", "OutletId", "Articles")
            SELECT p."PersonId", a."OutletId", count(*) FROM "PersonArticles" AS p JOIN "Articles" AS a ON a."Id" = p."ArticleId" WHERE a."OutletId" IS NOT NULL GROUP BY 1, 2;
        """;

    public const string Drop = """
        DROP TRIGGER "Articles_facet_outlet" ON "Articles"; DROP TRIGGER "Articles_facet_delete" ON "Articles";
        DROP TRIGGER "ArticleAuthors_facet" ON "ArticleAuthors"; DROP TRIGGER "PersonArticles_facet" ON "PersonArticles";
        DROP FUNCTION archive_facet_articles(); DROP FUNCTION archive_facet_bylines(); DROP FUNCTION archive_facet_byline(integer, integer, integer);
        DROP FUNCTION archive_facet_person_articles(); DROP FUNCTION archive_facet_person(integer, integer, integer);
        """;
}
