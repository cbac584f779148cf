namespace BelarusUsArchive.Web.Data.Aggregates;

/// <summary>
/// The triggers that delete a kept article page (Model/KeptArticlePage.cs) when anything it shows changes, on either
/// provider, whoever writes (an editor, the import command, another node, a bulk statement): the article and its
/// paragraphs, authors, outlet, people and notes; the events it reports and their source counts; its related-reading
/// list (and the list's being marked stale); the articles its list names; its neighbours by date ("Earlier", "Later");
/// the display name of an editor who wrote a note on it. The page is rendered again by the web process.
/// </summary>
internal static class KeptPageTriggers
{
    private const string Kept = "\"KeptArticlePages\"";

    private static string Own(string article) => $"""DELETE FROM {Kept} WHERE "ArticleId" = {article};""";

    private static string Of(string articles) => $"""DELETE FROM {Kept} WHERE "ArticleId" IN ({articles});""";

    /// <summary>The pages whose related-reading list names the article.</summary>
    private static string Naming(string article) => Of($"""SELECT "ArticleId" FROM "RelatedReadings" WHERE "RelatedId" = {article}""");

    /// <summary>The articles next to a row's place in date order (Features/Related/RelatedReads: by start, then id):
    /// the neighbours on its own day and the nearest on the days before and after, so a link never outlives its target.</summary>
    private static string Neighbours(string row) => Of($"""
        SELECT max("Id") FROM "Articles" WHERE "PublishedStart" = {row}."PublishedStart" AND "Id" < {row}."Id"
        UNION ALL SELECT min("Id") FROM "Articles" WHERE "PublishedStart" = {row}."PublishedStart" AND "Id" > {row}."Id"
        UNION ALL SELECT max("Id") FROM "Articles" WHERE "PublishedStart" = (SELECT max("PublishedStart") FROM "Articles" WHERE "PublishedStart" < {row}."PublishedStart")
        UNION ALL SELECT min("Id") FROM "Articles" WHERE "PublishedStart" = (SELECT min("PublishedStart") FROM "Articles" WHERE "PublishedStart" > {row}."PublishedStart")
        """);

    private static string SourcesOf(string eventId) => Of($"""SELECT "ArticleId" FROM "EventSources" WHERE "EventId" = {eventId}""");

    private static string ArticlesOfAuthor(string row) => Of($"""SELECT "ArticleId" FROM "ArticleAuthors" WHERE "AuthorId" = {row}."Id" """);

    private static string ArticlesOfOutlet(string row) => Of($"""SELECT "Id" FROM "Articles" WHERE "OutletId" = {row}."Id" """);

    private static string ArticlesNaming(string row) => Of($"""SELECT "ArticleId" FROM "PersonArticles" WHERE "PersonId" = {row}."Id" """);

    private static string ArticlesNotedBy(string row) => Of($"""SELECT "ArticleId" FROM "Commentary" WHERE "AuthorUserId" = {row}."Id" """);

    /// <summary>Tables whose rows belong to one article: any change to a row changes that article's page.</summary>
    private static readonly string[] ByArticle = ["Paragraphs", "ArticleAuthors", "Mentions", "Commentary", "RelatedReadings"];

    public static readonly string SqliteCreate = string.Join('\n',
        ByArticle.Select(t => $"""
            CREATE TRIGGER "{t}_page_insert" AFTER INSERT ON "{t}" BEGIN {Own("new.\"ArticleId\"")} END;
            CREATE TRIGGER "{t}_page_update" AFTER UPDATE ON "{t}" BEGIN {Own("old.\"ArticleId\"")} {Own("new.\"ArticleId\"")} END;
            CREATE TRIGGER "{t}_page_delete" AFTER DELETE ON "{t}" BEGIN {Own("old.\"ArticleId\"")} END;
            """)) + $$"""

        CREATE TRIGGER "RelatedStale_page_insert" AFTER INSERT ON "RelatedStale" BEGIN {{Own("new.\"ArticleId\"")}} END;
        CREATE TRIGGER "Articles_page_insert" AFTER INSERT ON "Articles" BEGIN {{Neighbours("new")}} END;
        CREATE TRIGGER "Articles_page_update" AFTER UPDATE ON "Articles" BEGIN
            {{Own("old.\"Id\"")}} {{Naming("old.\"Id\"")}} {{Neighbours("old")}} {{Neighbours("new")}}
        END;
        CREATE TRIGGER "Articles_page_delete" AFTER DELETE ON "Articles" BEGIN
            {{Own("old.\"Id\"")}} {{Naming("old.\"Id\"")}} {{Neighbours("old")}}
        END;
        CREATE TRIGGER "Authors_page_update" AFTER UPDATE ON "Authors" BEGIN {{ArticlesOfAuthor("new")}} END;
        CREATE TRIGGER "Outlets_page_update" AFTER UPDATE ON "Outlets" BEGIN {{ArticlesOfOutlet("new")}} END;
        CREATE TRIGGER "People_page_update" AFTER UPDATE ON "People" BEGIN {{ArticlesNaming("new")}} END;
        CREATE TRIGGER "Events_page_update" AFTER UPDATE ON "Events" BEGIN {{SourcesOf("new.\"Id\"")}} END;
        CREATE TRIGGER "EventSources_page_insert" AFTER INSERT ON "EventSources" BEGIN {{SourcesOf("new.\"EventId\"")}} END;
        CREATE TRIGGER "EventSources_page_update" AFTER UPDATE ON "EventSources" BEGIN
            {{Own("old.\"ArticleId\"")}} {{SourcesOf("old.\"EventId\"")}} {{SourcesOf("new.\"EventId\"")}}
        END;
        CREATE TRIGGER "EventSources_page_delete" AFTER DELETE ON "EventSources" BEGIN
            {{Own("old.\"ArticleId\"")}} {{SourcesOf("old.\"EventId\"")}}
        END;
        CREATE TRIGGER "AspNetUsers_page_update" AFTER UPDATE OF "DisplayName" ON "AspNetUsers" BEGIN {{ArticlesNotedBy("new")}} END;
        """;

