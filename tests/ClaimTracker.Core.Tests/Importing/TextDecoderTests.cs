using System.Text;
using ClaimTracker.Core.Importing;

namespace ClaimTracker.Core.Tests.Importing;

public sealed class TextDecoderTests
{
    private const string Sample = "Café owners said “prices rose” — 5 €.";

    [Fact]
    public void Reads_utf8_without_a_byte_order_mark() =>
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), null, "notes.txt"));

    [Fact]
    public void Reads_utf8_with_a_byte_order_mark_and_drops_the_mark() =>
        Assert.Equal(Sample, TextDecoder.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)], null, "notes.txt"));

    [Fact]
    public void Reads_utf16_little_endian_with_a_byte_order_mark() =>
        Assert.Equal(Sample, TextDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)], null, "notes.txt"));

    [Fact]
    public void Reads_utf16_big_endian_with_a_byte_order_mark() =>
        Assert.Equal(Sample, TextDecoder.Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)], null, "notes.txt"));

    [Fact]
    public void Falls_back_to_windows_1252_for_text_that_is_not_utf8()
    {
        var bytes = TextDecoder.Windows1252.GetBytes(Sample);

        Assert.Equal(Sample, TextDecoder.Decode(bytes, null, "notes.txt"));
    }

    [Fact]
    public void Uses_a_declared_charset_when_the_bytes_are_not_utf8()
    {
        var latin2 = CodePagesEncodingProvider.Instance.GetEncoding("iso-8859-2")!;
        const string Polish = "Łódź: rząd obniżył podatki.";

        Assert.Equal(Polish, TextDecoder.Decode(latin2.GetBytes(Polish), "iso-8859-2", "the page"));
    }

    [Fact]
    public void Ignores_a_declared_charset_when_the_bytes_are_valid_utf8() =>
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), "windows-1252", "the page"));

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 })]
    [InlineData(new byte[] { 0x48, 0x65, 0x6C, 0x00, 0x6C, 0x6F })]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x41, 0x42 })]
    public void Rejects_binary_content(byte[] bytes)
    {
        var error = Assert.Throws<ImportRejectedException>(() => TextDecoder.Decode(bytes, null, "photo.txt"));

        Assert.Contains("photo.txt looks like a binary file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_bytes_that_fit_no_supported_encoding()
    {
        // 0x81 and 0x8D are not UTF-8 and are undefined in Windows-1252.
        byte[] bytes = [0x53, 0x61, 0x69, 0x64, 0x20, 0x81, 0x8D, 0x20, 0x6F, 0x6B];

        var error = Assert.Throws<ImportRejectedException>(() => TextDecoder.Decode(bytes, null, "notes.txt"));

        Assert.Contains("not in a text encoding", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_utf16_with_a_byte_order_mark_but_broken_content()
    {
        // A lone high surrogate, then an odd trailing byte.
        byte[] bytes = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00, 0x42];

        var error = Assert.Throws<ImportRejectedException>(() => TextDecoder.Decode(bytes, null, "notes.txt"));

        Assert.Contains("not valid UTF-16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_utf8_with_a_byte_order_mark_but_invalid_bytes()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28];

        var error = Assert.Throws<ImportRejectedException>(() => TextDecoder.Decode(bytes, null, "notes.txt"));

        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }
}
