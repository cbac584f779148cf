using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// Full-text search on PostgreSQL: an "archive" text-search configuration that folds accents and
    /// stems English without dropping stop words (as the SQLite index's porter/unicode61 tokenizer does),
    /// and generated tsvector columns with GIN indexes on paragraphs, titles (A) with subtitles (B), and
    /// published commentary, so every write updates the index and no code path can forget it.
    /// The columns are outside the EF model: only PostgresSearchIndex reads them.
    /// </summary>
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent;
                CREATE TEXT SEARCH DICTIONARY archive_stem (TEMPLATE = snowball, Language = english);
                CREATE TEXT SEARCH CONFIGURATION archive (COPY = pg_catalog.simple);
                ALTER TEXT SEARCH CONFIGURATION archive
                    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, archive_stem;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Paragraphs" ADD COLUMN "SearchVector" tsvector
                    GENERATED ALWAYS AS (to_tsvector('archive', "Text")) STORED;
                CREATE INDEX "IX_Paragraphs_SearchVector" ON "Paragraphs" USING GIN ("SearchVector");
                ALTER TABLE "Articles" ADD COLUMN "SearchVector" tsvector
                    GENERATED ALWAYS AS (setweight(to_tsvector('archive', "Title"), 'A') || setweight(to_tsvector('archive', coalesce("Subtitle", '')), 'B')) STORED;
                CREATE INDEX "IX_Articles_SearchVector" ON "Articles" USING GIN ("SearchVector");
                ALTER TABLE "Commentary" ADD COLUMN "SearchVector" tsvector
                    GENERATED ALWAYS AS (CASE WHEN "Status" = 'Published' THEN to_tsvector('archive', "Markdown") END) STORED;
                CREATE INDEX "IX_Commentary_SearchVector" ON "Commentary" USING GIN ("SearchVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Commentary" DROP COLUMN "SearchVector";
                ALTER TABLE "Articles" DROP COLUMN "SearchVector";
                ALTER TABLE "Paragraphs" DROP COLUMN "SearchVector";
                DROP TEXT SEARCH CONFIGURATION archive;
                DROP TEXT SEARCH DICTIONARY archive_stem;
                """);
        }
    }
}
