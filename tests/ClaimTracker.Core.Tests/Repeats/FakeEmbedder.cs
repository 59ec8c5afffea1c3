using System.Numerics.Tensors;
using ClaimTracker.Core.Matching;

namespace ClaimTracker.Core.Tests.Repeats;

/// <summary>
/// A stand-in sentence model: a bag of lower-cased words hashed into a small unit vector, so sharing words is the
/// only way to be similar. Lets linker tests say exactly which claims are close without loading the real model.
/// </summary>
internal sealed class FakeEmbedder : ITextEmbedder
{
    public string ModelId => "fake-bag-of-words/1";

    public int Dimensions => 256;

    public float[] Embed(string text, CancellationToken cancellationToken = default)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split([' ', '.', ',', '%', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            vector[(int)((uint)StableHash(word) % (uint)Dimensions)] += 1;
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        [.. texts.Select(t => Embed(t, cancellationToken))];

    // string.GetHashCode differs per process; a fixed hash keeps the tests' similarities the same on every run.
    private static int StableHash(string word)
    {
        var hash = 17;
        foreach (var c in word)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
