using System.Buffers.Binary;
using System.Numerics.Tensors;

namespace ClaimTracker.Core.Matching;

/// <summary>
/// Compact storage form of a unit vector: one int8 per dimension scaled by the vector's largest magnitude, after
/// a format byte and the float scale (388 bytes for 384 dimensions instead of 1,536). Decoding renormalises, so
/// cosine similarities move by well under 0.01 (see VectorCodecTests).
/// </summary>
public static class VectorCodec
{
    private const byte Int8Format = 1;
    private const int HeaderBytes = 1 + sizeof(float);

    public static int EncodedLength(int dimensions) => HeaderBytes + dimensions;

    public static byte[] Encode(ReadOnlySpan<float> vector)
    {
        var bytes = new byte[EncodedLength(vector.Length)];
        bytes[0] = Int8Format;
        var max = vector.IsEmpty ? 0f : Math.Abs(TensorPrimitives.MaxMagnitude(vector));
        var scale = max > 0 ? max / 127f : 0f;
        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(1), scale);
        for (var i = 0; i < vector.Length; i++)
        {
            var q = scale > 0 ? MathF.Round(vector[i] / scale) : 0f;
            bytes[HeaderBytes + i] = unchecked((byte)(sbyte)Math.Clamp(q, -127f, 127f));
        }

        return bytes;
    }

    public static float[] Decode(ReadOnlySpan<byte> bytes)
    {
        var vector = new float[DimensionsOf(bytes)];
        Decode(bytes, vector);
        return vector;
    }

    /// <summary>Decodes into <paramref name="destination"/> (exactly the stored number of dimensions long).</summary>
    public static void Decode(ReadOnlySpan<byte> bytes, Span<float> destination)
    {
        var dimensions = DimensionsOf(bytes);
        if (destination.Length != dimensions)
        {
            throw new ArgumentException($"The stored vector has {dimensions} dimensions, the destination {destination.Length}.", nameof(destination));
        }

        var scale = BinaryPrimitives.ReadSingleLittleEndian(bytes[1..]);
        for (var i = 0; i < dimensions; i++)
        {
            destination[i] = unchecked((sbyte)bytes[HeaderBytes + i]) * scale;
        }

        var norm = TensorPrimitives.Norm(destination);
        if (norm > 0)
        {
            TensorPrimitives.Divide(destination, norm, destination);
        }
    }

    public static int DimensionsOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderBytes || bytes[0] != Int8Format)
        {
            throw new FormatException("Not a stored claim vector.");
        }

        return bytes.Length - HeaderBytes;
    }
}
