using System.Reflection;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Data.Sqlite;
using ClaimTracker.Core.Data.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Data;

public sealed class MigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrations_apply_to_a_new_sqlite_file()
    {
        await using var database = await TestDatabase.CreateAsync();

        var (pending, tables) = await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            var pending = await db.Database.GetPendingMigrationsAsync(Ct);
            var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync(Ct);
            return (pending, tables);
        });

        Assert.Empty(pending);
        Assert.Contains("Articles", tables);
        Assert.Contains("Claims", tables);
        Assert.Contains("AspNetUsers", tables);
        Assert.Contains("DataProtectionKeys", tables);
    }

    [Fact]
    public async Task Sqlite_database_uses_write_ahead_logging()
    {
        await using var database = await TestDatabase.CreateAsync();

        var mode = await database.InScopeAsync(async sp =>
            await sp.GetRequiredService<ClaimTrackerDbContext>().Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(Ct));

        Assert.Equal("wal", Assert.Single(mode));
    }

    [Fact]
    public void Sqlite_model_has_no_pending_changes()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Run db/add-migration.sh: the SQLite model changed without a migration.");
    }

    [Fact]
    public void SqlServer_model_has_no_pending_changes()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Run db/add-migration.sh: the SQL Server model changed without a migration.");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);

        static IEnumerable<string> Names(DbContext db) =>
            db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void SqlServer_script_in_db_folder_is_current()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var expected = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "db", "sqlserver-migrations.sql"));

        Assert.True(Normalize(expected) == Normalize(committed), "db/sqlserver-migrations.sql is stale: run db/script-sqlserver.sh.");
    }

    private static string Normalize(string sql) => sql.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\uFEFF', '\n', ' ');

    internal static string RepositoryRoot() =>
        typeof(MigrationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
}
