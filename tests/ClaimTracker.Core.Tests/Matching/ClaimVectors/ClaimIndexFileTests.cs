using ClaimTracker.Core.Data;
using ClaimTracker.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static ClaimTracker.Core.Tests.Matching.ClaimVectors.ClaimVectorsTests;

namespace ClaimTracker.Core.Tests.Matching.ClaimVectors;

/// <summary>The approximate claim index's file beside the SQLite database: kept, reused, rebuilt when it cannot be trusted.</summary>
public sealed class ClaimIndexFileTests
{
    private const string Query = "the opposition leader said the railway plan would cost twice as much";

    private const string Tram = "\"The tram line will reach the northern ferry pier by spring,\" harbour councillor Ines Varga said.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestDatabase Database, WordHashEmbedder Embedder, List<long> Neighbours)> IndexedAsync()
    {
        var embedder = new WordHashEmbedder();
        var database = await CreateAsync(embedder);
        await ImportAsync(database.Services, Budget);
        await ImportAsync(database.Services, Rail);
        await EmbedAsync(database.Services);
        var neighbours = await NeighboursAsync(database.Services, embedder, Query);
        await database.Services.GetRequiredService<ClaimVectorIndex>().FlushAsync(Ct);
        return (database, embedder, neighbours);
    }

    [Fact]
    public async Task A_restarted_app_loads_the_saved_index_and_finds_the_same_neighbours_without_the_model()
    {
        var (database, embedder, neighbours) = await IndexedAsync();
        await using var _ = database;
        var embeddedBefore = embedder.Embedded;
        await database.Services.DisposeAsync();

        await using var restarted = database.OpenServices();
        var found = await NeighboursAsync(restarted, embedder, Query);

        var index = restarted.GetRequiredService<ClaimVectorIndex>();
        Assert.Equal(3, neighbours.Count);
        Assert.Equal(neighbours, found);
        Assert.True(index.LoadedFromFile);
        // Only the query itself was embedded (by the test's call of Vector, which does not count): nothing stored was recomputed.
        Assert.Equal(embeddedBefore, embedder.Embedded);
        Assert.Null((await index.StatusAsync(Ct)).Staleness);
    }

    [Fact]
    public async Task A_deleted_index_file_is_rebuilt_from_the_stored_vectors()
    {
        var (database, embedder, neighbours) = await IndexedAsync();
        await using var _ = database;
        var embeddedBefore = embedder.Embedded;
        await database.Services.DisposeAsync();
        File.Delete(database.DatabaseFile + ClaimIndexLocation.IndexSuffix);

        await using var restarted = database.OpenServices();
        var found = await NeighboursAsync(restarted, embedder, Query);

        var index = restarted.GetRequiredService<ClaimVectorIndex>();
        Assert.Equal(neighbours, found);
        Assert.False(index.LoadedFromFile);
        Assert.Equal(embeddedBefore, embedder.Embedded);
        Assert.True(File.Exists(database.DatabaseFile + ClaimIndexLocation.IndexSuffix));
        Assert.Null((await index.StatusAsync(Ct)).Staleness);
    }

    [Fact]
    public async Task An_unreadable_index_file_is_rebuilt_from_the_stored_vectors()
    {
        var (database, embedder, neighbours) = await IndexedAsync();
        await using var _ = database;
        await database.Services.DisposeAsync();
        var path = database.DatabaseFile + ClaimIndexLocation.IndexSuffix;
        var length = new FileInfo(path).Length;
        await File.WriteAllBytesAsync(path, new byte[length], Ct);

        await using var restarted = database.OpenServices();
        var found = await NeighboursAsync(restarted, embedder, Query);

        Assert.Equal(neighbours, found);
        Assert.False(restarted.GetRequiredService<ClaimVectorIndex>().LoadedFromFile);
    }

    [Fact]
    public async Task A_file_behind_vectors_another_process_stored_and_deleted_is_caught_up_at_load()
    {
        var (database, embedder, neighbours) = await IndexedAsync();
        await using var _ = database;
        await database.Services.DisposeAsync();

        // Another process deletes the best match's vector and stores a new claim's, never saving the index file.
        var best = (int)neighbours[0];
        int added;
        await using (var other = database.OpenServices())
        {
            added = await ImportAsync(other, Tram);
            await EmbedAsync(other);
            await using var scope = other.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
            await db.ClaimVectors.Where(v => v.ClaimId == best).ExecuteDeleteAsync(Ct);
        }

        var embeddedBefore = embedder.Embedded;
        await using var restarted = database.OpenServices();
        var index = restarted.GetRequiredService<ClaimVectorIndex>();
        var staleness = (await index.StatusAsync(Ct)).Staleness;
        var found = await NeighboursAsync(restarted, embedder, Query);
        var tramClaim = (await ClaimsAsync(restarted, added))[0].Id;
        var tramFound = await NeighboursAsync(restarted, embedder, Tram, 1);

        Assert.NotNull(staleness);
        Assert.True(index.LoadedFromFile);
        Assert.Equal(embeddedBefore, embedder.Embedded);
        Assert.DoesNotContain(best, found);
        Assert.Equal(neighbours.Skip(1).Take(2), found.Take(2));
        Assert.Equal([tramClaim], tramFound);
        Assert.Equal((await VectorsAsync(restarted)).Count, index.Count);
        Assert.Null((await index.StatusAsync(Ct)).Staleness);
    }

