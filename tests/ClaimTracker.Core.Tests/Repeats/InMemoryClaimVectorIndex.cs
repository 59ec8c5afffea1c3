using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Repeats;

/// <summary>The claim vector index as a test double over <see cref="ExactVectorIndex"/>.</summary>
internal sealed class InMemoryClaimVectorIndex(int dimensions) : IClaimVectorIndex, IDisposable
{
    public ExactVectorIndex Vectors { get; } = new(dimensions);

    public int Count => Vectors.Count;

    public Task<IReadOnlyList<VectorMatch>> SearchAsync(ReadOnlyMemory<float> query, int count, Func<long, bool>? accept, CancellationToken cancellationToken) =>
        Task.FromResult(Vectors.Search(query.Span, count, accept));

    public Task<IReadOnlyList<IReadOnlyList<VectorMatch>>> SearchManyAsync(IReadOnlyList<ClaimVectorQuery> queries, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IReadOnlyList<VectorMatch>>>([.. queries.Select(q => Vectors.Search(q.Vector.Span, count, q.Accept))]);

    public void Dispose() => Vectors.Dispose();

    /// <summary>Registers <paramref name="embedder"/> and an index of its dimensions over the app's own.</summary>
    public static void Register(IServiceCollection services, ITextEmbedder embedder)
    {
        services.AddSingleton(embedder);
        services.AddSingleton<IClaimVectorIndex>(new InMemoryClaimVectorIndex(embedder.Dimensions));
    }

    /// <summary>
    /// What the background embedder does for these articles: embeds their claims, stores and indexes the vectors,
    /// then tells the stored-vectors handler in a fresh scope.
    /// </summary>
    public static async Task StoreAsync(IServiceProvider services, IReadOnlyList<int> articleIds, CancellationToken cancellationToken)
    {
        var embedder = services.GetRequiredService<ITextEmbedder>();
        var index = (InMemoryClaimVectorIndex)services.GetRequiredService<IClaimVectorIndex>();
        List<StoredClaimVector> stored;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
            var claims = await db.Claims.Where(c => articleIds.Contains(c.ArticleId)).OrderBy(c => c.Id)
                .Select(c => new { c.Id, c.ArticleId, c.Text }).ToListAsync(cancellationToken);
            var vectors = embedder.Embed([.. claims.Select(c => c.Text)], cancellationToken);
            stored = [.. claims.Select((c, i) => new StoredClaimVector(c.Id, c.ArticleId, vectors[i]))];
            foreach (var vector in stored)
            {
                db.ClaimVectors.Add(new ClaimVector { ClaimId = vector.ClaimId, ModelId = embedder.ModelId, Vector = VectorCodec.Encode(vector.Vector), ComputedAt = DateTime.UtcNow });
                index.Vectors.Upsert(vector.ClaimId, vector.Vector);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IClaimVectorsStoredHandler>().HandleAsync(stored, cancellationToken);
        }
    }
}
