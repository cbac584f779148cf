using BelarusUsArchive.Web.Data.Aggregates;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Every article's related-reading list, kept, and the marks of the lists to compute again, set by triggers when an
    /// article's people or event sources change; every stored article is marked once, so its list is computed.
    /// </summary>
    public partial class RelatedReadings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RelatedReadings",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    RelatedId = table.Column<int>(type: "INTEGER", nullable: false),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    SharedPeople = table.Column<string>(type: "TEXT", nullable: false),
                    SharedEvents = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelatedReadings", x => new { x.ArticleId, x.Rank });
                });

            migrationBuilder.CreateTable(
                name: "RelatedStale",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelatedStale", x => x.ArticleId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RelatedReadings_RelatedId",
                table: "RelatedReadings",
                column: "RelatedId");
            migrationBuilder.Sql(SqliteRelatedTriggers.Create);
            migrationBuilder.Sql(SqliteRelatedTriggers.Fill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteRelatedTriggers.Drop);
            migrationBuilder.DropTable(
                name: "RelatedReadings");

            migrationBuilder.DropTable(
                name: "RelatedStale");
        }
    }
}
