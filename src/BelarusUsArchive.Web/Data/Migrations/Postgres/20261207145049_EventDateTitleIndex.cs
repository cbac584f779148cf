using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// Events in the order the events listing shows them (start, then title), with the status and kind it filters on, so a
    /// page in the middle of a day that starts thousands of events (every event dated only to 2008 starts on 1 January)
    /// skips along the index instead of sorting the day's events by title. Raw SQL: EF indexes an owned date's own
    /// columns only, and the title belongs to the event; a later migration that rebuilds the Events table must keep it.
    /// </summary>
    public partial class EventDateTitleIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""CREATE INDEX "IX_Events_DateStart_Title" ON "Events" ("DateStart", "Title", "Status", "Kind");""");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""DROP INDEX "IX_Events_DateStart_Title";""");
    }
}
