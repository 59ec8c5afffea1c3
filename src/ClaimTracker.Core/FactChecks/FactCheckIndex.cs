using ClaimTracker.Core.Data;
using ClaimTracker.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.FactChecks;

/// <summary>
/// The library's two search signals in memory: the stored vectors for nearest-neighbour search (exact search: a
/// library of tens of thousands of checks is searched in a few milliseconds) and a BM25 index of the same checks'
/// wording. Loaded from the database on first use; the vectors are kept in step by the embedder, and both are
/// reloaded when the number of stored vectors differs from them (another process embedded, rows were deleted, or
/// new vectors arrived since the words were indexed). Rows deleted since are dropped when hits are read back.
/// </summary>
public sealed class FactCheckIndex(IServiceScopeFactory scopes, ITextEmbedder embedder) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile ExactVectorIndex? _vectors;
    private volatile LexicalIndex? _lexical;

    /// <summary>The vector index, current with the database.</summary>
    public async Task<IVectorIndex> CurrentAsync(CancellationToken cancellationToken) =>
        (await SignalsAsync(cancellationToken)).Vectors;

    /// <summary>Both signals, current with the database: loaded, or reloaded when the stored vector count moved.</summary>
    public async Task<FactCheckSignals> SignalsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        var model = embedder.ModelId;
        var stored = await db.FactChecks.CountAsync(f => f.VectorModel == model, cancellationToken);
        if (_vectors is { } vectors && vectors.Count == stored && _lexical is { } lexical && lexical.Count == stored)
        {
            return new FactCheckSignals(vectors, lexical);
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            var current = _vectors;
            if (current is null || current.Count != stored)
            {
                current = await LoadVectorsAsync(db, model, stored, cancellationToken);

                // The old index is left to the collector, not disposed: a search may still be reading it.
                _vectors = current;
            }

            var words = _lexical;
            if (words is null || words.Count != stored)
            {
                words = await LoadWordsAsync(db, model, cancellationToken);
                _lexical = words;
            }

            return new FactCheckSignals(current, words);
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<ExactVectorIndex> LoadVectorsAsync(ClaimTrackerDbContext db, string model, int count, CancellationToken cancellationToken)
    {
        var fresh = new ExactVectorIndex(embedder.Dimensions, count);
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

        return fresh;
    }

    /// <summary>The wording of exactly the checks that have a vector, so every word hit has a similarity to show.</summary>
    private static async Task<LexicalIndex> LoadWordsAsync(ClaimTrackerDbContext db, string model, CancellationToken cancellationToken)
    {
        var rows = await db.FactChecks.AsNoTracking()
            .Where(f => f.VectorModel == model && f.Vector != null)
            .OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.ClaimReviewed })
            .ToListAsync(cancellationToken);
        return new LexicalIndex([.. rows.Select(r => r.Id)], new Bm25Index([.. rows.Select(r => r.ClaimReviewed)], HybridRanker.Bm25K1, HybridRanker.Bm25B));
    }

    /// <summary>Adds a freshly stored vector, when the index is loaded (otherwise the next load reads it).</summary>
    public void Upsert(int id, ReadOnlySpan<float> vector) => _vectors?.Upsert(id, vector);

    public void Remove(int id) => _vectors?.Remove(id);

    public void Dispose()
    {
        _vectors?.Dispose();
        _loading.Dispose();
    }
}

/// <summary>A BM25 index of checks' wording; a hit's position maps to the check's id.</summary>
public sealed class LexicalIndex(int[] ids, Bm25Index index)
{
    public int Count => ids.Length;

    /// <summary>Check ids sharing words with <paramref name="text"/>, best BM25 score first.</summary>
    public IEnumerable<long> Search(string text, int count) => index.Search(text, count).Select(hit => (long)ids[hit.Position]);
}

/// <summary>The two signals of one moment: vectors by meaning and BM25 by words.</summary>
public sealed record FactCheckSignals(ExactVectorIndex Vectors, LexicalIndex Words);
