using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Core.Migrations.Sqlite
{
    /// <summary>
    /// FTS5 external-content indexes over claims, articles and sources, keyed by their integer ids and
    /// kept in step by triggers; existing rows are indexed by a rebuild.
    /// </summary>
    public partial class FullTextSearch : Migration
    {
        private static readonly (string Table, string Fts, string[] Columns)[] Indexes =
        [
            ("Claims", "ClaimsFts", ["Text", "SourceMention"]),
            ("Articles", "ArticlesFts", ["Title", "Body"]),
            ("Sources", "SourcesFts", ["CanonicalName", "Aliases"]),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, fts, columns) in Indexes)
            {
                var list = string.Join(", ", columns);
                var newValues = string.Join(", ", columns.Select(c => "new." + c));
                var oldValues = string.Join(", ", columns.Select(c => "old." + c));
                migrationBuilder.Sql($"CREATE VIRTUAL TABLE {fts} USING fts5({list}, content='{table}', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');");
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN
                        INSERT INTO {fts}(rowid, {list}) VALUES (new.Id, {newValues});
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN
                        INSERT INTO {fts}({fts}, rowid, {list}) VALUES ('delete', old.Id, {oldValues});
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {list} ON {table} BEGIN
                        INSERT INTO {fts}({fts}, rowid, {list}) VALUES ('delete', old.Id, {oldValues});
                        INSERT INTO {fts}(rowid, {list}) VALUES (new.Id, {newValues});
                    END;
                    """);
                migrationBuilder.Sql($"INSERT INTO {fts}({fts}) VALUES ('rebuild');");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, fts, _) in Indexes)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_fts_insert;");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_fts_delete;");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_fts_update;");
                migrationBuilder.Sql($"DROP TABLE IF EXISTS {fts};");
            }
        }
    }
}
