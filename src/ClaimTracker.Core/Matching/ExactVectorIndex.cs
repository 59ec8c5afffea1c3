using System.Numerics.Tensors;

namespace ClaimTracker.Core.Matching;

/// <summary>
/// Exact nearest neighbours: every stored vector is compared with the query (SIMD dot products via
/// TensorPrimitives over one contiguous buffer). Right for tens of thousands of items; see docs/matching.md for
/// where an approximate index takes over.
/// </summary>
public sealed class ExactVectorIndex : IVectorIndex, IDisposable
{
    private readonly ReaderWriterLockSlim gate = new();
    private readonly Dictionary<long, int> slots = [];
    private long[] ids;
    private float[] vectors;

    /// <param name="dimensions">Length of every vector.</param>
    /// <param name="capacity">
    /// Rows to make room for at once. A loader that knows how many vectors follow passes their count: growing by
    /// doubling instead leaves every outgrown buffer (large objects, collected only in full collections) behind.
    /// </param>
    public ExactVectorIndex(int dimensions, int capacity = 64)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Dimensions = dimensions;
        ids = new long[Math.Max(capacity, 1)];
        vectors = new float[ids.Length * dimensions];
    }

    public int Dimensions { get; }

    public int Count
    {
        get
        {
            gate.EnterReadLock();
            try
            {
                return slots.Count;
            }
            finally
            {
                gate.ExitReadLock();
            }
        }
    }

    public bool Contains(long id)
    {
        gate.EnterReadLock();
        try
        {
            return slots.ContainsKey(id);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public void Upsert(long id, ReadOnlySpan<float> vector)
    {
        CheckDimensions(vector);
        gate.EnterWriteLock();
        try
        {
            if (!slots.TryGetValue(id, out var slot))
            {
                slot = slots.Count;
                if (slot == ids.Length)
                {
                    Array.Resize(ref ids, ids.Length * 2);
                    Array.Resize(ref vectors, ids.Length * Dimensions);
                }

                slots[id] = slot;
                ids[slot] = id;
            }

            var row = vectors.AsSpan(slot * Dimensions, Dimensions);
            vector.CopyTo(row);
            var norm = TensorPrimitives.Norm(row);
            if (norm > 0 && Math.Abs(norm - 1f) > 1e-4f)
            {
                TensorPrimitives.Divide(row, norm, row);
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public bool Remove(long id)
    {
        gate.EnterWriteLock();
        try
        {
            if (!slots.Remove(id, out var slot))
            {
                return false;
            }

            // The last row fills the hole, so the buffer stays contiguous.
            var last = slots.Count;
            if (slot != last)
            {
                vectors.AsSpan(last * Dimensions, Dimensions).CopyTo(vectors.AsSpan(slot * Dimensions, Dimensions));
                ids[slot] = ids[last];
                slots[ids[slot]] = slot;
            }

            return true;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Cosine similarity of the stored item to <paramref name="query"/>, or null if the id is not stored.</summary>
    public float? Similarity(long id, ReadOnlySpan<float> query)
    {
        CheckDimensions(query);
        gate.EnterReadLock();
        try
        {
            return slots.TryGetValue(id, out var slot) ? TensorPrimitives.Dot(query, vectors.AsSpan(slot * Dimensions, Dimensions)) : null;
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public IReadOnlyList<VectorMatch> Search(ReadOnlySpan<float> query, int count, Func<long, bool>? accept = null)
    {
        CheckDimensions(query);
        if (count <= 0)
        {
            return [];
        }

        // A min-heap of the best so far: its root is the weakest kept hit, the one a better candidate replaces.
        var best = new PriorityQueue<VectorMatch, float>(count + 1);
        gate.EnterReadLock();
        try
        {
            var rows = slots.Count;
            for (var slot = 0; slot < rows; slot++)
            {
                var similarity = TensorPrimitives.Dot(query, vectors.AsSpan(slot * Dimensions, Dimensions));
                if (best.Count == count && !(similarity > best.Peek().Similarity))
                {
                    continue;
                }

                var id = ids[slot];
                if (accept is not null && !accept(id))
                {
                    continue;
                }

                if (best.Count == count)
                {
                    best.DequeueEnqueue(new VectorMatch(id, similarity), similarity);
                }
                else
                {
                    best.Enqueue(new VectorMatch(id, similarity), similarity);
                }
            }
        }
        finally
        {
            gate.ExitReadLock();
        }

        var result = new VectorMatch[best.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = best.Dequeue();
        }

        return result;
    }

    private void CheckDimensions(ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Expected a vector of {Dimensions} dimensions, got {vector.Length}.", nameof(vector));
        }
    }

    public void Dispose() => gate.Dispose();
}
