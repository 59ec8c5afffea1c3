namespace ClaimTracker.Extraction.Tests;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Splits_paragraphs_and_sentences_into_trimmed_spans()
    {
        const string text = "First sentence. Second one!\n  Third line";

        var sentences = SentenceSplitter.Split(text).Select(s => s.Slice(text)).ToList();

        Assert.Equal(["First sentence.", "Second one!", "Third line"], sentences);
    }
}
