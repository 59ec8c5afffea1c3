using System.Numerics.Tensors;
using ClaimTracker.Core.Matching;

namespace ClaimTracker.Core.Tests.Matching.ClaimVectors;

/// <summary>
/// A fast stand-in for the model where meaning is not the point: each word adds one to a hashed dimension, so
/// texts sharing words land close together. Counts the texts it embedded.
/// </summary>
public sealed class WordHashEmbedder(string modelId = "word-hash/1") : ITextEmbedder
{
    private int _embedded;

    public string ModelId { get; } = modelId;

    public int Dimensions => 384;

    public int Embedded => Volatile.Read(ref _embedded);

    public float[] Embed(string text, CancellationToken cancellationToken = default) => Embed([text], cancellationToken)[0];

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Interlocked.Add(ref _embedded, texts.Count);
        return [.. texts.Select(Vector)];
    }

    public float[] Vector(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split([' ', ',', '.', '"', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            vector[(int)(Fnv1a(word) % (uint)Dimensions)] += 1f;
        }

        // A constant component keeps every vector non-zero, so even a one-word text has a direction.
        vector[0] += 0.1f;
        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    }

    // Stable across processes, unlike string.GetHashCode.
    private static uint Fnv1a(string word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
