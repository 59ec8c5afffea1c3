using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Importing;
using ClaimTracker.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimTracker.Core.Tests.Matching.ClaimVectors;

/// <summary>Claim vectors computed, stored and indexed over a real SQLite file, with a fast stand-in model.</summary>
public sealed class ClaimVectorsTests
{
    public const string Budget = """
        The finance minister said on Tuesday that the budget deficit had doubled since last year.
        "Hospitals will get three new wings," Health Minister Lena Park told reporters.
        The opposition leader, Omar Haddad, said the railway plan would cost twice as much as promised.
        """;

    public const string Rail = """
        Omar Haddad, who leads the opposition, said the railway plan would cost twice as much as the government promised.
        "The trains will run on time," the transport minister said at a press conference in the capital.
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static Task<TestDatabase> CreateAsync(WordHashEmbedder embedder, IReadOnlyDictionary<string, string?>? settings = null) =>
        TestDatabase.CreateAsync(settings, services => services.Replace(ServiceDescriptor.Singleton<ITextEmbedder>(embedder)));

    internal static async Task<int> ImportAsync(IServiceProvider services, string text)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(new ArticleDraft(text), null, Ct)).ArticleId;
    }

    internal static async Task<int> EmbedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Core.Matching.ClaimVectors>().EmbedPendingAsync(null, Ct);
    }

    internal static async Task<List<Claim>> ClaimsAsync(IServiceProvider services, int articleId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Claims.AsNoTracking()
            .Where(c => c.ArticleId == articleId).OrderBy(c => c.Ordinal).ToListAsync(Ct);
    }

    internal static async Task<List<ClaimVector>> VectorsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().ClaimVectors.AsNoTracking().OrderBy(v => v.ClaimId).ToListAsync(Ct);
    }

    internal static async Task<List<long>> NeighboursAsync(IServiceProvider services, WordHashEmbedder embedder, string text, int count = 3)
    {
        var hits = await services.GetRequiredService<IClaimVectorIndex>().SearchAsync(embedder.Vector(text), count, null, Ct);
        return [.. hits.Select(h => h.Id)];
    }

    [Fact]
    public async Task Computes_an_int8_vector_of_the_current_model_for_every_claim_of_an_import()
    {
        var embedder = new WordHashEmbedder();
        await using var database = await CreateAsync(embedder);
        var articleId = await ImportAsync(database.Services, Budget);
        var claims = await ClaimsAsync(database.Services, articleId);
        var pending = await database.InScopeAsync(sp => sp.GetRequiredService<Core.Matching.ClaimVectors>().PendingAsync(Ct));

        var done = await EmbedAsync(database.Services);

        var vectors = await VectorsAsync(database.Services);
        Assert.NotEmpty(claims);
        Assert.Equal(claims.Count, pending);
        Assert.Equal(claims.Count, done);
        Assert.Equal(claims.Select(c => c.Id), vectors.Select(v => v.ClaimId));
        Assert.All(vectors, v => Assert.Equal(("word-hash/1", 389), (v.ModelId, v.Vector.Length)));
        Assert.Equal(0, await database.InScopeAsync(sp => sp.GetRequiredService<Core.Matching.ClaimVectors>().PendingAsync(Ct)));
        Assert.Equal(claims.Count, database.Services.GetRequiredService<IClaimVectorIndex>().Count);
    }

    [Fact]
    public async Task Hands_each_stored_batch_to_the_registered_handlers_with_claim_and_article()
    {
        var embedder = new WordHashEmbedder();
        var handler = new RecordingHandler();
        await using var database = await TestDatabase.CreateAsync(
            new Dictionary<string, string?> { ["ClaimVectors:BatchSize"] = "2" },
            services =>
            {
                services.Replace(ServiceDescriptor.Singleton<ITextEmbedder>(embedder));
                services.AddSingleton<IClaimVectorsStoredHandler>(handler);
            });
        var articleId = await ImportAsync(database.Services, Budget);
        var claims = await ClaimsAsync(database.Services, articleId);

        await EmbedAsync(database.Services);

        Assert.All(handler.Batches, b => Assert.InRange(b.Count, 1, 2));
        var handled = handler.Batches.SelectMany(b => b).ToList();
        Assert.Equal(claims.Select(c => c.Id), handled.Select(s => s.ClaimId));
        Assert.All(handled, s => Assert.Equal(articleId, s.ArticleId));
        Assert.All(handled, s => Assert.Equal(embedder.Vector(claims.Single(c => c.Id == s.ClaimId).Text), s.Vector));
    }

    [Fact]
    public async Task A_handler_that_fails_does_not_undo_the_stored_vectors()
    {
        var embedder = new WordHashEmbedder();
        await using var database = await TestDatabase.CreateAsync(null, services =>
        {
            services.Replace(ServiceDescriptor.Singleton<ITextEmbedder>(embedder));
            services.AddSingleton<IClaimVectorsStoredHandler>(new FailingHandler());
        });
        var articleId = await ImportAsync(database.Services, Budget);

        await EmbedAsync(database.Services);

        Assert.Equal((await ClaimsAsync(database.Services, articleId)).Count, (await VectorsAsync(database.Services)).Count);
    }

    [Fact]
    public async Task The_background_service_computes_vectors_after_an_import_without_the_import_waiting()
    {
        var embedder = new WordHashEmbedder();
        await using var database = await CreateAsync(embedder);
        using var service = ActivatorUtilities.CreateInstance<ClaimVectorService>(database.Services);
        await service.StartAsync(Ct);
        try
        {
            var articleId = await ImportAsync(database.Services, Budget);
            var claims = await ClaimsAsync(database.Services, articleId);

            // The signal from the import wakes the service well before its 30-second start delay runs out.
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while ((await VectorsAsync(database.Services)).Count < claims.Count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, Ct);
            }

            Assert.Equal(claims.Select(c => c.Id), (await VectorsAsync(database.Services)).Select(v => v.ClaimId));
        }
        finally
        {
            await service.StopAsync(Ct);
        }
    }

    [Fact]
    public async Task Finds_the_claim_that_shares_the_most_words_first_and_skips_what_accept_refuses()
    {
        var embedder = new WordHashEmbedder();
        await using var database = await CreateAsync(embedder);
        var budget = await ImportAsync(database.Services, Budget);
        var rail = await ImportAsync(database.Services, Rail);
        await EmbedAsync(database.Services);
        var budgetClaims = await ClaimsAsync(database.Services, budget);
        var railClaims = await ClaimsAsync(database.Services, rail);
        var haddad = railClaims.Single(c => c.Text.Contains("railway", StringComparison.Ordinal));
        var sameSaying = budgetClaims.Single(c => c.Text.Contains("railway", StringComparison.Ordinal));
        var index = database.Services.GetRequiredService<IClaimVectorIndex>();

        var hits = await index.SearchAsync(embedder.Vector(haddad.Text), 2, null, Ct);
        var otherArticles = await index.SearchAsync(embedder.Vector(haddad.Text), 2, id => !railClaims.Any(c => c.Id == id), Ct);

        Assert.Equal(haddad.Id, hits[0].Id);
        Assert.Equal(1f, hits[0].Similarity, 0.02f);
        Assert.Equal(sameSaying.Id, hits[1].Id);
        Assert.Equal(sameSaying.Id, otherArticles[0].Id);
        Assert.DoesNotContain(otherArticles, h => railClaims.Any(c => c.Id == h.Id));
    }

    [Fact]
    public async Task A_batch_search_answers_each_query_as_a_single_search_and_drops_claims_deleted_since_indexing()
    {
        var embedder = new WordHashEmbedder();
        await using var database = await CreateAsync(embedder);
        var budget = await ImportAsync(database.Services, Budget);
        var rail = await ImportAsync(database.Services, Rail);
        await EmbedAsync(database.Services);
        var claims = (await ClaimsAsync(database.Services, budget)).Concat(await ClaimsAsync(database.Services, rail)).ToList();
        var index = database.Services.GetRequiredService<IClaimVectorIndex>();
        var railIds = claims.Where(c => c.ArticleId == rail).Select(c => (long)c.Id).ToHashSet();
        var queries = claims.Select(c => new ClaimVectorQuery(embedder.Vector(c.Text), c.ArticleId == budget ? id => !railIds.Contains(id) : null)).ToList();
        var singly = new List<List<long>>();
        foreach (var query in queries)
        {
            singly.Add([.. (await index.SearchAsync(query.Vector, 3, query.Accept, Ct)).Select(h => h.Id)]);
        }

        var batched = await index.SearchManyAsync(queries, 3, Ct);
        var deleted = claims[0].Id;
        await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().ClaimVectors.Where(v => v.ClaimId == deleted).ExecuteDeleteAsync(Ct));
        var afterDelete = await index.SearchManyAsync(queries, 3, Ct);

        Assert.Equal(singly, batched.Select(hits => hits.Select(h => h.Id).ToList()));
        Assert.Contains(batched, hits => hits.Any(h => h.Id == deleted));
        Assert.All(afterDelete, hits => Assert.DoesNotContain(hits, h => h.Id == deleted));
        Assert.All(afterDelete.Where((_, i) => queries[i].Accept is null), hits => Assert.Equal(3, hits.Count));
        Assert.Equal(claims.Count - 1, index.Count);
    }

    [Fact]
    public async Task Re_extraction_drops_the_old_vectors_and_the_new_claims_get_theirs()
    {
        var embedder = new WordHashEmbedder();
        await using var database = await CreateAsync(embedder);
        var articleId = await ImportAsync(database.Services, Budget);
        await EmbedAsync(database.Services);
        var before = await ClaimsAsync(database.Services, articleId);
        var probe = before[0].Text;
        Assert.Contains((long)before[0].Id, await NeighboursAsync(database.Services, embedder, probe));

        await database.InScopeAsync(sp => sp.GetRequiredService<ArticleReextractor>().ReextractAsync(articleId, null, "editor", Ct));
        var afterReextraction = await VectorsAsync(database.Services);
        var stale = await NeighboursAsync(database.Services, embedder, probe);
        await EmbedAsync(database.Services);

        var after = await ClaimsAsync(database.Services, articleId);
        Assert.Empty(afterReextraction);
        Assert.DoesNotContain(stale, id => before.Any(c => c.Id == id));
        Assert.Equal(after.Select(c => c.Id), (await VectorsAsync(database.Services)).Select(v => v.ClaimId));
        Assert.Equal(after[0].Id, (await NeighboursAsync(database.Services, embedder, probe))[0]);
    }

    [Fact]
    public async Task Exact_search_finds_the_same_neighbours_as_the_approximate_index()
    {
        var embedder = new WordHashEmbedder();
        await using var approximate = await CreateAsync(embedder);
        await using var exact = await CreateAsync(embedder, new Dictionary<string, string?> { ["ClaimVectors:Index"] = "Exact" });
        foreach (var database in new[] { approximate, exact })
        {
            await ImportAsync(database.Services, Budget);
            await ImportAsync(database.Services, Rail);
            await EmbedAsync(database.Services);
        }

        const string Query = "the opposition said the railway would cost twice as much";
        Assert.StartsWith("approximate", approximate.Services.GetRequiredService<ClaimVectorIndex>().Kind, StringComparison.Ordinal);
        Assert.StartsWith("exact", exact.Services.GetRequiredService<ClaimVectorIndex>().Kind, StringComparison.Ordinal);
        Assert.Equal(await NeighboursAsync(exact.Services, embedder, Query), await NeighboursAsync(approximate.Services, embedder, Query));
        Assert.False(File.Exists(exact.DatabaseFile + ClaimIndexLocation.IndexSuffix));
    }

    [Fact]
    public async Task With_the_real_model_a_reworded_claim_in_another_article_is_the_nearest()
    {
        const string Reworded = """
            Haddad, who heads the opposition, claimed the rail project will end up costing double what was pledged.
            The weather service said heavy snow would close mountain roads over the weekend.
            """;
        await using var database = await TestDatabase.CreateAsync();
        var budget = await ImportAsync(database.Services, Budget);
        var other = await ImportAsync(database.Services, Reworded);
        await EmbedAsync(database.Services);
        var railway = (await ClaimsAsync(database.Services, budget)).Single(c => c.Text.Contains("railway", StringComparison.Ordinal));
        var paraphrase = (await ClaimsAsync(database.Services, other)).Single(c => c.Text.Contains("rail project", StringComparison.Ordinal));
        var budgetClaims = (await ClaimsAsync(database.Services, budget)).Select(c => (long)c.Id).ToHashSet();
        var stored = (await VectorsAsync(database.Services)).Single(v => v.ClaimId == railway.Id);

        var hits = await database.Services.GetRequiredService<IClaimVectorIndex>()
            .SearchAsync(VectorCodec.Decode(stored.Vector), 2, id => !budgetClaims.Contains(id), Ct);

        Assert.StartsWith("all-MiniLM-L6-v2/", stored.ModelId, StringComparison.Ordinal);
        Assert.Equal(paraphrase.Id, hits[0].Id);
        Assert.True(hits[0].Similarity > hits[1].Similarity + 0.2f, $"{hits[0].Similarity} vs {hits[1].Similarity}");
    }

    private sealed class RecordingHandler : IClaimVectorsStoredHandler
    {
        public List<IReadOnlyList<StoredClaimVector>> Batches { get; } = [];

        public Task HandleAsync(IReadOnlyList<StoredClaimVector> stored, CancellationToken cancellationToken)
        {
            Batches.Add(stored);
            return Task.CompletedTask;
        }
    }

    private sealed class FailingHandler : IClaimVectorsStoredHandler
    {
        public Task HandleAsync(IReadOnlyList<StoredClaimVector> stored, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The handler broke.");
    }
}
