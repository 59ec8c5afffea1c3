using ClaimTracker.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.Matching;

public static class ClaimVectorServiceCollectionExtensions
{
    /// <summary>
    /// Claim vectors and their index. The index is chosen per provider: a USearch file beside a SQLite database
    /// file; exact search in memory on SQL Server, for in-memory SQLite, or when <c>ClaimVectors:Index</c> is Exact.
    /// </summary>
    public static IServiceCollection AddClaimVectors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClaimVectorOptions>().Bind(configuration.GetSection(ClaimVectorOptions.Section));
        services.AddSingleton(provider => Locate(configuration, provider.GetRequiredService<IOptions<ClaimVectorOptions>>().Value));
        services.AddSingleton<ClaimVectorIndex>();
        services.AddSingleton<IClaimVectorIndex>(provider => provider.GetRequiredService<ClaimVectorIndex>());
        services.AddSingleton<ClaimVectorSignal>();
        services.AddScoped<ClaimVectors>();
        return services;
    }

    public static ClaimIndexLocation Locate(IConfiguration configuration, ClaimVectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var kind = options.Index;
        if (kind == ClaimIndexKind.Exact)
        {
            return ClaimIndexLocation.Exact;
        }

        if (!string.IsNullOrWhiteSpace(options.IndexPath))
        {
            var path = Path.GetFullPath(options.IndexPath);
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            return new ClaimIndexLocation(path.EndsWith(ClaimIndexLocation.IndexSuffix, StringComparison.Ordinal) ? path : path + ClaimIndexLocation.IndexSuffix);
        }

        if (DatabaseSetup.GetProvider(configuration) != DatabaseProvider.Sqlite)
        {
            return kind == ClaimIndexKind.Approximate
                ? throw new InvalidOperationException("ClaimVectors:Index Approximate on SQL Server needs ClaimVectors:IndexPath, the file to keep the index in.")
                : ClaimIndexLocation.Exact;
        }

        var builder = new SqliteConnectionStringBuilder(DatabaseSetup.GetConnectionString(configuration));
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            || builder.DataSource.StartsWith("file:", StringComparison.Ordinal);
        return inMemory ? ClaimIndexLocation.Exact : ClaimIndexLocation.Beside(builder.DataSource);
    }
}
