using ClaimTracker.Core.Data;
using ClaimTracker.Core.Data.SqlServer;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.Tests.Data;

/// <summary>Runs against a real SQL Server when CLAIMTRACKER_TEST_SQLSERVER holds a connection string.</summary>
public sealed class SqlServerTests
{
    [Fact]
    public async Task Migrations_apply_to_a_real_sql_server()
    {
        var connectionString = Environment.GetEnvironmentVariable("CLAIMTRACKER_TEST_SQLSERVER");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Skip("CLAIMTRACKER_TEST_SQLSERVER is not set");
        }

        var database = $"ClaimTrackerTest_{Guid.NewGuid():N}";
        var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(connectionString) { InitialCatalog = database };
        var options = new DbContextOptionsBuilder<SqlServerClaimTrackerDbContext>()
            .UseSqlServer(builder.ConnectionString, DatabaseSetup.ConfigureSqlServer).Options;
        await using var db = new SqlServerClaimTrackerDbContext(options);
        try
        {
            await DatabaseSetup.MigrateAsync(db, TestContext.Current.CancellationToken);

            Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
            Assert.Equal(3, await db.Roles.CountAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            await db.Database.EnsureDeletedAsync(TestContext.Current.CancellationToken);
        }
    }
}
