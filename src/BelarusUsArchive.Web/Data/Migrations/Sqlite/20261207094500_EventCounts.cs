using BelarusUsArchive.Web.Data.Aggregates;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Sqlite
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
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Precision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Events = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventMonthCounts", x => new { x.PersonId, x.Month, x.Kind, x.Precision });
                });

            migrationBuilder.CreateTable(
                name: "EventYears",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventYears", x => new { x.Year, x.EventId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventYears_EventId",
                table: "EventYears",
                column: "EventId");
            migrationBuilder.Sql(SqliteEventTriggers.Fill);
            migrationBuilder.Sql(SqliteEventTriggers.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteEventTriggers.Drop);
            migrationBuilder.DropTable(
                name: "EventMonthCounts");

            migrationBuilder.DropTable(
                name: "EventYears");
        }
    }
}
