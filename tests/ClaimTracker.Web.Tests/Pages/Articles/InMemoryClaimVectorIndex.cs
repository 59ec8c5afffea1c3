using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Articles;

/// <summary>
/// The claim vector index as a test double over <see cref="ExactVectorIndex"/>, and what the background embedder
/// does with it: embed an article's claims with the app's model, store and index the vectors, tell the handler.
/// </summary>
internal sealed class InMemoryClaimVectorIndex : IClaimVectorIndex, IDisposable
{
    private readonly ExactVectorIndex vectors = new(MiniLmEmbedder.ModelDimensions);

    public int Count => vectors.Count;

    public Task<IReadOnlyList<VectorMatch>> SearchAsync(ReadOnlyMemory<float> query, int count, Func<long, bool>? accept, CancellationToken cancellationToken) =>
        Task.FromResult(vectors.Search(query.Span, count, accept));

    public void Dispose() => vectors.Dispose();

    public static void Register(IServiceCollection services) => services.AddSingleton<IClaimVectorIndex, InMemoryClaimVectorIndex>();

    public static async Task StoreAsync(IServiceProvider services, int articleId, CancellationToken cancellationToken)
    {
        var embedder = services.GetRequiredService<ITextEmbedder>();
        var index = (InMemoryClaimVectorIndex)services.GetRequiredService<IClaimVectorIndex>();
        List<StoredClaimVector> stored;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
            var claims = await db.Claims.Where(c => c.ArticleId == articleId).OrderBy(c => c.Id).Select(c => new { c.Id, c.Text }).ToListAsync(cancellationToken);
            var embedded = embedder.Embed([.. claims.Select(c => c.Text)], cancellationToken);
            stored = [.. claims.Select((c, i) => new StoredClaimVector(c.Id, articleId, embedded[i]))];
            foreach (var vector in stored)
            {
                db.ClaimVectors.Add(new ClaimVector { ClaimId = vector.ClaimId, ModelId = embedder.ModelId, Vector = VectorCodec.Encode(vector.Vector), ComputedAt = DateTime.UtcNow });
                index.vectors.Upsert(vector.ClaimId, vector.Vector);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IClaimVectorsStoredHandler>().HandleAsync(stored, cancellationToken);
        }
    }
}
