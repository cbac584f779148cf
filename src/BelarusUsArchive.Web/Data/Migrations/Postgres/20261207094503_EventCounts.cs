using BelarusUsArchive.Web.Data.Aggregates;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Postgres
{
    /// <summary>Events per year reached and per start month, kind, precision and person, kept by triggers for the events listing and the timeline.</summary>
    public partial class EventCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EventMonthCounts",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Precision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Events = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventMonthCounts", x => new { x.PersonId, x.Month, x.Kind, x.Precision });
                });

            migrationBuilder.CreateTable(
                name: "EventYears",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    EventId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventYears", x => new { x.Year, x.EventId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventYears_EventId",
                table: "EventYears",
                column: "EventId");
            // The functions first: the fill uses archive_event_month, and it writes only the kept tables, which fire nothing.
            migrationBuilder.Sql(PostgresEventTriggers.Create);
            migrationBuilder.Sql(PostgresEventTriggers.Fill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresEventTriggers.Drop);
            migrationBuilder.DropTable(
                name: "EventMonthCounts");

            migrationBuilder.DropTable(
                name: "EventYears");
        }
    }
}
