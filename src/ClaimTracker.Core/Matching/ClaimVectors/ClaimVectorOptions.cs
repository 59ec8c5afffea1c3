namespace ClaimTracker.Core.Matching;

/// <summary>Which structure answers nearest-claim searches.</summary>
public enum ClaimIndexKind
{
    /// <summary>Approximate on a SQLite file database, exact otherwise.</summary>
    Auto,

    /// <summary>A USearch HNSW graph persisted beside the SQLite database.</summary>
    Approximate,

    /// <summary>Every stored vector compared with the query, held in memory only.</summary>
    Exact,
}

/// <summary>Settings under <c>ClaimVectors</c>: how claim vectors are computed and searched.</summary>
public sealed class ClaimVectorOptions
{
    public const string Section = "ClaimVectors";

    public ClaimIndexKind Index { get; set; } = ClaimIndexKind.Auto;

    /// <summary>
    /// Where the approximate index file goes instead of beside the SQLite database; set it to use the approximate
    /// index with SQL Server too (the file is a cache of the stored vectors, checked against them at load).
    /// </summary>
    public string? IndexPath { get; set; }

    /// <summary>
    /// Whether the web app computes vectors itself after imports. Off for an instance that should never run the
    /// model; `claimtracker vectors rebuild` (from a scheduled job, say) then computes them.
    /// </summary>
    public bool ComputeInBackground { get; set; } = true;

    /// <summary>Claims per model call and per save; each batch is handed to the stored-vector handlers.</summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>
    /// How long the index waits after a change before it writes its file, so a burst of batches is saved once.
    /// </summary>
    public TimeSpan SaveDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the web app looks for claims without vectors that no signal announced (another process's imports).</summary>
    public TimeSpan Sweep { get; set; } = TimeSpan.FromMinutes(5);
}
