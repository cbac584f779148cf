using BelarusUsArchive.Web.Data.Aggregates;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Aggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleYearCounts",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Articles = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleYearCounts", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "CoMentionCounts",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    OtherId = table.Column<int>(type: "integer", nullable: false),
                    Articles = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoMentionCounts", x => new { x.PersonId, x.OtherId });
                });

            migrationBuilder.CreateTable(
                name: "PersonArticles",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Mentions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonArticles", x => new { x.PersonId, x.ArticleId });
                });

            migrationBuilder.CreateTable(
                name: "PersonStats",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Articles = table.Column<int>(type: "integer", nullable: false),
                    Mentions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonStats", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "PersonYearCounts",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Articles = table.Column<int>(type: "integer", nullable: false),
                    Mentions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonYearCounts", x => new { x.PersonId, x.Year });
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonArticles_ArticleId_PersonId",
                table: "PersonArticles",
                columns: new[] { "ArticleId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonArticles_PersonId_Year",
                table: "PersonArticles",
                columns: new[] { "PersonId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonStats_Articles",
                table: "PersonStats",
                column: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_PersonStats_Mentions",
                table: "PersonStats",
                column: "Mentions");
            migrationBuilder.Sql(PostgresAggregateTriggersV1.Create);
            migrationBuilder.Sql(PostgresAggregateTriggersV1.Fill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresAggregateTriggersV1.Drop);

            migrationBuilder.DropTable(
                name: "ArticleYearCounts");

            migrationBuilder.DropTable(
                name: "CoMentionCounts");

            migrationBuilder.DropTable(
                name: "PersonArticles");

            migrationBuilder.DropTable(
                name: "PersonStats");

            migrationBuilder.DropTable(
                name: "PersonYearCounts");
        }
    }
}
