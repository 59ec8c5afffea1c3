using System.Runtime.InteropServices;
using ClaimTracker.Core.Data;
using Cloud.Unum.USearch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.Matching;

/// <summary>Where the claim index lives: a USearch file beside the SQLite database, or memory only.</summary>
public sealed record ClaimIndexLocation(string? IndexPath)
{
    public const string IndexSuffix = ".claims.usearch";
    public const string ManifestSuffix = ".claims.usearch.json";

    public bool IsApproximate => IndexPath is not null;

    public string? ManifestPath => IndexPath is null ? null : IndexPath[..^IndexSuffix.Length] + ManifestSuffix;

    public static ClaimIndexLocation Exact { get; } = new((string?)null);

    public static ClaimIndexLocation Beside(string databaseFile) => new(databaseFile + IndexSuffix);
}

/// <summary>The index's state for <c>claimtracker vectors status</c>.</summary>
public sealed record ClaimIndexStatus(string Kind, bool Loaded, int Count, string? IndexPath, long? IndexBytes, ClaimIndexManifest? Manifest, string? Staleness);

/// <summary>
/// The claims' vectors of the current model in memory for nearest-neighbour search: a USearch graph persisted
/// beside the SQLite database, or an exact index on SQL Server and in-memory databases. Loaded on first use — from
/// the file when its manifest matches the stored vectors, otherwise rebuilt from them — kept in step by
/// <see cref="ClaimVectors"/>, reconciled with the database by <see cref="SyncAsync"/> (vectors another process
/// stored or deleted), and written back a few seconds after it changes.
/// </summary>
public sealed partial class ClaimVectorIndex(
    IServiceScopeFactory scopes,
    ITextEmbedder embedder,
    ClaimIndexLocation location,
    IOptions<ClaimVectorOptions> options,
    TimeProvider clock,
    ILogger<ClaimVectorIndex> logger) : IClaimVectorIndex, IAsyncDisposable, IDisposable
{
    private const int LoadChunk = 2000;

    // A stale file is caught up unless more than this share of its vectors or the stored ones must be added or removed.
    private const double CatchUpShare = 0.5;

    // Serialises loading, changes, reconciling and saving; searches only take the index's own read lock.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<int> _held = [];
    private volatile IVectorIndex? _index;
    private DateTime? _reconciledNewest;
    private StoredVectorsMark _mark = StoredVectorsMark.Empty;
    private bool _dirty;
    private ITimer? _saveTimer;
    private Task _saving = Task.CompletedTask;
    private bool _disposed;

    public string Kind => location.IsApproximate ? "approximate (USearch HNSW, int8)" : "exact (in memory)";

    public bool IsLoaded => _index is not null;

    /// <summary>Whether the last load read the index file (true) or rebuilt it from the stored vectors (false).</summary>
    public bool LoadedFromFile { get; private set; }

    public int Count => _index?.Count ?? 0;

    public async Task<IReadOnlyList<VectorMatch>> SearchAsync(ReadOnlyMemory<float> query, int count, Func<long, bool>? accept, CancellationToken cancellationToken) =>
        (await SearchManyAsync([new ClaimVectorQuery(query, accept)], count, cancellationToken))[0];

    public async Task<IReadOnlyList<IReadOnlyList<VectorMatch>>> SearchManyAsync(IReadOnlyList<ClaimVectorQuery> queries, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var index = await LoadedAsync(cancellationToken);
        var results = new IReadOnlyList<VectorMatch>[queries.Count];
        var pending = Enumerable.Range(0, queries.Count).ToList();
        for (var attempt = 0; ; attempt++)
        {
            foreach (var i in pending)
            {
                results[i] = index.Search(queries[i].Vector.Span, count, queries[i].Accept);
            }

            // Claims deleted since they were indexed (re-extraction, a deleted article) are dropped as they surface:
            // one query checks the hits of every pending search.
            var ids = pending.SelectMany(i => results[i]).Select(h => checked((int)h.Id)).Distinct().ToList();
            if (ids.Count == 0)
            {
                return results;
            }

            var present = await PresentAsync(ids, cancellationToken);
            if (present.Count == ids.Count)
            {
                return results;
            }

            await ForgetAsync(ids.Where(id => !present.Contains(id)), cancellationToken);
            pending = [.. pending.Where(i => results[i].Any(h => !present.Contains((int)h.Id)))];
            if (attempt == 2)
            {
                foreach (var i in pending)
                {
                    results[i] = [.. results[i].Where(h => present.Contains((int)h.Id))];
                }

                return results;
            }
        }
    }

    private async Task<HashSet<int>> PresentAsync(List<int> claimIds, CancellationToken cancellationToken)
    {
        var model = embedder.ModelId;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        var present = new HashSet<int>();

        // A batch of searches can surface thousands of ids; SQL Server takes at most 2,100 parameters a command.
        foreach (var chunk in claimIds.Chunk(1000))
        {
            present.UnionWith(await db.ClaimVectors.AsNoTracking()
                .Where(v => chunk.Contains(v.ClaimId) && v.ModelId == model)
                .Select(v => v.ClaimId)
                .ToListAsync(cancellationToken));
        }

        return present;
    }

    /// <summary>The index, loaded from its file or rebuilt from the stored vectors on first use.</summary>
    public async Task<IVectorIndex> LoadedAsync(CancellationToken cancellationToken)
    {
        if (_index is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_index is { } raced)
            {
                return raced;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
            if (location.IsApproximate && await TryLoadFileAsync(db, cancellationToken) is { } fromFile)
            {
                LoadedFromFile = true;
                _index = fromFile;
                return fromFile;
            }

            var built = NewIndex();
            _held.Clear();
            _reconciledNewest = null;
            await ReconcileAsync(db, built, cancellationToken);
            LoadedFromFile = false;
            _index = built;
            if (location.IsApproximate)
            {
                SaveNow();
            }

            return built;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Adds or replaces vectors just stored (int8 rows as <see cref="VectorCodec"/> writes them).</summary>
    public async Task AddAsync(IReadOnlyList<(int ClaimId, byte[] Vector)> stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var index = await LoadedAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Put(index, stored);
            Changed();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Brings a loaded index in line with the database: vectors another process stored or replaced are added,
    /// vectors of deleted claims removed. Does nothing when the index was never loaded.
    /// </summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        if (_index is not { } index)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
            if (await ReconcileAsync(db, index, cancellationToken))
            {
                Changed();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Throws the index (and its file) away and builds it again from the stored vectors.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var old = _index;
            _index = null;
            (old as IDisposable)?.Dispose();
            DeleteFiles();
        }
        finally
        {
            _gate.Release();
        }

        await LoadedAsync(cancellationToken);
    }

    /// <summary>Writes pending changes to the index file now (the CLI before it exits).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _saving;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_dirty && _index is not null && location.IsApproximate)
            {
                await using var scope = scopes.CreateAsyncScope();
                await ReconcileAsync(scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>(), _index, cancellationToken);
                SaveNow();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<ClaimIndexStatus> StatusAsync(CancellationToken cancellationToken)
    {
        ClaimIndexManifest? manifest = null;
        long? bytes = null;
        string? staleness = null;
        if (location.IsApproximate)
        {
            manifest = ClaimIndexManifest.TryRead(location.ManifestPath!);
            bytes = File.Exists(location.IndexPath) ? new FileInfo(location.IndexPath!).Length : null;
            await using var scope = scopes.CreateAsyncScope();
            var (mark, _) = await StoredMarkAsync(scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>(), cancellationToken);
            staleness = ClaimIndexManifest.Staleness(manifest, bytes, embedder.ModelId, embedder.Dimensions, mark);
        }

        return new ClaimIndexStatus(Kind, IsLoaded, Count, location.IndexPath, bytes, manifest, staleness);
    }

    private async Task<IVectorIndex?> TryLoadFileAsync(ClaimTrackerDbContext db, CancellationToken cancellationToken)
    {
        var manifest = ClaimIndexManifest.TryRead(location.ManifestPath!);
        long? bytes = File.Exists(location.IndexPath) ? new FileInfo(location.IndexPath!).Length : null;
        var (mark, ids) = await StoredMarkAsync(db, cancellationToken);
        var reason = ClaimIndexManifest.Unusable(manifest, bytes, embedder.ModelId, embedder.Dimensions);
        if (reason is null)
        {
            UsearchVectorIndex? loaded = null;
            try
            {
                loaded = UsearchVectorIndex.Load(location.IndexPath!);
                reason = loaded.Dimensions != embedder.Dimensions || loaded.Count != manifest!.Count
                    ? $"the file holds {loaded.Count} vectors of {loaded.Dimensions} dimensions"
                    : manifest.Mark == mark
                        ? Adopt(loaded, ids, mark)
                        : await CatchUpAsync(db, loaded, manifest, ids, mark, cancellationToken);
                if (reason is null)
                {
                    return loaded;
                }
            }
            catch (USearchException ex)
            {
                reason = $"unreadable ({ex.Message})";
            }

            loaded?.Dispose();
        }

        LogRebuilding(location.IndexPath!, reason);
        return null;
    }

    /// <summary>Takes a file that holds exactly the stored vectors; returns null (no reason to rebuild).</summary>
    private string? Adopt(UsearchVectorIndex loaded, List<int> ids, StoredVectorsMark mark)
    {
        _held.Clear();
        _held.UnionWith(ids);
        _reconciledNewest = mark.NewestComputedAt;
        _mark = mark;
        LogLoaded(location.IndexPath!, mark.Count);
        return null;
    }

    /// <summary>
    /// Brings a file that is behind the database up to date: vectors it lacks or holds an older version of are
    /// added, vectors the database no longer has removed, and the file saved again. Returns why it rebuilds instead
    /// when that would touch more than <see cref="CatchUpShare"/> of the stored vectors (a rebuild costs about the
    /// same then, and gives a graph without holes), or when the manifest cannot bound the ids to probe for removals.
    /// </summary>
    private async Task<string?> CatchUpAsync(
        ClaimTrackerDbContext db, UsearchVectorIndex loaded, ClaimIndexManifest manifest, List<int> ids, StoredVectorsMark mark, CancellationToken cancellationToken)
    {
        var stored = ids.ToHashSet();
        var present = ids.Where(id => loaded.Contains(id)).ToList();
        var surplus = loaded.Count - present.Count;
        var missing = ids.Count - present.Count;
        var divergence = surplus + missing;
        if (divergence > Math.Max(ids.Count, loaded.Count) * CatchUpShare)
        {
            return $"{missing} vectors missing and {surplus} to remove, too many to catch up";
        }

        if (surplus > 0 && manifest.MaxClaimId is null)
        {
            return "the manifest does not bound the claim ids in the file";
        }

        // USearch cannot list its keys: ids the database dropped are found by probing every id up to the file's largest.
        var removed = 0;
        for (var id = 1; removed < surplus && id <= (manifest.MaxClaimId ?? 0); id++)
        {
            if (!stored.Contains(id) && loaded.Remove(id))
            {
                removed++;
            }
        }

        if (removed < surplus)
        {
            return $"{surplus - removed} vectors in the file have ids beyond the manifest's bound";
        }

        _held.Clear();
        _held.UnionWith(present);
        _reconciledNewest = manifest.NewestComputedAt;
        _mark = manifest.Mark;
        await ReconcileAsync(db, loaded, cancellationToken);
        _index = loaded;
        SaveNow();
        LogCaughtUp(location.IndexPath!, missing, removed, mark.Count);
        return null;
    }

    /// <summary>Count, newest time and id checksum of the stored vectors of the current model, and their claim ids.</summary>
    private async Task<(StoredVectorsMark Mark, List<int> Ids)> StoredMarkAsync(ClaimTrackerDbContext db, CancellationToken cancellationToken)
    {
        var model = embedder.ModelId;
        var mark = StoredVectorsMark.Empty;
        var ids = new List<int>();
        var rows = db.ClaimVectors.AsNoTracking().Where(v => v.ModelId == model).Select(v => new { v.ClaimId, v.ComputedAt }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            mark = mark.With(row.ClaimId, row.ComputedAt);
            ids.Add(row.ClaimId);
        }

        return (mark, ids);
    }

    /// <summary>Adds what the index lacks or holds an older version of, removes what the database no longer has.</summary>
    private async Task<bool> ReconcileAsync(ClaimTrackerDbContext db, IVectorIndex index, CancellationToken cancellationToken)
    {
        var model = embedder.ModelId;
        var mark = StoredVectorsMark.Empty;
        var stored = new HashSet<int>();
        var wanted = new List<int>();
        var since = _reconciledNewest;
        var rows = db.ClaimVectors.AsNoTracking().Where(v => v.ModelId == model).Select(v => new { v.ClaimId, v.ComputedAt }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            mark = mark.With(row.ClaimId, row.ComputedAt);
            stored.Add(row.ClaimId);
            if (!_held.Contains(row.ClaimId) || since is null || row.ComputedAt > since)
            {
                wanted.Add(row.ClaimId);
            }
        }

        var gone = _held.Where(id => !stored.Contains(id)).ToList();
        foreach (var id in gone)
        {
            index.Remove(id);
            _held.Remove(id);
        }

        for (var start = 0; start < wanted.Count; start += LoadChunk)
        {
            var chunk = wanted.GetRange(start, Math.Min(LoadChunk, wanted.Count - start));
            var vectors = await db.ClaimVectors.AsNoTracking()
                .Where(v => chunk.Contains(v.ClaimId) && v.ModelId == model)
                .Select(v => new { v.ClaimId, v.Vector })
                .ToListAsync(cancellationToken);
            Put(index, [.. vectors.Select(v => (v.ClaimId, v.Vector))]);
        }

        _reconciledNewest = mark.NewestComputedAt;
        var changed = gone.Count > 0 || wanted.Count > 0 || mark != _mark;
        _mark = mark;
        return changed;
    }

    private void Put(IVectorIndex index, IReadOnlyList<(int ClaimId, byte[] Vector)> rows)
    {
        var usable = rows.Where(r => VectorCodec.DimensionsOf(r.Vector) == embedder.Dimensions).ToList();
        if (index is UsearchVectorIndex approximate)
        {
            // The stored int8 row is exactly what USearch keeps: no decoding, no second rounding.
            approximate.UpsertMany(
                [.. usable.Select(r => (long)r.ClaimId)],
                [.. usable.Select(r => MemoryMarshal.Cast<byte, sbyte>(r.Vector.AsSpan(VectorCodec.EncodedLength(0))).ToArray())]);
        }
        else
        {
            var buffer = new float[embedder.Dimensions];
            foreach (var (claimId, vector) in usable)
            {
                VectorCodec.Decode(vector, buffer);
                index.Upsert(claimId, buffer);
            }
        }

        foreach (var (claimId, _) in usable)
        {
            _held.Add(claimId);
        }
    }

    private async Task ForgetAsync(IEnumerable<int> claimIds, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var id in claimIds)
            {
                _index?.Remove(id);
                _held.Remove(id);
            }

            Changed();
        }
        finally
        {
            _gate.Release();
        }
    }

    private IVectorIndex NewIndex() => location.IsApproximate ? new UsearchVectorIndex(embedder.Dimensions) : new ExactVectorIndex(embedder.Dimensions);

    /// <summary>Marks the file out of date and writes it after a quiet spell; callers hold the gate.</summary>
    private void Changed()
    {
        if (!location.IsApproximate || _disposed)
        {
            return;
        }

        _dirty = true;
        _saveTimer ??= clock.CreateTimer(_ => _saving = SaveSoonAsync(), null, options.Value.SaveDelay, Timeout.InfiniteTimeSpan);
    }

    private async Task SaveSoonAsync()
    {
        try
        {
            if (_disposed)
            {
                return;
            }

            await _gate.WaitAsync();
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        try
        {
            _saveTimer?.Dispose();
            _saveTimer = null;
            if (_dirty && _index is not null && !_disposed)
            {
                // The manifest must describe exactly what the file holds, so catch up with the database first.
                await using var scope = scopes.CreateAsyncScope();
                await ReconcileAsync(scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>(), _index, CancellationToken.None);
                SaveNow();
            }
        }
#pragma warning disable CA1031 // A failed save is retried after the next change; the index in memory stays right.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Claim index: saving {Path} failed", location.IndexPath);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Index first, then its manifest: a crash between leaves a manifest that disagrees, so the next load rebuilds.</summary>
    private void SaveNow()
    {
        if (_index is not UsearchVectorIndex approximate)
        {
            return;
        }

        approximate.Save(location.IndexPath!);
        var bytes = new FileInfo(location.IndexPath!).Length;
        ClaimIndexManifest.For(embedder.ModelId, embedder.Dimensions, _mark, bytes, _held.Count == 0 ? 0 : _held.Max()).Write(location.ManifestPath!);
        _dirty = false;
        LogSaved(location.IndexPath!, _mark.Count, bytes);
    }

    private void DeleteFiles()
    {
        if (location.IsApproximate)
        {
            File.Delete(location.ManifestPath!);
            File.Delete(location.IndexPath!);
        }
    }

    /// <summary>
    /// Releases the index without saving: saving needs the database, which is gone by now. The web app saves when it
    /// stops (<see cref="ClaimVectorService"/>), the CLI before it exits; a change lost here is caught up at next load.
    /// </summary>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _saveTimer?.Dispose();
        Release();
    }

    private void Release()
    {
        (_index as IDisposable)?.Dispose();
        _index = null;
        _gate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Claim index: loaded {Path} ({Count} vectors)")]
    private partial void LogLoaded(string path, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Claim index: rebuilding {Path} from the stored vectors: {Reason}")]
    private partial void LogRebuilding(string path, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Claim index: caught {Path} up with the database ({Missing} missing vectors added, {Removed} removed, {Count} held)")]
    private partial void LogCaughtUp(string path, int missing, int removed, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Claim index: saved {Path} ({Count} vectors, {Bytes} bytes)")]
    private partial void LogSaved(string path, int count, long bytes);
}
