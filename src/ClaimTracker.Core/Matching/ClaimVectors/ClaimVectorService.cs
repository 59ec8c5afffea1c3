using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.Matching;

/// <summary>
/// The web app's background embedder for claims: runs when signalled and on a sweep (claims another process
/// imported, vectors it stored or deleted), one batch at a time, so the model's CPU time never sits on a request.
/// </summary>
public sealed class ClaimVectorService(
    IServiceScopeFactory scopes,
    ClaimVectorSignal signal,
    ClaimVectorIndex index,
    IOptions<ClaimVectorOptions> options,
    ILogger<ClaimVectorService> logger) : BackgroundService
{
    /// <summary>How long the first pass waits for a signal, so the app finishes starting before the model loads.</summary>
    private static readonly TimeSpan StartDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ComputeInBackground)
        {
            return;
        }

        await WaitAsync(StartDelay, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Loaded (or rebuilt) here rather than by the first search, so no request waits for it.
                await index.LoadedAsync(stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                var vectors = scope.ServiceProvider.GetRequiredService<ClaimVectors>();
                if (await vectors.PendingAsync(stoppingToken) > 0)
                {
                    var done = await vectors.EmbedPendingAsync(null, stoppingToken);
                    logger.LogInformation("Claim vectors: computed {Count}", done);
                }

                await index.SyncAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Any failure (database, model, index file) must not stop the host: it is logged and retried on the next pass.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogWarning(ex, "Claim vectors: computing failed; trying again later");
            }

            await WaitAsync(options.Value.Sweep, stoppingToken);
        }
    }

    /// <summary>Writes the index file while the database is still reachable.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await index.FlushAsync(cancellationToken);
        }
#pragma warning disable CA1031 // Stopping: the next start catches up from the stored vectors if this save is lost.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Claim index: saving at shutdown failed");
        }
    }

    private async Task WaitAsync(TimeSpan timeout, CancellationToken stoppingToken)
    {
        try
        {
            await signal.WaitAsync(timeout, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the loop ends.
        }
    }
}
