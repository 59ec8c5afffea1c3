namespace ClaimTracker.Core.Matching.Quantisation;

/// <summary>The next <paramref name="length"/> bytes of a stream, read as a stream of their own (one nested message).</summary>
internal sealed class LimitedStream(Stream inner, long length) : Stream
{
    private readonly long size = length;
    private long left = length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => size;

    public override long Position
    {
        get => size - left;
        set => throw new NotSupportedException();
    }

    public override int ReadByte()
    {
        if (left <= 0)
        {
            return -1;
        }

        var b = inner.ReadByte();
        if (b < 0)
        {
            throw new EndOfStreamException("The ONNX graph ends inside a message.");
        }

        left--;
        return b;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (left <= 0 || buffer.IsEmpty)
        {
            return 0;
        }

        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, left)]);
        if (read == 0)
        {
            throw new EndOfStreamException("The ONNX graph ends inside a message.");
        }

        left -= read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
