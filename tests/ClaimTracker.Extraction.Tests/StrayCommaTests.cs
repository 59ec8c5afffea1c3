namespace ClaimTracker.Extraction.Tests;

/// <summary>A stray comma between a subject and its perfect auxiliary does not hide the subject.</summary>
public sealed class StrayCommaTests
{
    [Theory]
    [InlineData("The water board, has said that supplies will be rationed from June.", "The water board", "supplies will be rationed from June")]
    [InlineData("Both unions, have warned that the strike could spread to the ports.", "Both unions", "the strike could spread to the ports")]
    public void Attributes_a_cue_after_a_stray_comma_and_an_auxiliary(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Since March, has warned that the bridge was unsafe.")]
    [InlineData("Last year, had said that the dam would hold.")]
    public void Does_not_take_an_introductory_phrase_before_the_comma_as_the_subject(string text)
    {
        Assert.DoesNotContain(Extract.Attributed(text), c => c.Source is not null && (c.Source.StartsWith("Since", StringComparison.Ordinal) || c.Source.StartsWith("Last", StringComparison.Ordinal)));
    }
}
