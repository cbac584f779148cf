using BelarusUsArchive.Web.Data.Aggregates;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BelarusUsArchive.Web.Data.Migrations.Postgres
{
    /// <summary>Months beside years in the kept counts, for attention month by month: the triggers are replaced by ones that keep both.</summary>
    public partial class AttentionMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresAggregateTriggersV1.Drop);
            migrationBuilder.AddColumn<int>(
                name: "Month",
                table: "PersonArticles",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ArticleMonthCounts",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Articles = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleMonthCounts", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "PersonMonthCounts",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Articles = table.Column<int>(type: "integer", nullable: false),
                    Mentions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonMonthCounts", x => new { x.PersonId, x.Month });
                });
            migrationBuilder.Sql(PostgresAggregateTriggers.FillMonths);
            migrationBuilder.Sql(PostgresAggregateTriggers.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresAggregateTriggers.Drop);
            migrationBuilder.DropTable(
                name: "ArticleMonthCounts");

            migrationBuilder.DropTable(
                name: "PersonMonthCounts");

            migrationBuilder.DropColumn(
                name: "Month",
                table: "PersonArticles");
            migrationBuilder.Sql(PostgresAggregateTriggersV1.Create);
        }
    }
}
