using System.Data.Common;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Data.Sqlite;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Reports;

public sealed class ReportQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Report_takes_the_same_few_queries_whatever_the_number_of_claims()
    {
        await using var database = await TestDatabase.CreateAsync();
        var small = (await ReportFixture.SeedAsync(database)).ArticleId;
        var (large, connectionString) = await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            return (await SeedLargeAsync(db), db.Database.GetConnectionString()!);
        });

        var smallQueries = await CountQueriesAsync(connectionString, small);
        var largeQueries = await CountQueriesAsync(connectionString, large);

        Assert.Equal(smallQueries, largeQueries);
        Assert.InRange(largeQueries, 1, 8);
    }

    [Fact]
    public async Task Track_records_are_aggregated_once_and_reused_while_fresh()
    {
        await using var database = await TestDatabase.CreateAsync();
        var connectionString = await database.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ClaimTrackerDbContext>().Database.GetConnectionString()!));
        var articleId = await database.InScopeAsync(sp => SeedLargeAsync(sp.GetRequiredService<ClaimTrackerDbContext>()));
        using var cache = new MemoryCache(new MemoryCacheOptions());

        var (uncachedQueries, uncached) = await BuildCountingAsync(connectionString, articleId, null);
        var (firstQueries, first) = await BuildCountingAsync(connectionString, articleId, cache);
        var (secondQueries, second) = await BuildCountingAsync(connectionString, articleId, cache);

        Assert.Equal(uncachedQueries, firstQueries);
        Assert.Equal(firstQueries - 1, secondQueries);
        Assert.Equal(uncached.Sources.Select(s => s.Elsewhere), first.Sources.Select(s => s.Elsewhere));
        Assert.Equal(first.Sources.Select(s => s.Elsewhere), second.Sources.Select(s => s.Elsewhere));
        Assert.Contains(second.Sources, s => s.Elsewhere.Claims > 0);
    }

    private static async Task<int> CountQueriesAsync(string connectionString, int articleId) =>
        (await BuildCountingAsync(connectionString, articleId, null)).Queries;

    private static async Task<(int Queries, SourcingReport Report)> BuildCountingAsync(string connectionString, int articleId, IMemoryCache? cache)
    {
        var counter = new CommandCounter();
        var options = new DbContextOptionsBuilder<SqliteClaimTrackerDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(counter)
            .Options;
        await using var db = new SqliteClaimTrackerDbContext(options);
        var report = await new ReportBuilder(db, TimeProvider.System, cache).BuildAsync(articleId, ReportView.Internal, Ct);
        Assert.NotNull(report);
        return (counter.Count, report);
    }

    /// <summary>60 claims over 12 sources, each with a link, every fifth denying the one before, sources cited elsewhere too.</summary>
    private static async Task<int> SeedLargeAsync(ClaimTrackerDbContext db)
    {
        var sources = Enumerable.Range(0, 12).Select(i => new Source { CanonicalName = $"Large source {i}" }).ToList();
        var article = new Article { Title = "Large", Body = new string('x', 1000), ContentHash = "large" };
        for (var i = 0; i < 60; i++)
        {
            var claim = new Claim { Ordinal = i + 1, Start = i * 10, End = (i * 10) + 5, Text = "xxxxx", Source = sources[i % 12], ReviewedAt = DateTime.UtcNow };
            claim.Links.Add(new CorroboratingLink { Url = $"https://example.org/{i}", Stance = LinkStance.Supports });
            article.Claims.Add(claim);
        }

        for (var i = 5; i < 60; i += 5)
        {
            article.Claims[i].OutgoingRelations.Add(new ClaimRelation { ToClaim = article.Claims[i - 1], Type = ClaimRelationType.Denies });
        }

        var elsewhere = new Article { Title = "Elsewhere", Body = "y", ContentHash = "large-elsewhere" };
        elsewhere.Claims.AddRange(sources.Select((s, i) => new Claim { Ordinal = i + 1, Start = 0, End = 1, Text = "y", Source = s, Rating = Rating.False }));
        db.Articles.AddRange(article, elsewhere);
        await db.SaveChangesAsync(Ct);
        return article.Id;
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }
    }
}
