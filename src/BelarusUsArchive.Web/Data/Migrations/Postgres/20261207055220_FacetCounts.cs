using BelarusUsArchive.Web.Data.Aggregates;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// Articles per (person, author) and (person, outlet), kept by triggers on every write and filled once from what
    /// is stored, so a listing filtered by one person, author or outlet reads its facets instead of counting them.
    /// </summary>
    public partial class FacetCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonAuthorCounts",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<int>(type: "integer", nullable: false),
                    Articles = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonAuthorCounts", x => new { x.PersonId, x.AuthorId });
                });

            migrationBuilder.CreateTable(
                name: "PersonOutletCounts",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    OutletId = table.Column<int>(type: "integer", nullable: false),
                    Articles = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonOutletCounts", x => new { x.PersonId, x.OutletId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonAuthorCounts_AuthorId",
                table: "PersonAuthorCounts",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonOutletCounts_OutletId",
                table: "PersonOutletCounts",
                column: "OutletId");
            migrationBuilder.Sql(PostgresFacetTriggers.Create);
            migrationBuilder.Sql(PostgresFacetTriggers.Fill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresFacetTriggers.Drop);

            migrationBuilder.DropTable(
                name: "PersonAuthorCounts");

            migrationBuilder.DropTable(
                name: "PersonOutletCounts");
        }
    }
}
