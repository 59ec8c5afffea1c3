using System.Numerics.Tensors;
using ClaimTracker.Core.Matching;

namespace ClaimTracker.Core.Tests.Matching;

public sealed class VectorCodecTests
{
    [Fact]
    public void A_stored_vector_takes_one_byte_per_dimension_plus_a_small_header()
    {
        var bytes = VectorCodec.Encode(RandomUnitVector(384, seed: 1));

        Assert.Equal(389, bytes.Length);
    }

    [Fact]
    public void Decoding_keeps_similarities_within_a_hundredth()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var a = RandomUnitVector(384, seed);
            var b = RandomUnitVector(384, seed + 100);
            TensorPrimitives.Add(a, b, b);
            TensorPrimitives.Divide(b, TensorPrimitives.Norm(b), b);

            var decodedA = VectorCodec.Decode(VectorCodec.Encode(a));
            var decodedB = VectorCodec.Decode(VectorCodec.Encode(b));

            Assert.Equal(1f, TensorPrimitives.Norm(decodedA), 4);
            Assert.True(TensorPrimitives.Dot(a, decodedA) > 0.999f);
            Assert.Equal(TensorPrimitives.Dot(a, b), TensorPrimitives.Dot(decodedA, decodedB), tolerance: 0.01f);
        }
    }

    [Fact]
    public void A_zero_vector_survives_a_round_trip()
    {
        Assert.All(VectorCodec.Decode(VectorCodec.Encode(new float[8])), x => Assert.Equal(0f, x));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 9, 0, 0, 0, 0, 1 })]
    public void Bytes_that_are_no_stored_vector_are_refused(byte[] bytes)
    {
        Assert.Throws<FormatException>(() => VectorCodec.Decode(bytes));
    }

    internal static float[] RandomUnitVector(int dimensions, int seed)
    {
        var random = new Random(seed);
        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = (float)(random.NextDouble() * 2 - 1);
        }

        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    }
}
