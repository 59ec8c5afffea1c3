using System.Text;
using ClaimTracker.Core.Importing;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// Opens a text file strictly: missing, empty, binary or non-UTF-8 input is an error with a one-line reason, found
/// in a first pass over the file before anything is written. The reader then streams it, so a large input is never
/// held whole.
/// </summary>
internal static class InputText
{
    // Below the large-object threshold, so the buffers die young instead of waiting for a full collection.
    private const int ChunkSize = 32 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A reader over the file's text (without a byte-order mark), or null with the reason.</summary>
    public static TextReader? TryOpen(string path, out string error)
    {
        if (!File.Exists(path))
        {
            error = $"file not found: {path}";
            return null;
        }

        FileStream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var bom = SkipByteOrderMark(stream);
            if (!IsText(stream, path, out error))
            {
                stream.Dispose();
                return null;
            }

            stream.Position = bom;
            return new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, ChunkSize);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stream?.Dispose();
            error = $"cannot read {path}: {ex.Message}";
            return null;
        }
    }

    private static int SkipByteOrderMark(FileStream stream)
    {
        Span<byte> head = stackalloc byte[3];
        var read = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        var bom = read == 3 && head.SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        stream.Position = bom;
        return bom;
    }

    /// <summary>True when the rest of the stream is UTF-8 text with something besides white space.</summary>
    private static bool IsText(FileStream stream, string path, out string error)
    {
        // Validating must decode: only decoding carries a character split between two chunks over to the next.
        var decoder = StrictUtf8.GetDecoder();
        var buffer = new byte[ChunkSize];
        var chars = new char[ChunkSize + 4];
        var first = true;
        var blank = true;
        try
        {
            while (true)
            {
                var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                var chunk = buffer.AsSpan(0, read);
                // The binary test looks at the opening bytes for signatures and control characters, and at every byte for NUL.
                if ((first && TextDecoder.LooksBinary(chunk)) || (!first && chunk.IndexOf((byte)0) >= 0))
                {
                    error = $"{path} looks binary; expected UTF-8 text";
                    return false;
                }

                first = false;
                var decoded = decoder.GetChars(chunk, chars, flush: read == 0);
                blank = blank && chars.AsSpan(0, decoded).IsWhiteSpace();
                if (read == 0)
                {
                    break;
                }
            }
        }
        catch (DecoderFallbackException)
        {
            error = $"{path} is not valid UTF-8 text";
            return false;
        }

        error = blank ? $"{path} is empty" : string.Empty;
        return !blank;
    }
}