    [Fact]
    public async Task A_file_saved_again_after_catching_up_loads_as_current_on_the_next_start()
    {
        var (database, embedder, _) = await IndexedAsync();
        await using var _ = database;
        await database.Services.DisposeAsync();
        await using (var other = database.OpenServices())
        {
            await ImportAsync(other, Tram);
            await EmbedAsync(other);
        }

        await using (var caughtUp = database.OpenServices())
        {
            await NeighboursAsync(caughtUp, embedder, Query);
        }

        await using var restarted = database.OpenServices();
        var index = restarted.GetRequiredService<ClaimVectorIndex>();
        var staleness = (await index.StatusAsync(Ct)).Staleness;
        await NeighboursAsync(restarted, embedder, Query);

        Assert.Null(staleness);
        Assert.True(index.LoadedFromFile);
        Assert.Equal((await VectorsAsync(restarted)).Count, index.Count);
    }

    [Fact]
    public async Task A_file_that_lost_most_of_its_vectors_to_the_database_is_rebuilt_rather_than_caught_up()
    {
        var (database, embedder, _) = await IndexedAsync();
        await using var _ = database;
        await database.Services.DisposeAsync();
        int added;
        await using (var other = database.OpenServices())
        {
            added = await ImportAsync(other, Tram);
            await EmbedAsync(other);
            await using var scope = other.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
            await db.ClaimVectors.Where(v => !db.Claims.Any(c => c.Id == v.ClaimId && c.ArticleId == added)).ExecuteDeleteAsync(Ct);
        }

        await using var restarted = database.OpenServices();
        var index = restarted.GetRequiredService<ClaimVectorIndex>();
        var found = await NeighboursAsync(restarted, embedder, Tram, 10);

        Assert.False(index.LoadedFromFile);
        Assert.Equal((await ClaimsAsync(restarted, added)).Select(c => (long)c.Id), found);
        Assert.Null((await index.StatusAsync(Ct)).Staleness);
    }

    [Fact]
    public async Task A_running_index_picks_up_vectors_another_process_stored_and_deleted_when_it_syncs()
    {
        var embedder = new WordHashEmbedder();
        await using var database = await CreateAsync(embedder);
        await ImportAsync(database.Services, Budget);
        await EmbedAsync(database.Services);
        var running = database.Services.GetRequiredService<ClaimVectorIndex>();
        var before = await NeighboursAsync(database.Services, embedder, Query, 10);

        int railArticle;
        await using (var other = database.OpenServices())
        {
            railArticle = await ImportAsync(other, Rail);
            await EmbedAsync(other);
            await using var scope = other.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().ClaimVectors.Where(v => v.ClaimId == before[0]).ExecuteDeleteAsync(Ct);
        }

        await running.SyncAsync(Ct);
        var after = await NeighboursAsync(database.Services, embedder, Query, 10);

        var railClaims = await ClaimsAsync(database.Services, railArticle);
        Assert.Contains(railClaims[0].Id, after);
        Assert.DoesNotContain(before[0], after);
        Assert.Equal((await VectorsAsync(database.Services)).Count, running.Count);
    }

    [Fact]
    public async Task After_a_model_change_every_claim_is_pending_and_the_old_model_s_index_file_is_not_used()
    {
        var (database, _, _) = await IndexedAsync();
        await using var _ = database;
        await database.Services.DisposeAsync();
        var newModel = new WordHashEmbedder("word-hash/2");

        await using var upgraded = database.OpenServices(services => services.Replace(ServiceDescriptor.Singleton<ITextEmbedder>(newModel)));
        var index = upgraded.GetRequiredService<ClaimVectorIndex>();
        var staleness = (await index.StatusAsync(Ct)).Staleness;
        var pending = await PendingAsync(upgraded);
        var neighboursBefore = await NeighboursAsync(upgraded, newModel, Query);
        await EmbedAsync(upgraded);
        var neighboursAfter = await NeighboursAsync(upgraded, newModel, Query);

        Assert.Contains("made for model word-hash/1", staleness, StringComparison.Ordinal);
        Assert.Equal((await VectorsAsync(upgraded)).Count, pending);
        Assert.Empty(neighboursBefore);
        Assert.Equal(3, neighboursAfter.Count);
        Assert.All(await VectorsAsync(upgraded), v => Assert.Equal("word-hash/2", v.ModelId));
    }

    private static async Task<int> PendingAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Core.Matching.ClaimVectors>().PendingAsync(Ct);
    }
}
