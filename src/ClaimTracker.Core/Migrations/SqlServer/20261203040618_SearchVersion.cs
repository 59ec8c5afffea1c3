using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Core.Migrations.SqlServer
{
    /// <summary>
    /// Empty on SQL Server, kept so both providers carry the same migrations: the search-version counter serves the
    /// SQLite search's result cache, and SQL Server searches with LIKE and caches nothing.
    /// </summary>
    public partial class SearchVersion : Migration
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
