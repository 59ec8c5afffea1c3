namespace ClaimTracker.Extraction.Tests;

/// <summary>Comment clauses with "as" and a verb of saying, which attribute the rest of the sentence.</summary>
public sealed class AsParentheticalTests
{
    [Theory]
    [InlineData("As one grain trader put it, the market has lost its nerve.", "one grain trader", "put it", "the market has lost its nerve")]
    [InlineData("As the coach put it bluntly: \"We were not good enough.\"", "the coach", "put it bluntly", "We were not good enough")]
    [InlineData("The valley has been forgotten, as the bishop put it.", "the bishop", "put it", "The valley has been forgotten")]
    [InlineData("The reservoir is half empty, as the water board noted.", "the water board", "noted", "The reservoir is half empty")]
    public void Attributes_the_sentence_to_the_subject_of_an_as_clause(string text, string source, string cue, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, cue, content), (claim.Source, claim.Cue, claim.Text));
    }

    [Fact]
    public void An_as_clause_inside_the_sentence_joins_the_content_around_it()
    {
        var claim = Assert.Single(Extract.Attributed("Rents, as the housing survey notes, have doubled since 2019."));

        Assert.Equal("housing survey", claim.Speaker);
        Assert.Equal("Rents ... have doubled since 2019", claim.Text);
    }

    [Theory]
    [InlineData("The council did as the mayor said.")]
    [InlineData("The river rose as forecasters predicted.")]
    [InlineData("She put it on the table, as the porter watched.")]
    public void An_as_clause_of_manner_or_time_attributes_nothing(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }
}
