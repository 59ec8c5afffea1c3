using BenchmarkDotNet.Attributes;
using ClaimTracker.Core.Matching;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// The sentence model's cost per claim on one core (ModelThreads 1, as the web app runs it): one claim alone, as a
/// search embeds its query, and a batch of 32 as bulk embedding runs. Target: ≤ 20 ms per claim.
/// Claims are news sentences of 10 to 40 words. The model loads in the setup, not in the measured calls.
/// Run: <c>dotnet run -c Release --project tests/ClaimTracker.Benchmarks -- --filter *EmbeddingBenchmarks* --job short</c>
/// </summary>
[MemoryDiagnoser]
public class EmbeddingBenchmarks : IDisposable
{
    private const int Batch = 32;

    private static readonly string[] Claims =
    [
        "The council approved the new harbour budget on Tuesday.",
        "Unemployment fell to 4.8 percent in March, the lowest level since 2019, according to the statistics office.",
        "The minister said the bridge repairs would be finished before the summer, despite objections from two unions and the opposition party.",
        "Vaccines do not cause autism in children, the health agency said in a statement.",
        "A video shared thousands of times on social media shows flooding in the capital, but it was filmed in another country three years ago.",
        "Ten thousand trees were planted by the city last year.",
        "The company denied reports that it had paid no tax in the country for a decade and said it had contributed more than 40 million euros in 2024 alone.",
        "Police said three suspects had been arrested after the raid.",
    ];

    private SentenceEmbedder _embedder = default!;
    private string[] _batch = [];

    [Params("MiniLm", "ArcticXs")]
    public string Model { get; set; } = "MiniLm";

    [Params("Float", "Int8")]
    public string Precision { get; set; } = "Int8";

    [GlobalSetup]
    public void Setup()
    {
        _embedder = new SentenceEmbedder(Options.Create(new MatchingOptions { Model = Model, ModelPrecision = Precision, ModelThreads = 1, BatchSize = Batch, ModelIdleMinutes = 0 }));
        _batch = [.. Enumerable.Range(0, Batch).Select(i => Claims[i % Claims.Length])];
        _embedder.Embed(Claims[0]);
    }

    [Benchmark(Description = "one claim")]
    public float[] One() => _embedder.Embed(Claims[1]);

    [Benchmark(Description = "query (retrieval models add their instruction)")]
    public float[] Query() => _embedder.EmbedQuery(Claims[2]);

    /// <summary>Per claim: divide by 32 (the OperationsPerInvoke below does it).</summary>
    [Benchmark(Description = "per claim in a batch of 32", OperationsPerInvoke = Batch)]
    public float[][] BatchOf32() => _embedder.Embed(_batch);

    [GlobalCleanup]
    public void Dispose()
    {
        _embedder.Dispose();
        GC.SuppressFinalize(this);
    }
}
