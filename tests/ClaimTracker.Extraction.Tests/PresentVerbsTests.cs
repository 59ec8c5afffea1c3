namespace ClaimTracker.Extraction.Tests;

/// <summary>The present-tense verb and adjective list read from the treebanks.</summary>
public sealed class PresentVerbsTests
{
    [Theory]
    [InlineData("believe", "Verb")]
    [InlineData("spreads", "Verb")]
    [InlineData("Live", "Verb")]
    [InlineData("support", "Ambiguous")]
    [InlineData("plans", "Ambiguous")]
    [InlineData("steep", "Adjective")]
    [InlineData("government", "None")]
    [InlineData("is", "None")]
    public void Classes_a_form_by_how_often_the_treebanks_tag_it_a_verb_or_an_adjective(string word, string expected)
    {
        Assert.Equal(expected, PresentVerbs.Of(word).ToString());
    }

    [Theory]
    [InlineData("visits", "Verb")]
    [InlineData("lays", "Ambiguous")]
    [InlineData("steeps", "None")]
    [InlineData("governments", "None")]
    public void An_unlisted_s_form_takes_the_class_of_its_verb_base(string word, string expected)
    {
        Assert.Equal(expected, PresentVerbs.Of(word).ToString());
    }
}
