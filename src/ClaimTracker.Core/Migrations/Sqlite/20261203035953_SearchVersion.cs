using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Core.Migrations.Sqlite
{
    /// <summary>
    /// A counter that every change to the searched tables bumps, through triggers so that writes from any
    /// process (the CLI's imports as well as the web app) count. Search caches its results under it.
    /// </summary>
    public partial class SearchVersion : Migration
    {
        private static readonly string[] Tables = ["Claims", "Articles", "Sources"];
        private static readonly (string Sql, string Name)[] Events = [("INSERT", "insert"), ("UPDATE", "update"), ("DELETE", "delete")];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE SearchVersion (Id INTEGER NOT NULL PRIMARY KEY CHECK (Id = 1), Value INTEGER NOT NULL);");
            migrationBuilder.Sql("INSERT INTO SearchVersion (Id, Value) VALUES (1, 0);");
            foreach (var table in Tables)
            {
                foreach (var (change, name) in Events)
                {
                    migrationBuilder.Sql($"""
                        CREATE TRIGGER {table}_search_version_{name} AFTER {change} ON {table} BEGIN
                            UPDATE SearchVersion SET Value = Value + 1 WHERE Id = 1;
                        END;
                        """);
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                foreach (var (_, name) in Events)
                {
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_search_version_{name};");
                }
            }

            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchVersion;");
        }
    }
}
