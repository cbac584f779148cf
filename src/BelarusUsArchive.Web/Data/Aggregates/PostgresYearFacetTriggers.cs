namespace BelarusUsArchive.Web.Data.Aggregates;

/// <summary>
/// The PostgreSQL twin of <see cref="SqliteYearFacetTriggers"/>. Pairs move in BEFORE row triggers, which see the rows an
/// outer statement has already written or removed (and the row itself, before it is removed, hence "other than the person").
/// </summary>
internal static class PostgresYearFacetTriggers
{
    private const string Upsert = """
        ON CONFLICT ("PersonId", "Year", "Facet", "ValueId") DO UPDATE SET "Articles" = "PersonYearFacets"."Articles" + EXCLUDED."Articles"
        """;

    private const string YearOf = "EXTRACT(YEAR FROM {0}.\"PublishedStart\")::integer";

    public static readonly string Create = $$"""
        CREATE FUNCTION archive_yearfacet_from(person integer, article integer, year integer, delta integer, outlet boolean) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF year IS NULL THEN RETURN; END IF;
            INSERT INTO "PersonYearFacets"("PersonId", "Year", "Facet", "ValueId", "Articles")
                SELECT person, year, 1, o."PersonId", delta FROM "PersonArticles" AS o WHERE o."ArticleId" = article AND o."PersonId" <> person
                UNION ALL SELECT person, year, 2, x."AuthorId", delta FROM "ArticleAuthors" AS x WHERE x."ArticleId" = article
                UNION ALL SELECT person, year, 3, a."OutletId", delta FROM "Articles" AS a WHERE a."Id" = article AND a."OutletId" IS NOT NULL AND outlet
                {{Upsert}};
            DELETE FROM "PersonYearFacets" WHERE "PersonId" = person AND "Year" = year AND "Articles" <= 0;
        END $$;

        CREATE FUNCTION archive_yearfacet_to(person integer, article integer, delta integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "PersonYearFacets"("PersonId", "Year", "Facet", "ValueId", "Articles")
                SELECT o."PersonId", o."Year", 1, person, delta FROM "PersonArticles" AS o
                WHERE o."ArticleId" = article AND o."PersonId" <> person AND o."Year" IS NOT NULL
                {{Upsert}};
            DELETE FROM "PersonYearFacets" WHERE "Facet" = 1 AND "ValueId" = person AND "Articles" <= 0
                AND ("PersonId", "Year") IN (SELECT o."PersonId", o."Year" FROM "PersonArticles" AS o WHERE o."ArticleId" = article);
        END $$;

        CREATE FUNCTION archive_yearfacet_person_articles() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                PERFORM archive_yearfacet_from(OLD."PersonId", OLD."ArticleId", OLD."Year", -1, false);
                PERFORM archive_yearfacet_from(NEW."PersonId", NEW."ArticleId", NEW."Year", 1, false);
                RETURN NEW;
            ELSIF TG_OP = 'INSERT' THEN
                PERFORM archive_yearfacet_from(NEW."PersonId", NEW."ArticleId", NEW."Year", 1, true);
                PERFORM archive_yearfacet_to(NEW."PersonId", NEW."ArticleId", 1);
                RETURN NEW;
            END IF;
            PERFORM archive_yearfacet_from(OLD."PersonId", OLD."ArticleId", OLD."Year", -1, true);
            PERFORM archive_yearfacet_to(OLD."PersonId", OLD."ArticleId", -1);
            RETURN OLD;
        END $$;
        CREATE TRIGGER "PersonArticles_yearfacet" BEFORE INSERT OR DELETE ON "PersonArticles"
            FOR EACH ROW EXECUTE FUNCTION archive_yearfacet_person_articles();
        CREATE TRIGGER "PersonArticles_yearfacet_year" BEFORE UPDATE OF "Year" ON "PersonArticles"
            FOR EACH ROW WHEN (OLD."Year" IS DISTINCT FROM NEW."Year") EXECUTE FUNCTION archive_yearfacet_person_articles();

        CREATE FUNCTION archive_yearfacet_byline(article integer, author integer, delta integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "PersonYearFacets"("PersonId", "Year", "Facet", "ValueId", "Articles")
                SELECT p."PersonId", p."Year", 2, author, delta FROM "PersonArticles" AS p WHERE p."ArticleId" = article AND p."Year" IS NOT NULL
                {{Upsert}};
            DELETE FROM "PersonYearFacets" WHERE "Facet" = 2 AND "ValueId" = author AND "Articles" <= 0
                AND ("PersonId", "Year") IN (SELECT p."PersonId", p."Year" FROM "PersonArticles" AS p WHERE p."ArticleId" = article);
        END $$;

        CREATE FUNCTION archive_yearfacet_bylines() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                PERFORM archive_yearfacet_byline(OLD."ArticleId", OLD."AuthorId", -1);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                PERFORM archive_yearfacet_byline(NEW."ArticleId", NEW."AuthorId", 1);
                RETURN NEW;
            END IF;
            RETURN OLD;
        END $$;
        CREATE TRIGGER "ArticleAuthors_yearfacet" BEFORE INSERT OR DELETE OR UPDATE OF "ArticleId", "AuthorId" ON "ArticleAuthors"
            FOR EACH ROW EXECUTE FUNCTION archive_yearfacet_bylines();

        CREATE FUNCTION archive_yearfacet_articles() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "PersonYearFacets"("PersonId", "Year", "Facet", "ValueId", "Articles")
                SELECT p."PersonId", o.year, 3, o.outlet, o.delta FROM "PersonArticles" AS p,
                    (VALUES ({{string.Format(YearOf, "OLD")}}, OLD."OutletId", -1), ({{string.Format(YearOf, "NEW")}}, NEW."OutletId", 1)) AS o(year, outlet, delta)
                WHERE p."ArticleId" = NEW."Id" AND o.outlet IS NOT NULL AND o.year IS NOT NULL
                {{Upsert}};
            DELETE FROM "PersonYearFacets" WHERE "Facet" = 3 AND "ValueId" = OLD."OutletId" AND "Year" = {{string.Format(YearOf, "OLD")}} AND "Articles" <= 0;
            RETURN NULL;
        END $$;
        CREATE TRIGGER "Articles_yearfacet_outlet" AFTER UPDATE OF "OutletId", "PublishedStart" ON "Articles" FOR EACH ROW
            WHEN (OLD."OutletId" IS DISTINCT FROM NEW."OutletId" OR {{string.Format(YearOf, "OLD")}} IS DISTINCT FROM {{string.Format(YearOf, "NEW")}})
            EXECUTE FUNCTION archive_yearfacet_articles();
        """;

    /// <summary>The pairs of whatever the store already holds, taken once when the triggers are created.</summary>
    public const string Fill = SqliteYearFacetTriggers.Fill;

    public const string Drop = """
        DROP TRIGGER "Articles_yearfacet_outlet" ON "Articles"; DROP TRIGGER "ArticleAuthors_yearfacet" ON "ArticleAuthors";
        DROP TRIGGER "PersonArticles_yearfacet_year" ON "PersonArticles"; DROP TRIGGER "PersonArticles_yearfacet" ON "PersonArticles";
        DROP FUNCTION archive_yearfacet_articles(); DROP FUNCTION archive_yearfacet_bylines(); DROP FUNCTION archive_yearfacet_byline(integer, integer, integer);
        DROP FUNCTION archive_yearfacet_person_articles(); DROP FUNCTION archive_yearfacet_to(integer, integer, integer);
        DROP FUNCTION archive_yearfacet_from(integer, integer, integer, integer, boolean);
        """;
}
