using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Annotations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ParentId",
                table: "Commentary",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Commentary_ParentId",
                table: "Commentary",
                column: "ParentId");

            migrationBuilder.AddForeignKey(
                name: "FK_Commentary_Commentary_ParentId",
                table: "Commentary",
                column: "ParentId",
                principalTable: "Commentary",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
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
