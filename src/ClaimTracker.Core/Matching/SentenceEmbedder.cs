using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.Matching;

/// <summary>
/// A <see cref="SentenceModel"/> on ONNX Runtime behind <see cref="ITextEmbedder"/>. The model (about 90 MB of
/// weights) loads on first use, so a process that never matches never pays for it, and with
/// <see cref="MatchingOptions.ModelIdleMinutes"/> set it is released after that long unused and loaded again when
/// next needed. Thread-safe.
/// </summary>
public sealed class SentenceEmbedder : ITextEmbedder, IDisposable
{
    private readonly Lock gate = new();
    private readonly SemaphoreSlim lanes;
    private readonly int batchSize;
    private readonly int threads;
    private readonly TimeProvider time;
    private readonly TimeSpan idle;
    private readonly ITimer? idleTimer;
    private readonly Lazy<QueryAdapter?> adapter;
    private SentenceSession? session;
    private int users;
    private long lastUsed;
    private bool disposed;

    public SentenceEmbedder(IOptions<MatchingOptions> options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        Model = SentenceModel.Named(settings.Model);
        Precision = MatchingOptions.ParsePrecision(settings.ModelPrecision);
        batchSize = Math.Max(1, settings.BatchSize);
        threads = Math.Max(1, settings.ModelThreads);
        lanes = new SemaphoreSlim(Math.Max(1, settings.ModelLanes));
        time = timeProvider ?? TimeProvider.System;
        idle = TimeSpan.FromMinutes(Math.Max(0, settings.ModelIdleMinutes));
        if (idle > TimeSpan.Zero)
        {
            var period = idle / 4 > TimeSpan.FromSeconds(1) ? idle / 4 : TimeSpan.FromSeconds(1);
            idleTimer = time.CreateTimer(_ => ReleaseIfIdle(), null, period, period);
        }

        // Vectors of the int8 variant are close to the float model's but not the same: the variant is part of the
        // identity, so switching precision recomputes stored vectors instead of mixing the two.
        var variant = Precision == SentencePrecision.Full ? string.Empty : "/int8";
        ModelId = $"{Model.Name}/{Model.PackageVersion}/text{MatchingText.Version}{variant}";
        adapter = new Lazy<QueryAdapter?>(() => QueryAdapter.ForSetting(Model, settings.QueryAdapter));
    }

    public SentenceModel Model { get; }

    public SentencePrecision Precision { get; }

    public string ModelId { get; }

    public int Dimensions => Model.Dimensions;

    public bool QueriesEmbedApart => Model.QueryPrefix.Length > 0 || Adapter is not null;

    /// <summary>The map applied to query vectors, or null when queries are the model's own vectors.</summary>
    public QueryAdapter? Adapter => adapter.Value;

    /// <summary>True while the model sits in memory.</summary>
    public bool IsLoaded
    {
        get
        {
            lock (gate)
            {
                return session is not null;
            }
        }
    }

    /// <summary>Where the graph is copied for the runtime to read while it loads (the copy is deleted after).</summary>
    internal string GraphFolder { get; init; } = Path.GetTempPath();

    /// <summary>How many times the model was loaded (a release and a later use load it again).</summary>
    public int Loads { get; private set; }

    public float[] Embed(string text, CancellationToken cancellationToken = default) => Embed([text], cancellationToken)[0];

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        Run(texts, string.Empty, cancellationToken);

    public float[][] EmbedQueries(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var vectors = Run(texts, Model.QueryPrefix, cancellationToken);
        if (Adapter is { } map)
        {
            for (var i = 0; i < vectors.Length; i++)
            {
                vectors[i] = map.Apply(vectors[i]);
            }
        }

        return vectors;
    }

    public float[] EmbedQuery(string text, CancellationToken cancellationToken = default) => EmbedQueries([text], cancellationToken)[0];

    /// <summary>
    /// Without a query instruction the model reads a query as any text, so one model call gives both vectors: the
    /// text's own, and the adapter's map of it.
    /// </summary>
    public (float[] AsQuery, float[] AsText) EmbedForLookup(string text, CancellationToken cancellationToken = default)
    {
        if (Model.QueryPrefix.Length > 0)
        {
            return (EmbedQuery(text, cancellationToken), Embed(text, cancellationToken));
        }

        var asText = Embed(text, cancellationToken);
        return (Adapter?.Apply(asText) ?? asText, asText);
    }

    private float[][] Run(IReadOnlyList<string> texts, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        if (texts.Count == 0)
        {
            return result;
        }

        var prepared = new string[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            prepared[i] = prefix + MatchingText.Prepare(texts[i] ?? string.Empty);
        }

        var loaded = Acquire();
        try
        {
            // A batch is padded to its longest text: batching texts of like length wastes the least work.
            var order = Enumerable.Range(0, prepared.Length).OrderBy(i => prepared[i].Length).ToArray();
            for (var start = 0; start < order.Length; start += batchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var slice = order.AsSpan(start, Math.Min(batchSize, order.Length - start)).ToArray();
                float[][] vectors;
                lanes.Wait(cancellationToken);
                try
                {
                    vectors = loaded.Encode([.. slice.Select(i => prepared[i])], cancellationToken);
                }
                finally
                {
                    lanes.Release();
                }

                for (var j = 0; j < slice.Length; j++)
                {
                    result[slice[j]] = vectors[j];
                }
            }
        }
        finally
        {
            Return();
        }

        return result;
    }

    private SentenceSession Acquire()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (session is null)
            {
                session = new SentenceSession(Model, Precision, threads, GraphFolder);
                Loads++;
            }

            users++;
            lastUsed = time.GetTimestamp();
            return session;
        }
    }

    private void Return()
    {
        lock (gate)
        {
            users--;
            lastUsed = time.GetTimestamp();
            if (disposed && users == 0)
            {
                session?.Dispose();
                session = null;
            }
        }
    }

    /// <summary>Releases the model when nothing has used it for the idle period; the next use loads it again.</summary>
    internal bool ReleaseIfIdle()
    {
        lock (gate)
        {
            if (session is null || users > 0 || time.GetElapsedTime(lastUsed) < idle)
            {
                return false;
            }

            session.Dispose();
            session = null;
            return true;
        }
    }

    public void Dispose()
    {
        idleTimer?.Dispose();
        lock (gate)
        {
            disposed = true;

            // A call still running keeps the session until it returns (see Return).
            if (users == 0)
            {
                session?.Dispose();
                session = null;
            }
        }
    }
}
