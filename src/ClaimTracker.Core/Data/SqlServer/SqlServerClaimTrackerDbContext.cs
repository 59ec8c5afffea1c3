using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClaimTracker.Core.Data.SqlServer;

/// <summary>The SQL Server flavour of the context; its migrations live in Migrations/SqlServer.</summary>
public sealed class SqlServerClaimTrackerDbContext(DbContextOptions<SqlServerClaimTrackerDbContext> options)
    : ClaimTrackerDbContext(options);

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerClaimTrackerDbContext>
{
    public SqlServerClaimTrackerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerClaimTrackerDbContext>()
            .UseSqlServer("Server=(design-time);Database=ClaimTracker", DatabaseSetup.ConfigureSqlServer)
            .Options);
}
