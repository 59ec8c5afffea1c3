using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using ClaimTracker.Core;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Generation;
using ClaimTracker.Core.Search;
using ClaimTracker.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// Search over about 300,000 generated claims (9,000 synthetic articles through the extractor). Target: p95 ≤ 100 ms.
/// The database is generated once and kept in the temp folder (CLAIMTRACKER_BENCH_DB to choose the file).
/// Run: <c>dotnet run -c Release --project tests/ClaimTracker.Benchmarks -- --filter *SearchBenchmarks* --job short</c>
/// </summary>
[Config(typeof(PercentilesConfig))]
public class SearchBenchmarks
{
    private const int Articles = 9_000;

    private ServiceProvider _services = default!;

    [Params("budget", "\"bridge repairs\"", "port OR harbour -strike", "deleg*")]
    public string Query { get; set; } = "";

    [Params(null, "Coast Herald")]
    public string? Outlet { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var file = Environment.GetEnvironmentVariable("CLAIMTRACKER_BENCH_DB") ?? Path.Combine(Path.GetTempPath(), "claimtracker-bench-search.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ClaimTracker"] = $"Data Source={file}",

            // Every iteration repeats one search; cached, it would measure a dictionary lookup.
            [SearchResultCache.EntriesSetting] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddClaimTrackerCore(configuration);
        _services = services.BuildServiceProvider();

        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        await DatabaseSetup.MigrateAsync(db, CancellationToken.None);
        if (await db.Articles.CountAsync() < Articles)
        {
            var generator = new SyntheticDataGenerator(db, scope.ServiceProvider.GetRequiredService<IClaimExtractor>(), TimeProvider.System);
            await generator.GenerateAsync(Articles, seed: 7, progress: null, CancellationToken.None);
        }

        Console.WriteLine($"// {await db.Claims.CountAsync():N0} claims in {file}");
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _services.DisposeAsync();

    [Benchmark(Description = "search claims, first page of 20 with counts, articles and sources")]
    public async Task<int> Search()
    {
        await using var scope = _services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<ISearchIndex>()
            .SearchAsync(new SearchQuery(Query, Outlet: Outlet), CancellationToken.None);
        return results.ClaimCount;
    }

    private sealed class PercentilesConfig : ManualConfig
    {
        public PercentilesConfig() => AddColumn(StatisticColumn.P95);
    }
}
