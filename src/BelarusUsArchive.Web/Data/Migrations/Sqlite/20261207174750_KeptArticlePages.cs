using System;
using BelarusUsArchive.Web.Data.Aggregates;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeptArticlePages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KeptArticlePages",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Html = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Token = table.Column<long>(type: "INTEGER", nullable: false),
                    RenderedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeptArticlePages", x => x.ArticleId);
                });
            migrationBuilder.Sql(KeptPageTriggers.SqliteCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(KeptPageTriggers.SqliteDrop);
            migrationBuilder.DropTable(
                name: "KeptArticlePages");
        }
    }
}
