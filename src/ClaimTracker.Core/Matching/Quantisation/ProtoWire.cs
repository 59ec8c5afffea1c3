using Google.Protobuf;

namespace ClaimTracker.Core.Matching.Quantisation;

/// <summary>
/// The protobuf wire format at the level of single fields over a stream, so an ONNX graph of 90 MB can be read
/// one field at a time instead of parsed whole into memory.
/// </summary>
internal static class ProtoWire
{
    public const int Varint = 0;
    public const int Fixed64 = 1;
    public const int Delimited = 2;
    public const int Fixed32 = 5;

    /// <summary>The next field's number and wire type, or false at the end of the stream.</summary>
    public static bool TryReadTag(Stream stream, out int field, out int wireType)
    {
        var first = stream.ReadByte();
        if (first < 0)
        {
            field = wireType = 0;
            return false;
        }

        var tag = ReadVarint(stream, first);
        field = (int)(tag >> 3);
        wireType = (int)(tag & 7);
        return true;
    }

    public static ulong ReadVarint(Stream stream, int first = -1)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = first >= 0 ? first : stream.ReadByte();
            first = -1;
            if (b < 0)
            {
                throw new InvalidDataException("The ONNX graph ends inside a number.");
            }

            value |= (ulong)(b & 0x7f) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new InvalidDataException("The ONNX graph holds a malformed number.");
    }

    public static long ReadLength(Stream stream)
    {
        var length = ReadVarint(stream);
        return length <= int.MaxValue ? (long)length : throw new InvalidDataException("The ONNX graph holds a field over 2 GB.");
    }

    public static byte[] ReadBytes(Stream stream, long length)
    {
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)length));
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Reads past the value of a field whose tag was just read.</summary>
    public static void Skip(Stream stream, int wireType)
    {
        switch (wireType)
        {
            case Varint:
                ReadVarint(stream);
                break;
            case Fixed64:
                Discard(stream, 8);
                break;
            case Delimited:
                Discard(stream, ReadLength(stream));
                break;
            case Fixed32:
                Discard(stream, 4);
                break;
            default:
                throw new InvalidDataException($"The ONNX graph holds a field of unknown wire type {wireType}.");
        }
    }

    /// <summary>The raw bytes of a field's value (its length prefix excluded for delimited fields).</summary>
    public static byte[] ReadValue(Stream stream, int wireType) => wireType switch
    {
        Varint => VarintBytes(ReadVarint(stream)),
        Fixed64 => ReadBytes(stream, 8),
        Delimited => ReadBytes(stream, ReadLength(stream)),
        Fixed32 => ReadBytes(stream, 4),
        _ => throw new InvalidDataException($"The ONNX graph holds a field of unknown wire type {wireType}."),
    };

    public static void WriteTag(Stream stream, int field, int wireType) => WriteVarint(stream, ((ulong)field << 3) | (uint)wireType);

    public static void WriteVarint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    /// <summary>A field as read by <see cref="ReadValue"/>, written back unchanged.</summary>
    public static void WriteValue(Stream stream, int field, int wireType, byte[] value)
    {
        WriteTag(stream, field, wireType);
        if (wireType == Delimited)
        {
            WriteVarint(stream, (ulong)value.Length);
        }

        stream.Write(value);
    }

    public static void WriteMessage(Stream stream, int field, IMessage message)
    {
        WriteTag(stream, field, Delimited);
        WriteVarint(stream, (ulong)message.CalculateSize());
        message.WriteTo(stream);
    }

    public static long MessageSize(int field, IMessage message)
    {
        var size = message.CalculateSize();
        return CodedOutputStream.ComputeTagSize(field) + CodedOutputStream.ComputeLengthSize(size) + size;
    }

    public static long ValueSize(int field, int wireType, byte[] value) =>
        CodedOutputStream.ComputeTagSize(field)
        + (wireType == Delimited ? CodedOutputStream.ComputeLengthSize(value.Length) : 0)
        + value.Length;

    private static byte[] VarintBytes(ulong value)
    {
        using var buffer = new MemoryStream(10);
        WriteVarint(buffer, value);
        return buffer.ToArray();
    }

    private static void Discard(Stream stream, long count)
    {
        if (stream.CanSeek)
        {
            stream.Seek(count, SeekOrigin.Current);
            return;
        }

        Span<byte> scratch = stackalloc byte[4096];
        while (count > 0)
        {
            var read = stream.Read(scratch[..(int)Math.Min(scratch.Length, count)]);
            if (read == 0)
            {
                throw new EndOfStreamException("The ONNX graph ends inside a field.");
            }

            count -= read;
        }
    }
}
