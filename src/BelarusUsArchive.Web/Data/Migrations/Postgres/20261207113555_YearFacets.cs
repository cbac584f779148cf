using BelarusUsArchive.Web.Data.Aggregates;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// A person's articles of one year per co-mentioned person, author and outlet, kept by triggers on every write and filled
    /// once from what is stored, so a listing filtered by a year and a person reads its facets instead of counting them.
    /// </summary>
    public partial class YearFacets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonYearFacets",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Facet = table.Column<int>(type: "integer", nullable: false),
                    ValueId = table.Column<int>(type: "integer", nullable: false),
                    Articles = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonYearFacets", x => new { x.PersonId, x.Year, x.Facet, x.ValueId });
                });
            migrationBuilder.Sql(PostgresYearFacetTriggers.Create);
            migrationBuilder.Sql(PostgresYearFacetTriggers.Fill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresYearFacetTriggers.Drop);
            migrationBuilder.DropTable(
                name: "PersonYearFacets");
        }
    }
}
