using System.Text;

namespace ClaimTracker.Core.Importing;

/// <summary>
/// Turns the bytes of a text file into a string: a byte-order mark wins (UTF-8, UTF-16 LE/BE), then strict UTF-8,
/// then a charset the document declares, then Windows-1252, the usual encoding of older Western text files.
/// Refuses binary content and bytes that fit none of these with a message the user can act on.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BeBom = [0xFE, 0xFF];

    // Signatures of the binary files people most often pick by mistake: PDF, ZIP (and .docx renamed), PNG, GIF, JPEG, OLE (.doc), gzip, ELF.
    private static readonly byte[][] BinarySignatures =
    [
        [0x25, 0x50, 0x44, 0x46], [0x50, 0x4B, 0x03, 0x04], [0x89, 0x50, 0x4E, 0x47], [0x47, 0x49, 0x46, 0x38],
        [0xFF, 0xD8, 0xFF], [0xD0, 0xCF, 0x11, 0xE0], [0x1F, 0x8B], [0x7F, 0x45, 0x4C, 0x46],
    ];

    // The five bytes Windows-1252 leaves undefined; text that has them is not 1252.
    private static readonly byte[] Undefined1252 = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

    static TextDecoder()
    {
        // .NET Core knows only the Unicode encodings and Latin-1 until the code-page provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding Windows1252 { get; } = GetWindows1252();

    /// <param name="bytes">The whole file.</param>
    /// <param name="declaredCharset">A charset from an HTTP header or an HTML meta tag, used only when the bytes are not UTF-8.</param>
    /// <param name="what">How the message names the input ("notes.txt", "the page").</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, string what)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            return DecodeStrict(StrictUtf8, bytes[3..], what, "UTF-8");
        }

        if (bytes.StartsWith(Utf16LeBom))
        {
            return DecodeStrict(StrictUtf16Le, bytes[2..], what, "UTF-16");
        }

        if (bytes.StartsWith(Utf16BeBom))
        {
            return DecodeStrict(StrictUtf16Be, bytes[2..], what, "UTF-16");
        }

        if (LooksBinary(bytes))
        {
            throw new ImportRejectedException($"{what} looks like a binary file, not text. Upload .txt, .md, .html or .docx.");
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: fall through to the declared or the legacy encoding.
        }

        var declared = FindEncoding(declaredCharset);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            try
            {
                return declared.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                // The declaration is wrong; Windows-1252 is the last resort.
            }
        }

        if (bytes.IndexOfAny(Undefined1252) >= 0)
        {
            throw new ImportRejectedException($"{what} is not in a text encoding ClaimTracker can read (UTF-8, UTF-16 with a byte-order mark, or Windows-1252). Save it as UTF-8 and try again.");
        }

        return Windows1252.GetString(bytes);
    }

    /// <summary>NUL bytes, well-known binary signatures or many control characters mean the file is not text.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        foreach (var signature in BinarySignatures)
        {
            if (bytes.StartsWith(signature))
            {
                return true;
            }
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B))
            {
                controls++;
            }
        }

        return sample.Length > 0 && controls * 100 > sample.Length;
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string what, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportRejectedException($"{what} says it is {name} but its bytes are not valid {name}. Save it again as UTF-8 and retry.");
        }
    }

    private static Encoding? FindEncoding(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"', '\''), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
