using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.Matching;

/// <summary>
/// Computes the sentence vectors of claims that have none, or one from another model, in batches: stores them
/// (int8, see <see cref="VectorCodec"/>), adds them to the claim index, then tells every
/// <see cref="IClaimVectorsStoredHandler"/> about the batch in a fresh scope. Imports and re-extraction never wait
/// for this: they save and signal (<see cref="ClaimVectorSignal"/>).
/// </summary>
public sealed class ClaimVectors(
    ClaimTrackerDbContext db,
    ITextEmbedder embedder,
    ClaimVectorIndex index,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<ClaimVectorOptions> options,
    ILogger<ClaimVectors> logger)
{
    /// <summary>Claims without a vector of the current model.</summary>
    public Task<int> PendingAsync(CancellationToken cancellationToken) => Pending().CountAsync(cancellationToken);

    /// <summary>Stored claim vectors per model (vectors of another model are stale and will be replaced).</summary>
    public async Task<IReadOnlyList<(string ModelId, int Count)>> StoredByModelAsync(CancellationToken cancellationToken) =>
        [.. (await db.ClaimVectors.GroupBy(v => v.ModelId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count))];

    /// <summary>
    /// Embeds every pending claim (every claim when <paramref name="force"/>); reports the number done after each
    /// batch. Returns the total done.
    /// </summary>
    public async Task<int> EmbedPendingAsync(IProgress<int>? progress, CancellationToken cancellationToken, bool force = false)
    {
        var batchSize = Math.Max(1, options.Value.BatchSize);
        var done = 0;
        var lastId = 0;
        while (true)
        {
            var claims = force ? db.Claims.AsNoTracking() : Pending();
            var batch = await claims
                .Where(c => c.Id > lastId)
                .OrderBy(c => c.Id)
                .Take(batchSize)
                .Select(c => new { c.Id, c.ArticleId, c.Text })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return done;
            }

            var vectors = embedder.Embed([.. batch.Select(c => c.Text)], cancellationToken);
            var stored = await StoreAsync([.. batch.Select((c, i) => new StoredClaimVector(c.Id, c.ArticleId, vectors[i]))], cancellationToken);
            await index.AddAsync([.. stored.Select(s => (s.Vector.ClaimId, s.Bytes))], cancellationToken);
            await TellHandlersAsync([.. stored.Select(s => s.Vector)], cancellationToken);

            lastId = batch[^1].Id;
            done += batch.Count;
            progress?.Report(done);
        }
    }

    private IQueryable<Claim> Pending()
    {
        var model = embedder.ModelId;
        return db.Claims.AsNoTracking().Where(c => !db.ClaimVectors.Any(v => v.ClaimId == c.Id && v.ModelId == model));
    }

    /// <summary>Inserts or replaces the rows; claims deleted meanwhile (a re-extraction) are left out.</summary>
    private async Task<List<(StoredClaimVector Vector, byte[] Bytes)>> StoreAsync(List<StoredClaimVector> computed, CancellationToken cancellationToken)
    {
        var model = embedder.ModelId;
        var now = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 0; ; attempt++)
        {
            var ids = computed.Select(c => c.ClaimId).ToList();
            var existing = await db.ClaimVectors.Where(v => ids.Contains(v.ClaimId)).ToDictionaryAsync(v => v.ClaimId, cancellationToken);
            var rows = new List<(StoredClaimVector, byte[])>(computed.Count);
            foreach (var claim in computed)
            {
                var bytes = VectorCodec.Encode(claim.Vector);
                if (existing.TryGetValue(claim.ClaimId, out var row))
                {
                    row.ModelId = model;
                    row.Vector = bytes;
                    row.ComputedAt = now;
                }
                else
                {
                    db.ClaimVectors.Add(new ClaimVector { ClaimId = claim.ClaimId, ModelId = model, Vector = bytes, ComputedAt = now });
                }

                rows.Add((claim, bytes));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return rows;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // A claim was deleted while it was embedded: keep the ones that still exist and save again.
                db.ChangeTracker.Clear();
                var alive = (await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
                computed = [.. computed.Where(c => alive.Contains(c.ClaimId))];
            }
        }
    }

    private async Task TellHandlersAsync(IReadOnlyList<StoredClaimVector> stored, CancellationToken cancellationToken)
    {
        if (stored.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IClaimVectorsStoredHandler>())
        {
            try
            {
                await handler.HandleAsync(stored, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The vectors are stored and indexed either way; one handler's failure must not stop the others.
                logger.LogWarning(ex, "Claim vectors: {Handler} failed on a batch of {Count}", handler.GetType().Name, stored.Count);
            }
        }
    }
}

/// <summary>Wakes the background embedder after claims were saved (an import, a re-extraction).</summary>
public sealed class ClaimVectorSignal : WakeSignal;
