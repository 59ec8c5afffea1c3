using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using ClaimTracker.Core.Matching;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// Nearest-neighbour query over 300,000 stored claim vectors (384 dimensions): the USearch HNSW index the app keeps
/// beside a SQLite database, and exact search (SQL Server, in-memory databases). Target: p95 ≤ 20 ms per query.
/// The vectors are generated like sentence embeddings: 3,000 topics, each claim its topic's direction plus its own
/// noise (claims of a topic have cosine about 0.6), queries near-copies of stored claims (cosine about 0.95), as a
/// reworded claim is. The USearch index is built once, saved in the temp folder and loaded by later runs; its build
/// time, file size, load time, memory and recall against exact search are printed as comment lines, and so is the
/// per-query latency distribution (BenchmarkDotNet's percentiles are over iterations of many queries).
/// Run: <c>dotnet run -c Release --project tests/ClaimTracker.Benchmarks -- --filter *ClaimVectorIndexBenchmarks* --job short</c>
/// (delete <c>claimtracker-bench-claims.usearch</c> in the temp folder to measure the build again).
/// </summary>
[Config(typeof(PercentilesConfig))]
public class ClaimVectorIndexBenchmarks
{
    public const int Stored = 300_000;
    private const int Dimensions = 384;
    private const int Topics = 3_000;
    private const int QueryCount = 1_000;

    private IVectorIndex _index = default!;
    private float[][] _queries = default!;
    private int _next;

    [Params("usearch", "exact")]
    public string Index { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var before = MemoryMb();
        var clock = Stopwatch.StartNew();
        _index = Index == "usearch" ? LoadOrBuildUsearch() : BuildExact();
        GC.Collect();
        Console.WriteLine(Invariant($"// {Index}: {_index.Count:N0} vectors ready in {clock.Elapsed.TotalSeconds:F1} s; process memory grew by {MemoryMb() - before:N0} MB (working set)"));

        _queries = [.. Enumerable.Range(0, QueryCount).Select(q => NearCopy(q * (Stored / QueryCount), q))];
        ReportLatencies();
        if (Index == "usearch")
        {
            ReportRecall();
        }
    }

    [Benchmark]
    public int NearestTen()
    {
        var query = _queries[_next++ % _queries.Length];
        return _index.Search(query, 10).Count;
    }

    [GlobalCleanup]
    public void Cleanup() => (_index as IDisposable)?.Dispose();

    private static UsearchVectorIndex LoadOrBuildUsearch()
    {
        var path = Path.Combine(Path.GetTempPath(), "claimtracker-bench-claims.usearch");
        if (File.Exists(path))
        {
            var clock = Stopwatch.StartNew();
            var loaded = UsearchVectorIndex.Load(path);
            Console.WriteLine(Invariant($"// usearch: loaded {path} ({new FileInfo(path).Length / 1048576.0:F1} MB) in {clock.Elapsed.TotalSeconds:F2} s"));
            return loaded;
        }

        var build = Stopwatch.StartNew();
        var index = new UsearchVectorIndex(Dimensions);
        const int Chunk = 10_000;
        for (var start = 0; start < Stored; start += Chunk)
        {
            // As the app rebuilds from the database: the stored int8 rows go in as they are.
            var ids = Enumerable.Range(start, Chunk).Select(i => (long)i).ToList();
            var rows = ids.Select(i => System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(
                VectorCodec.Encode(Vector((int)i)).AsSpan(VectorCodec.EncodedLength(0))).ToArray()).ToList();
            index.UpsertMany(ids, rows);
        }

        var built = build.Elapsed;
        index.Save(path);
        Console.WriteLine(Invariant($"// usearch: built {Stored:N0} vectors in {built.TotalSeconds:F1} s; saved {new FileInfo(path).Length / 1048576.0:F1} MB to {path}"));
        return index;
    }

    private static ExactVectorIndex BuildExact()
    {
        var index = new ExactVectorIndex(Dimensions);
        var buffer = new float[Dimensions];
        for (var i = 0; i < Stored; i++)
        {
            // As the app loads it: decoded from the stored int8 row.
            VectorCodec.Decode(VectorCodec.Encode(Vector(i)), buffer);
            index.Upsert(i, buffer);
        }

        return index;
    }

    /// <summary>Per-query latency over every prepared query, after a warm-up pass.</summary>
    private void ReportLatencies()
    {
        foreach (var query in _queries)
        {
            _index.Search(query, 10);
        }

        var times = new double[_queries.Length];
        for (var q = 0; q < _queries.Length; q++)
        {
            var start = Stopwatch.GetTimestamp();
            _index.Search(_queries[q], 10);
            times[q] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine(Invariant($"// {Index}: per query over {times.Length} queries: mean {times.Average():F3} ms, p50 {times[times.Length / 2]:F3} ms, p95 {times[(int)(times.Length * 0.95)]:F3} ms, p99 {times[(int)(times.Length * 0.99)]:F3} ms"));
    }

    /// <summary>How many of exact search's ten nearest the index returns, and how often the reworded claim's original is first.</summary>
    private void ReportRecall()
    {
        const int Sample = 200;
        var queries = _queries.Take(Sample).ToArray();
        var best = queries.Select(_ => new PriorityQueue<long, float>()).ToArray();
        var vector = new float[Dimensions];
        for (var i = 0; i < Stored; i++)
        {
            VectorCodec.Decode(VectorCodec.Encode(Vector(i)), vector);
            for (var q = 0; q < Sample; q++)
            {
                var similarity = TensorPrimitives.Dot(queries[q], vector);
                if (best[q].Count < 10)
                {
                    best[q].Enqueue(i, similarity);
                }
                else if (best[q].TryPeek(out _, out var weakest) && similarity > weakest)
                {
                    best[q].DequeueEnqueue(i, similarity);
                }
            }
        }

        var recalled = 0;
        var originalFirst = 0;
        for (var q = 0; q < Sample; q++)
        {
            var found = _index.Search(queries[q], 10).Select(h => h.Id).ToList();
            recalled += found.Intersect(best[q].UnorderedItems.Select(e => e.Element)).Count();
            originalFirst += found.Count > 0 && found[0] == q * (Stored / QueryCount) ? 1 : 0;
        }

        Console.WriteLine(Invariant($"// usearch: recall@10 against exact search {recalled / (Sample * 10.0):P1}; the reworded claim's original first for {originalFirst}/{Sample} queries"));
    }

    private static float[] Vector(int i)
    {
        var topic = Unit(new Random(1_000_000 + (i % Topics)));
        var own = Unit(new Random(i));
        var v = new float[Dimensions];
        TensorPrimitives.MultiplyAdd(own, 0.8f, topic, v);
        return Normalised(v);
    }

    private static float[] NearCopy(int i, int seed)
    {
        var noise = Unit(new Random(2_000_000 + seed));
        var v = new float[Dimensions];
        TensorPrimitives.MultiplyAdd(noise, 0.3f, Vector(i), v);
        return Normalised(v);
    }

    private static float[] Unit(Random random)
    {
        var v = new float[Dimensions];
        for (var d = 0; d < Dimensions; d++)
        {
            v[d] = (float)(random.NextDouble() * 2 - 1);
        }

        return Normalised(v);
    }

    private static float[] Normalised(float[] v)
    {
        TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
        return v;
    }

    private static double MemoryMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64 / 1048576.0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class PercentilesConfig : ManualConfig
    {
        public PercentilesConfig() => AddColumn(StatisticColumn.P95);
    }
}
