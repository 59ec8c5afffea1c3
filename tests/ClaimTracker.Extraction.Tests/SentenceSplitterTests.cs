namespace ClaimTracker.Extraction.Tests;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Slice(text))];

    [Fact]
    public void Splits_paragraphs_and_sentences_into_trimmed_spans()
    {
        const string text = "First sentence. Second one!\n  Third line";

        Assert.Equal(["First sentence.", "Second one!", "Third line"], Split(text));
    }

    [Theory]
    [InlineData("Mr. Brown met Gen. Ortiz on Feb. 3 at No. 10 Downing St. in London.")]
    [InlineData("The U.S. Senate voted on the bill.")]
    [InlineData("J. R. R. Tolkien wrote it.")]
    [InlineData("Growth slowed to 3.5 percent.")]
    [InlineData("\"Why now?\" she asked.")]
    [InlineData("The allegations ... are ridiculous.")]
    public void Does_not_split_inside_abbreviations_initials_decimals_or_before_lowercase(string text)
    {
        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void Splits_after_punctuation_inside_closing_quotes()
    {
        const string text = "He said \"No.\" Then he left.";

        Assert.Equal(["He said \"No.\"", "Then he left."], Split(text));
    }

    [Fact]
    public void Splits_after_a_dotted_abbreviation_when_a_sentence_opener_follows()
    {
        const string text = "She moved to the U.S. The move was hard.";

        Assert.Equal(["She moved to the U.S.", "The move was hard."], Split(text));
    }

    [Theory]
    [InlineData("The sirens woke her at 5 a.m. \"Everyone was shouting,\" she said.", "The sirens woke her at 5 a.m.")]
    [InlineData("The deal went to Halden Corp. \"It was the best offer,\" he said.", "The deal went to Halden Corp.")]
    public void Splits_after_an_abbreviation_when_a_capitalized_quotation_follows(string text, string first)
    {
        Assert.Equal([first, text[(first.Length + 1)..]], Split(text));
    }

    [Theory]
    [InlineData("She met the Rev. \"Sonny\" Okafor on Sunday.")]
    [InlineData("He flew to the U.S. \"once or twice\" a year.")]
    public void Keeps_a_title_or_a_lowercase_quotation_after_an_abbreviation_in_the_sentence(string text)
    {
        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void Treats_crlf_as_a_paragraph_break_and_keeps_headlines_without_punctuation()
    {
        const string text = "Storm hits coast\r\nThousands lost power.";

        Assert.Equal(["Storm hits coast", "Thousands lost power."], Split(text));
    }

    [Fact]
    public void Splits_after_an_ellipsis_followed_by_a_capitalized_sentence()
    {
        const string text = "He waited... Nobody came.";

        Assert.Equal(["He waited...", "Nobody came."], Split(text));
    }

    [Fact]
    public void Never_joins_sentences_across_a_line_break_even_inside_an_open_quote()
    {
        const string text = "\"We will win\n\"And we will celebrate.\"";

        Assert.Equal(["\"We will win", "\"And we will celebrate.\""], Split(text));
    }
}
