using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Core.Migrations.Sqlite
{
    /// <summary>
    /// The article list sorts by publication date, falling back to import date. An index on that very expression
    /// lets SQLite read the page from the index instead of scanning every article (bodies included).
    /// EF does not model expression indexes, so this one lives here only.
    /// </summary>
    public partial class ArticleListDateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IX_Articles_ListDate ON Articles(coalesce(PublishedAt, CreatedAt));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS IX_Articles_ListDate;");
        }
    }
}
