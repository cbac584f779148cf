using System;
using BelarusUsArchive.Web.Data.Aggregates;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Postgres
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
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Html = table.Column<byte[]>(type: "bytea", nullable: true),
                    Token = table.Column<long>(type: "bigint", nullable: false),
                    RenderedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeptArticlePages", x => x.ArticleId);
                });
            migrationBuilder.Sql(KeptPageTriggers.PostgresCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(KeptPageTriggers.PostgresDrop);
            migrationBuilder.DropTable(
                name: "KeptArticlePages");
        }
    }
}
