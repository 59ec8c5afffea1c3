using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Core.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PublicReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Slug",
                table: "PublishedReports",
                type: "nvarchar(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalNote",
                table: "PublishedReports",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "PublishedReports",
                type: "datetime2",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Slug",
                table: "PublishedReports");

            migrationBuilder.DropColumn(
                name: "WithdrawalNote",
                table: "PublishedReports");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "PublishedReports");
        }
    }
}
