using BelarusUsArchive.Web.Data.Aggregates;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Sqlite
{
    /// <summary>Months beside years in the kept counts, for attention month by month: the triggers are replaced by ones that keep both.</summary>
    public partial class AttentionMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteAggregateTriggersV1.Drop);
            migrationBuilder.AddColumn<int>(
                name: "Month",
                table: "PersonArticles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ArticleMonthCounts",
                columns: table => new
                {
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Articles = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleMonthCounts", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "PersonMonthCounts",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Articles = table.Column<int>(type: "INTEGER", nullable: false),
                    Mentions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonMonthCounts", x => new { x.PersonId, x.Month });
                });
            migrationBuilder.Sql(SqliteAggregateTriggers.FillMonths);
            migrationBuilder.Sql(SqliteAggregateTriggers.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteAggregateTriggers.Drop);
            migrationBuilder.DropTable(
                name: "ArticleMonthCounts");

            migrationBuilder.DropTable(
                name: "PersonMonthCounts");

            // SQLite drops the column in place; EF's table rebuild would run after the triggers below and fail on them.
            migrationBuilder.Sql("ALTER TABLE \"PersonArticles\" DROP COLUMN \"Month\";");
            migrationBuilder.Sql(SqliteAggregateTriggersV1.Create);
        }
    }
}
