namespace ClaimTracker.Extraction.Tests;

public sealed class LexiconTests
{
    [Fact]
    public void Holds_several_hundred_reporting_lemmas()
    {
        Assert.True(ReportingLexicon.Default.LemmaCount >= 300, $"{ReportingLexicon.Default.LemmaCount} lemmas");
    }

    [Theory]
    [InlineData("says")]
    [InlineData("saying")]
    [InlineData("told")]
    [InlineData("wrote")]
    [InlineData("admitted")]
    [InlineData("admitting")]
    [InlineData("denies")]
    [InlineData("tweeted")]
    [InlineData("argued")]
    [InlineData("arguing")]
    public void Generates_inflections(string form)
    {
        Assert.True(ReportingLexicon.Default.TryGet(form, out _));
    }
}
