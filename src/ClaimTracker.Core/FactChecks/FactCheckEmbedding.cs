using ClaimTracker.Core.Data;
using ClaimTracker.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Core.FactChecks;

/// <summary>
/// Computes the sentence vectors of library checks that have none, or one from another model, in batches, stores
/// them and adds them to the index. Imports and publishing never wait for this: they save and signal.
/// </summary>
public sealed class FactCheckVectors(ClaimTrackerDbContext db, ITextEmbedder embedder, FactCheckIndex index)
{
    public const int DefaultBatchSize = 64;

    public Task<int> PendingAsync(CancellationToken cancellationToken)
    {
        var model = embedder.ModelId;
        return db.FactChecks.CountAsync(f => f.VectorModel != model || f.VectorModel == null, cancellationToken);
    }

    /// <summary>Embeds every pending check; reports the number done after each batch. Returns the total done.</summary>
    public async Task<int> EmbedPendingAsync(IProgress<int>? progress, CancellationToken cancellationToken, int batchSize = DefaultBatchSize)
    {
        var model = embedder.ModelId;
        var done = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.FactChecks
                .Where(f => f.Id > lastId && (f.VectorModel != model || f.VectorModel == null))
                .OrderBy(f => f.Id)
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return done;
            }

            var vectors = embedder.Embed(batch.Select(f => f.ClaimReviewed).ToList(), cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Vector = VectorCodec.Encode(vectors[i]);
                batch[i].VectorModel = model;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A check was deleted (a report republished, an import removed) while it was embedded: skip past it.
            }

            for (var i = 0; i < batch.Count; i++)
            {
                index.Upsert(batch[i].Id, vectors[i]);
            }

            db.ChangeTracker.Clear();
            lastId = batch[^1].Id;
            done += batch.Count;
            progress?.Report(done);
        }
    }
}

/// <summary>Wakes the background embedder after checks were added.</summary>
public sealed class FactCheckEmbeddingSignal : WakeSignal;

/// <summary>
/// The web app's background embedder for the library: runs when signalled and every few minutes (to pick up
/// checks another process added), one batch at a time, so the model's CPU time never sits on a request.
/// </summary>
public sealed class FactCheckEmbeddingService(
    IServiceScopeFactory scopes,
    FactCheckEmbeddingSignal signal,
    ILogger<FactCheckEmbeddingService> logger) : BackgroundService
{
    private static readonly TimeSpan Sweep = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the app finish starting before the first pass loads the model.
        await signal.WaitAsync(TimeSpan.FromSeconds(30), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var vectors = scope.ServiceProvider.GetRequiredService<FactCheckVectors>();
                if (await vectors.PendingAsync(stoppingToken) > 0)
                {
                    var done = await vectors.EmbedPendingAsync(null, stoppingToken);
                    logger.LogInformation("Fact-check library: computed {Count} vectors", done);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Any failure (database, model) must not stop the host: it is logged and retried on the next pass.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogWarning(ex, "Fact-check library: computing vectors failed; trying again later");
            }

            await signal.WaitAsync(Sweep, stoppingToken);
        }
    }
}
