using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClaimTracker.Core.Data.Sqlite;

/// <summary>The SQLite flavour of the context; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteClaimTrackerDbContext(DbContextOptions<SqliteClaimTrackerDbContext> options)
    : ClaimTrackerDbContext(options);

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteClaimTrackerDbContext>
{
    public SqliteClaimTrackerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteClaimTrackerDbContext>()
            .UseSqlite("Data Source=design-time.db", DatabaseSetup.ConfigureSqlite)
            .Options);
}
