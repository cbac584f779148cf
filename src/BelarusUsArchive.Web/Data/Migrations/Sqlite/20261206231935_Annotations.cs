using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Annotations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Written by hand: EF adds a foreign key on SQLite by rebuilding the table, which would drop the
            // full-text triggers on Commentary. SQLite adds a nullable column with its REFERENCES clause in place.
            migrationBuilder.Sql("""
                ALTER TABLE "Commentary" ADD COLUMN "ParentId" INTEGER NULL
                    CONSTRAINT "FK_Commentary_Commentary_ParentId" REFERENCES "Commentary" ("Id") ON DELETE CASCADE;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Commentary_ParentId",
                table: "Commentary",
                column: "ParentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Commentary_Commentary_ParentId",
                table: "Commentary");

            migrationBuilder.DropIndex(
                name: "IX_Commentary_ParentId",
                table: "Commentary");

            migrationBuilder.DropColumn(
                name: "ParentId",
                table: "Commentary");
        }
    }
}
