using ClaimTracker.Core.Data;
using ClaimTracker.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.FactChecks;

/// <summary>
/// The library's vectors in memory for nearest-neighbour search, behind the matching engine's
/// <see cref="IVectorIndex"/> (exact search: a library of tens of thousands of checks is searched in a few
/// milliseconds). Loaded from the stored vectors on first use and kept in step by the embedder; when the number of
/// stored vectors differs from the index (another process embedded or rows were deleted) it is reloaded.
/// Rows deleted since are dropped when the hits are read back from the database.
/// </summary>
public sealed class FactCheckIndex(IServiceScopeFactory scopes, ITextEmbedder embedder) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile ExactVectorIndex? _index;

    /// <summary>The index, current with the database: loaded, or reloaded when the stored vector count moved.</summary>
    public async Task<IVectorIndex> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        var model = embedder.ModelId;
        var stored = await db.FactChecks.CountAsync(f => f.VectorModel == model, cancellationToken);
        if (_index is { } current && current.Count == stored)
        {
            return current;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_index is { } loaded && loaded.Count == stored)
            {
                return loaded;
            }

            var fresh = new ExactVectorIndex(embedder.Dimensions);
            var rows = db.FactChecks.AsNoTracking()
                .Where(f => f.VectorModel == model && f.Vector != null)
                .Select(f => new { f.Id, f.Vector })
                .AsAsyncEnumerable();
            var buffer = new float[embedder.Dimensions];
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                VectorCodec.Decode(row.Vector, buffer);
                fresh.Upsert(row.Id, buffer);
            }

            // The old index is left to the collector, not disposed: a search may still be reading it.
            _index = fresh;
            return fresh;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Adds a freshly stored vector, when the index is loaded (otherwise the next load reads it).</summary>
    public void Upsert(int id, ReadOnlySpan<float> vector) => _index?.Upsert(id, vector);

    public void Remove(int id) => _index?.Remove(id);

    public void Dispose()
    {
        _index?.Dispose();
        _loading.Dispose();
    }
}
