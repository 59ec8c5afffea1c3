using System.Numerics.Tensors;
using Cloud.Unum.USearch;

namespace ClaimTracker.Core.Matching;

/// <summary>
/// Approximate nearest neighbours in a USearch HNSW graph of int8 vectors under the cosine metric. A query visits
/// a few hundred of the stored vectors instead of all of them, so search time grows with the logarithm of the
/// count. Vectors are handed to USearch divided by their largest magnitude: its int8 conversion multiplies by 127,
/// so each vector then uses the full int8 range exactly as <see cref="VectorCodec"/> stores it, and the cosine
/// metric does not care about the scale.
/// A saved index is searched as a read-only view of its file, mapped into memory: the pages a search touches are
/// the kernel's page cache, shared and dropped under pressure, instead of a private copy of the whole graph held
/// for the life of the process (18 MB at 33,511 claims). The first change after a load or a save turns the view
/// into a private copy (USearch cannot change a view); the next save turns it back into a view of the new file.
/// Windows keeps the private copy, because a file mapped there cannot be replaced by the rename a save ends with.
/// </summary>
public sealed class UsearchVectorIndex : IVectorIndex, IDisposable
{
    // Never disposed: a search waiting on it while the index is disposed must get ObjectDisposedException, not a
    // crash in native code.
#pragma warning disable CA2213
    private readonly ReaderWriterLockSlim _gate = new();
#pragma warning restore CA2213
    private USearchIndex _index;
    private bool _viewed;
    private bool _disposed;

    public UsearchVectorIndex(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        // Zeros ask for USearch's defaults: 16 links per node, expansion 128 while adding and 64 while searching.
        _index = new USearchIndex(MetricKind.Cos, ScalarKind.Int8, (ulong)dimensions);
        Dimensions = dimensions;
    }

    private UsearchVectorIndex(USearchIndex loaded, bool viewed)
    {
        _index = loaded;
        _viewed = viewed;
        Dimensions = checked((int)loaded.Dimensions());
    }

    private static bool MapsFiles => !OperatingSystem.IsWindows();

    /// <summary>Opens a saved index as a view of its file (a private copy on Windows); a change makes it a private copy.</summary>
    /// <exception cref="USearchException">The file is not a USearch index.</exception>
    public static UsearchVectorIndex Load(string path) => new(new USearchIndex(path, view: MapsFiles), MapsFiles);

    /// <summary>Whether searches read the mapped file rather than a private copy.</summary>
    public bool IsView
    {
        get
        {
            _gate.EnterReadLock();
            try
            {
                return _viewed;
            }
            finally
            {
                _gate.ExitReadLock();
            }
        }
    }

    public int Dimensions { get; }

    public int Count
    {
        get
        {
            _gate.EnterReadLock();
            try
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return checked((int)_index.Size());
            }
            finally
            {
                _gate.ExitReadLock();
            }
        }
    }

    public bool Contains(long id)
    {
        _gate.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _index.Contains(checked((ulong)id));
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    public void Upsert(long id, ReadOnlySpan<float> vector) => UpsertMany([id], [Scaled(vector)]);

    /// <summary>
    /// Adds or replaces many vectors, already scaled (see <see cref="Scaled"/>) or as stored int8 rows; one capacity
    /// reservation for the lot, which matters: USearch otherwise grows its arrays by one slot per vector.
    /// </summary>
    public void UpsertMany(IReadOnlyList<long> ids, IReadOnlyList<float[]> scaledVectors)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(scaledVectors);
        var keys = Keys(ids);
        if (keys.Length == 0)
        {
            return;
        }

        _gate.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            MakePrivate();
            RemoveExisting(keys);
            _index.Add(keys, [.. scaledVectors]);
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    /// <inheritdoc cref="UpsertMany(IReadOnlyList{long}, IReadOnlyList{float[]})"/>
    public void UpsertMany(IReadOnlyList<long> ids, IReadOnlyList<sbyte[]> int8Vectors)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(int8Vectors);
        var keys = Keys(ids);
        if (keys.Length == 0)
        {
            return;
        }

        _gate.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            MakePrivate();
            RemoveExisting(keys);
            _index.Add(keys, [.. int8Vectors]);
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    public bool Remove(long id)
    {
        _gate.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_index.Contains(checked((ulong)id)))
            {
                return false;
            }

            MakePrivate();
            return _index.Remove(checked((ulong)id)) > 0;
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    public IReadOnlyList<VectorMatch> Search(ReadOnlySpan<float> query, int count, Func<long, bool>? accept = null)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"Expected a vector of {Dimensions} dimensions, got {query.Length}.", nameof(query));
        }

        if (count <= 0)
        {
            return [];
        }

        var scaled = Scaled(query);
        _gate.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var size = checked((int)_index.Size());
            // USearch cannot skip ids while it walks the graph, so rejected hits are made up by asking for more.
            var wanted = accept is null ? count : Math.Max(count * 4, 32);
            while (true)
            {
                var found = _index.Search(scaled, Math.Min(wanted, Math.Max(size, 1)), out var keys, out var distances);
                var hits = new List<VectorMatch>(Math.Min(found, count));
                for (var i = 0; i < found && hits.Count < count; i++)
                {
                    var id = (long)keys[i];
                    if (accept is null || accept(id))
                    {
                        hits.Add(new VectorMatch(id, 1f - distances[i]));
                    }
                }

                if (hits.Count == count || found < wanted || wanted >= size)
                {
                    return hits;
                }

                wanted *= 4;
            }
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    /// <summary>
    /// Writes the index beside <paramref name="path"/> and renames it over, so a reader never loads half a file;
    /// searches then read a view of the written file.
    /// </summary>
    public void Save(string path)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        _gate.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _index.Save(temporary);
            File.Move(temporary, path, overwrite: true);
            if (MapsFiles)
            {
                Replace(new USearchIndex(path, view: true), viewed: true);
            }
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    /// <summary>
    /// Turns a view into a private copy before a change. The copy is made from the view through a file of its own,
    /// not from the viewed path: the file there may since have been replaced by another process or deleted.
    /// </summary>
    private void MakePrivate()
    {
        if (!_viewed)
        {
            return;
        }

        var copy = Path.Combine(Path.GetTempPath(), $"claimtracker-index-{Environment.ProcessId}-{Guid.NewGuid():N}.usearch");
        try
        {
            _index.Save(copy);
            Replace(new USearchIndex(copy, view: false), viewed: false);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private void Replace(USearchIndex index, bool viewed)
    {
        var old = _index;
        _index = index;
        _viewed = viewed;
        old.Dispose();
    }

    /// <summary>The vector divided by its largest magnitude: what USearch's int8 conversion needs to keep precision.</summary>
    public static float[] Scaled(ReadOnlySpan<float> vector)
    {
        var scaled = vector.ToArray();
        var max = vector.IsEmpty ? 0f : Math.Abs(TensorPrimitives.MaxMagnitude(vector));
        if (max > 0)
        {
            TensorPrimitives.Divide(scaled, max, scaled);
        }

        return scaled;
    }

    private void RemoveExisting(ulong[] keys)
    {
        foreach (var key in keys)
        {
            if (_index.Contains(key))
            {
                _index.Remove(key);
            }
        }
    }

    private static ulong[] Keys(IReadOnlyList<long> ids)
    {
        var keys = new ulong[ids.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = checked((ulong)ids[i]);
        }

        return keys;
    }

    public void Dispose()
    {
        _gate.EnterWriteLock();
        try
        {
            if (!_disposed)
            {
                _disposed = true;
                _index.Dispose();
            }
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }
}
