using ClaimTracker.Core.Data.Sqlite;
using ClaimTracker.Core.Data.SqlServer;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Chooses the provider and connection string the same way for the web app and the CLI.</summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "ClaimTracker";

    public static DatabaseProvider GetProvider(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider '{name}' is not supported; use Sqlite or SqlServer.");
    }

    /// <summary>
    /// The configured connection string, or for SQLite one absolute file under the user's local data folder,
    /// so the web app and the CLI find the same database whatever their working directory.
    /// </summary>
    public static string GetConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var provider = GetProvider(configuration);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return provider == DatabaseProvider.Sqlite ? AbsoluteSqlite(configured) : configured;
        }

        if (provider == DatabaseProvider.SqlServer)
        {
            throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:ClaimTracker is not set.");
        }

        return new SqliteConnectionStringBuilder { DataSource = DefaultSqlitePath() }.ToString();
    }

    public static string DefaultSqlitePath()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root))
        {
            root = Path.GetTempPath();
        }

        return Path.Combine(root, "ClaimTracker", "claimtracker.db");
    }

    public static IServiceCollection AddClaimTrackerDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = GetProvider(configuration);
        var connectionString = GetConnectionString(configuration);
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            var folder = Path.GetDirectoryName(file);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            services.AddDbContextPool<ClaimTrackerDbContext, SqliteClaimTrackerDbContext>(o => o
                .UseSqlite(connectionString, ConfigureSqlite)
                .AddInterceptors(SqlitePragmas.Instance));
        }
        else
        {
            services.AddDbContextPool<ClaimTrackerDbContext, SqlServerClaimTrackerDbContext>(o => o
                .UseSqlServer(connectionString, ConfigureSqlServer));
        }

        return services;
    }

    internal static void ConfigureSqlite(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsAssembly(typeof(ClaimTrackerDbContext).Assembly.FullName)
            .MigrationsHistoryTable("__EFMigrationsHistory");

    internal static void ConfigureSqlServer(SqlServerDbContextOptionsBuilder sqlServer) =>
        sqlServer.MigrationsAssembly(typeof(ClaimTrackerDbContext).Assembly.FullName)
            .EnableRetryOnFailure();

    private static string AbsoluteSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not (":memory:" or "") && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal)
            && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource);
        }

        return builder.ToString();
    }

    /// <summary>Applies pending migrations; never EnsureCreated, so the schema always has a history.</summary>
    public static async Task MigrateAsync(ClaimTrackerDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a writer commits; it is a property of the file, so set it once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public static bool IsSqlite(this DatabaseFacade database) =>
        database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
}
