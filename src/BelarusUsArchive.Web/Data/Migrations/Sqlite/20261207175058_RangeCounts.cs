using BelarusUsArchive.Web.Data.Aggregates;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Counts that bound date ranges, kept by triggers (Data/Aggregates/*RangeTriggers.cs): dated articles per span of their
    /// date in days, whose longest bounds a from/to listing to an index range, and dated events per year reached, kind and
    /// precision, which tell a year's total and whether any event of a range started before it. Two indexes in raw SQL
    /// (EF indexes an owned date's own columns only; a later migration that rebuilds either table must keep them): an
    /// article's start and end, so a range's count reads the index alone, and an event's start, end, status and kind, so
    /// a timeline range's extent does.
    /// </summary>
    public partial class RangeCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleSpanCounts",
                columns: table => new
                {
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Articles = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleSpanCounts", x => x.Days);
                });

            migrationBuilder.CreateTable(
                name: "EventYearCounts",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Precision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Events = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventYearCounts", x => new { x.Year, x.Kind, x.Precision });
                });
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_PublishedStart_PublishedEnd" ON "Articles" ("PublishedStart", "PublishedEnd");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Events_DateStart_DateEnd" ON "Events" ("DateStart", "DateEnd", "Status", "Kind");""");
            migrationBuilder.Sql(SqliteRangeTriggers.Fill);
            migrationBuilder.Sql(SqliteRangeTriggers.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteRangeTriggers.Drop);
            migrationBuilder.Sql("""DROP INDEX "IX_Events_DateStart_DateEnd";""");
            migrationBuilder.Sql("""DROP INDEX "IX_Articles_PublishedStart_PublishedEnd";""");
            migrationBuilder.DropTable(
                name: "ArticleSpanCounts");

            migrationBuilder.DropTable(
                name: "EventYearCounts");
        }
    }
}
