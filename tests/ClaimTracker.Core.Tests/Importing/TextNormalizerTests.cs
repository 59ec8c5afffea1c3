using ClaimTracker.Core.Importing;

namespace ClaimTracker.Core.Tests.Importing;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("One.\r\nTwo.", "One.\nTwo.")]
    [InlineData("One.\rTwo.", "One.\nTwo.")]
    [InlineData("\uFEFFOne.", "One.")]
    [InlineData("One.   \nTwo.\t\n", "One.\nTwo.")]
    [InlineData("\n\n\nOne.\n\n\n", "One.")]
    [InlineData("Cafe\u0301", "Caf\u00e9")]
    [InlineData("A\u212B", "A\u00c5")]
    public void Normalizes_line_endings_unicode_and_edges(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.NormalizeBody(input));

    [Fact]
    public void The_same_text_in_different_encodings_and_line_endings_hashes_the_same()
    {
        var windows = TextNormalizer.NormalizeBody(TextDecoder.Decode(
            [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes("Cafe\u0301 owners met.\r\nThe mayor spoke.\r\n")], null, "a"));
        var unix = TextNormalizer.NormalizeBody("Café owners met.\nThe mayor spoke.");

        Assert.Equal(TextNormalizer.ContentHash(unix), TextNormalizer.ContentHash(windows));
    }
}
