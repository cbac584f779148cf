using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Full-text search: FTS5 external-content tables over paragraphs, article titles and subtitles,
    /// and published commentary, kept current by triggers, so every write (import, edit, delete)
    /// updates the index in its own transaction and no code path can forget it.
    /// </summary>
    public partial class Search : Migration
    {
        private const string Tokenizer = "tokenize='porter unicode61 remove_diacritics 2'";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE "ParagraphsFts" USING fts5("Text", content='Paragraphs', content_rowid='Id', {Tokenizer});
                CREATE TRIGGER "Paragraphs_fts_insert" AFTER INSERT ON "Paragraphs" BEGIN
                    INSERT INTO "ParagraphsFts"(rowid, "Text") VALUES (new."Id", new."Text");
                END;
                CREATE TRIGGER "Paragraphs_fts_delete" AFTER DELETE ON "Paragraphs" BEGIN
                    INSERT INTO "ParagraphsFts"("ParagraphsFts", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                END;
                CREATE TRIGGER "Paragraphs_fts_update" AFTER UPDATE OF "Text" ON "Paragraphs" BEGIN
                    INSERT INTO "ParagraphsFts"("ParagraphsFts", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                    INSERT INTO "ParagraphsFts"(rowid, "Text") VALUES (new."Id", new."Text");
                END;
                INSERT INTO "ParagraphsFts"("ParagraphsFts") VALUES ('rebuild');
                """);
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE "ArticlesFts" USING fts5("Title", "Subtitle", content='Articles', content_rowid='Id', {Tokenizer});
                CREATE TRIGGER "Articles_fts_insert" AFTER INSERT ON "Articles" BEGIN
                    INSERT INTO "ArticlesFts"(rowid, "Title", "Subtitle") VALUES (new."Id", new."Title", new."Subtitle");
                END;
                CREATE TRIGGER "Articles_fts_delete" AFTER DELETE ON "Articles" BEGIN
                    INSERT INTO "ArticlesFts"("ArticlesFts", rowid, "Title", "Subtitle") VALUES ('delete', old."Id", old."Title", old."Subtitle");
                END;
                CREATE TRIGGER "Articles_fts_update" AFTER UPDATE OF "Title", "Subtitle" ON "Articles" BEGIN
                    INSERT INTO "ArticlesFts"("ArticlesFts", rowid, "Title", "Subtitle") VALUES ('delete', old."Id", old."Title", old."Subtitle");
                    INSERT INTO "ArticlesFts"(rowid, "Title", "Subtitle") VALUES (new."Id", new."Title", new."Subtitle");
                END;
                INSERT INTO "ArticlesFts"("ArticlesFts") VALUES ('rebuild');
                """);
            // Only published commentary is searchable: the content is a view of it, and the triggers
            // add or remove a note's text exactly when it enters or leaves that view.
            migrationBuilder.Sql($"""
                CREATE VIEW "PublishedCommentary" AS SELECT "Id", "ArticleId", "ParagraphNumber", "Markdown" FROM "Commentary" WHERE "Status" = 'Published';
                CREATE VIRTUAL TABLE "CommentaryFts" USING fts5("Markdown", content='PublishedCommentary', content_rowid='Id', {Tokenizer});
                CREATE TRIGGER "Commentary_fts_insert" AFTER INSERT ON "Commentary" WHEN new."Status" = 'Published' BEGIN
                    INSERT INTO "CommentaryFts"(rowid, "Markdown") VALUES (new."Id", new."Markdown");
                END;
                CREATE TRIGGER "Commentary_fts_delete" AFTER DELETE ON "Commentary" WHEN old."Status" = 'Published' BEGIN
                    INSERT INTO "CommentaryFts"("CommentaryFts", rowid, "Markdown") VALUES ('delete', old."Id", old."Markdown");
                END;
                CREATE TRIGGER "Commentary_fts_update_old" AFTER UPDATE OF "Markdown", "Status" ON "Commentary" WHEN old."Status" = 'Published' BEGIN
                    INSERT INTO "CommentaryFts"("CommentaryFts", rowid, "Markdown") VALUES ('delete', old."Id", old."Markdown");
                END;
                CREATE TRIGGER "Commentary_fts_update_new" AFTER UPDATE OF "Markdown", "Status" ON "Commentary" WHEN new."Status" = 'Published' BEGIN
                    INSERT INTO "CommentaryFts"(rowid, "Markdown") VALUES (new."Id", new."Markdown");
                END;
                INSERT INTO "CommentaryFts"("CommentaryFts") VALUES ('rebuild');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "Commentary_fts_update_new";
                DROP TRIGGER "Commentary_fts_update_old";
                DROP TRIGGER "Commentary_fts_delete";
                DROP TRIGGER "Commentary_fts_insert";
                DROP TABLE "CommentaryFts";
                DROP VIEW "PublishedCommentary";
                DROP TRIGGER "Articles_fts_update";
                DROP TRIGGER "Articles_fts_delete";
                DROP TRIGGER "Articles_fts_insert";
                DROP TABLE "ArticlesFts";
                DROP TRIGGER "Paragraphs_fts_update";
                DROP TRIGGER "Paragraphs_fts_delete";
                DROP TRIGGER "Paragraphs_fts_insert";
                DROP TABLE "ParagraphsFts";
                """);
        }
    }
}
