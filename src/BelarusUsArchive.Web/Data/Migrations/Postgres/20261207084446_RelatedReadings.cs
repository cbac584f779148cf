using BelarusUsArchive.Web.Data.Aggregates;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Postgres
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
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    RelatedId = table.Column<int>(type: "integer", nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    SharedPeople = table.Column<string>(type: "text", nullable: false),
                    SharedEvents = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelatedReadings", x => new { x.ArticleId, x.Rank });
                });

            migrationBuilder.CreateTable(
                name: "RelatedStale",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelatedStale", x => x.ArticleId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RelatedReadings_RelatedId",
                table: "RelatedReadings",
                column: "RelatedId");
            migrationBuilder.Sql(PostgresRelatedTriggers.Create);
            migrationBuilder.Sql(PostgresRelatedTriggers.Fill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresRelatedTriggers.Drop);
            migrationBuilder.DropTable(
                name: "RelatedReadings");

            migrationBuilder.DropTable(
                name: "RelatedStale");
        }
    }
}
