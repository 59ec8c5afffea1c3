using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Core.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FactCheckLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FactCheckImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SourceName = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: false),
                    Format = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ImportedById = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    Added = table.Column<int>(type: "int", nullable: false),
                    Duplicates = table.Column<int>(type: "int", nullable: false),
                    Skipped = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactCheckImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FactCheckImports_AspNetUsers_ImportedById",
                        column: x => x.ImportedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FactChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ClaimReviewed = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CheckedBy = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    CheckedByUrl = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: true),
                    Claimant = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    RatingText = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    RatingValue = table.Column<double>(type: "float", nullable: true),
                    BestRating = table.Column<double>(type: "float", nullable: true),
                    WorstRating = table.Column<double>(type: "float", nullable: true),
                    CheckedOn = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Url = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: false),
                    Origin = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ImportId = table.Column<int>(type: "int", nullable: true),
                    PublishedReportId = table.Column<int>(type: "int", nullable: true),
                    ArticleId = table.Column<int>(type: "int", nullable: true),
                    ClaimId = table.Column<int>(type: "int", nullable: true),
                    DedupKey = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Vector = table.Column<byte[]>(type: "varbinary(400)", maxLength: 400, nullable: true),
                    VectorModel = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FactChecks_FactCheckImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "FactCheckImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FactChecks_PublishedReports_PublishedReportId",
                        column: x => x.PublishedReportId,
                        principalTable: "PublishedReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FactCheckImports_ImportedById",
                table: "FactCheckImports",
                column: "ImportedById");

            migrationBuilder.CreateIndex(
                name: "IX_FactChecks_ArticleId",
                table: "FactChecks",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_FactChecks_CheckedBy",
                table: "FactChecks",
                column: "CheckedBy");

            migrationBuilder.CreateIndex(
                name: "IX_FactChecks_ClaimId",
                table: "FactChecks",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_FactChecks_DedupKey",
                table: "FactChecks",
                column: "DedupKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FactChecks_ImportId",
                table: "FactChecks",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_FactChecks_Origin_CheckedOn",
                table: "FactChecks",
                columns: new[] { "Origin", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FactChecks_PublishedReportId",
                table: "FactChecks",
                column: "PublishedReportId");

            migrationBuilder.CreateIndex(
                name: "IX_FactChecks_VectorModel",
                table: "FactChecks",
                column: "VectorModel");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FactChecks");

            migrationBuilder.DropTable(
                name: "FactCheckImports");
        }
    }
}
