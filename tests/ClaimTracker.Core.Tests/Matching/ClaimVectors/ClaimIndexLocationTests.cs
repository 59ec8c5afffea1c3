using ClaimTracker.Core.Matching;
using Microsoft.Extensions.Configuration;

namespace ClaimTracker.Core.Tests.Matching.ClaimVectors;

/// <summary>Which claim index each database gets.</summary>
public sealed class ClaimIndexLocationTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static readonly string DatabaseFile = Path.Combine(Path.GetTempPath(), "claimtracker-location", "news.db");

    [Fact]
    public void A_sqlite_database_file_gets_the_approximate_index_beside_it()
    {
        var location = ClaimVectorServiceCollectionExtensions.Locate(Settings(("ConnectionStrings:ClaimTracker", $"Data Source={DatabaseFile}")), new ClaimVectorOptions());

        Assert.Equal(DatabaseFile + ".claims.usearch", location.IndexPath);
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=shared;Mode=Memory;Cache=Shared")]
    public void An_in_memory_sqlite_database_gets_exact_search(string connectionString)
    {
        var location = ClaimVectorServiceCollectionExtensions.Locate(Settings(("ConnectionStrings:ClaimTracker", connectionString)), new ClaimVectorOptions());

        Assert.False(location.IsApproximate);
    }

    [Fact]
    public void Sql_server_gets_exact_search_unless_an_index_file_is_configured()
    {
        var sqlServer = Settings(("Database:Provider", "SqlServer"), ("ConnectionStrings:ClaimTracker", "Server=db;Database=claims;Trusted_Connection=True"));
        var indexFile = Path.Combine(Path.GetTempPath(), "claimtracker-location", "claims");

        var plain = ClaimVectorServiceCollectionExtensions.Locate(sqlServer, new ClaimVectorOptions());
        var withFile = ClaimVectorServiceCollectionExtensions.Locate(sqlServer, new ClaimVectorOptions { IndexPath = indexFile });
        var refused = Assert.Throws<InvalidOperationException>(() => ClaimVectorServiceCollectionExtensions.Locate(sqlServer, new ClaimVectorOptions { Index = ClaimIndexKind.Approximate }));

        Assert.False(plain.IsApproximate);
        Assert.Equal(indexFile + ".claims.usearch", withFile.IndexPath);
        Assert.Equal(indexFile + ".claims.usearch.json", withFile.ManifestPath);
        Assert.Contains("ClaimVectors:IndexPath", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_can_be_chosen_for_a_sqlite_file_too()
    {
        var location = ClaimVectorServiceCollectionExtensions.Locate(
            Settings(("ConnectionStrings:ClaimTracker", $"Data Source={DatabaseFile}")), new ClaimVectorOptions { Index = ClaimIndexKind.Exact });

        Assert.False(location.IsApproximate);
    }
}
