using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Core.Migrations.SqlServer
{
    /// <summary>
    /// Kept in step with the SQLite set. SQL Server search uses LIKE (the standard container has no
    /// full-text search), so there is nothing to create here.
    /// </summary>
    public partial class FullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
