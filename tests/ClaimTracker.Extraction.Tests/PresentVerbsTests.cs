namespace ClaimTracker.Extraction.Tests;

/// <summary>The present-tense verb list read from the treebanks.</summary>
public sealed class PresentVerbsTests
{
    [Theory]
    [InlineData("believe", "Verb")]
    [InlineData("spreads", "Verb")]
    [InlineData("Live", "Verb")]
    [InlineData("support", "Ambiguous")]
    [InlineData("plans", "Ambiguous")]
    [InlineData("government", "None")]
    [InlineData("is", "None")]
    public void Classes_a_form_by_how_often_the_treebanks_tag_it_a_verb(string word, string expected)
    {
        Assert.Equal(expected, PresentVerbs.Of(word).ToString());
    }
}