    public static readonly string SqliteDrop = string.Join('\n',
        ByArticle.SelectMany(t => new[] { "insert", "update", "delete" }.Select(op => $"""DROP TRIGGER "{t}_page_{op}";"""))
        .Concat(new[]
        {
            "RelatedStale_page_insert", "Articles_page_insert", "Articles_page_update", "Articles_page_delete", "Authors_page_update",
            "Outlets_page_update", "People_page_update", "Events_page_update", "EventSources_page_insert", "EventSources_page_update",
            "EventSources_page_delete", "AspNetUsers_page_update",
        }.Select(t => $"""DROP TRIGGER "{t}";""")));

    /// <summary>PostgreSQL: one function per kind of table, run by row triggers after the change.</summary>
    public static readonly string PostgresCreate = string.Join('\n', [
        Function("archive_page_by_article", $"""
            IF TG_OP IN ('DELETE', 'UPDATE') THEN {Own("OLD.\"ArticleId\"")} END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN {Own("NEW.\"ArticleId\"")} END IF;
            """),
        .. ByArticle.Append("RelatedStale").Select(t => $"""
            CREATE TRIGGER "{t}_page" AFTER INSERT OR UPDATE OR DELETE ON "{t}" FOR EACH ROW EXECUTE FUNCTION archive_page_by_article();
            """),
        Function("archive_page_articles", $"""
            IF TG_OP IN ('DELETE', 'UPDATE') THEN {Own("OLD.\"Id\"")} {Naming("OLD.\"Id\"")} {Neighbours("OLD")} END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN {Neighbours("NEW")} END IF;
            """),
        """CREATE TRIGGER "Articles_page" AFTER INSERT OR UPDATE OR DELETE ON "Articles" FOR EACH ROW EXECUTE FUNCTION archive_page_articles();""",
        Function("archive_page_authors", ArticlesOfAuthor("NEW")),
        """CREATE TRIGGER "Authors_page" AFTER UPDATE ON "Authors" FOR EACH ROW EXECUTE FUNCTION archive_page_authors();""",
        Function("archive_page_outlets", ArticlesOfOutlet("NEW")),
        """CREATE TRIGGER "Outlets_page" AFTER UPDATE ON "Outlets" FOR EACH ROW EXECUTE FUNCTION archive_page_outlets();""",
        Function("archive_page_people", ArticlesNaming("NEW")),
        """CREATE TRIGGER "People_page" AFTER UPDATE ON "People" FOR EACH ROW EXECUTE FUNCTION archive_page_people();""",
        Function("archive_page_events", SourcesOf("NEW.\"Id\"")),
        """CREATE TRIGGER "Events_page" AFTER UPDATE ON "Events" FOR EACH ROW EXECUTE FUNCTION archive_page_events();""",
        Function("archive_page_event_sources", $"""
            IF TG_OP IN ('DELETE', 'UPDATE') THEN {Own("OLD.\"ArticleId\"")} {SourcesOf("OLD.\"EventId\"")} END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN {SourcesOf("NEW.\"EventId\"")} END IF;
            """),
        """CREATE TRIGGER "EventSources_page" AFTER INSERT OR UPDATE OR DELETE ON "EventSources" FOR EACH ROW EXECUTE FUNCTION archive_page_event_sources();""",
        Function("archive_page_editors", ArticlesNotedBy("NEW")),
        """CREATE TRIGGER "AspNetUsers_page" AFTER UPDATE OF "DisplayName" ON "AspNetUsers" FOR EACH ROW EXECUTE FUNCTION archive_page_editors();""",
    ]);

    public static readonly string PostgresDrop = string.Join('\n', [
        .. ByArticle.Append("RelatedStale").Select(t => $"""DROP TRIGGER "{t}_page" ON "{t}";"""),
        .. new[] { "Articles", "Authors", "Outlets", "People", "Events", "EventSources", "AspNetUsers" }.Select(t => $"""DROP TRIGGER "{t}_page" ON "{t}";"""),
        .. new[] { "by_article", "articles", "authors", "outlets", "people", "events", "event_sources", "editors" }.Select(f => $"DROP FUNCTION archive_page_{f}();"),
    ]);

    private static string Function(string name, string body) => $"""
        CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {body}
            RETURN NULL;
        END $$;
        """;
}
