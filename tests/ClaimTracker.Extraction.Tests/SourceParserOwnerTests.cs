namespace ClaimTracker.Extraction.Tests;

/// <summary>Source phrases with an owner ("the town's", "the Bank of England's") before their head noun.</summary>
public sealed class SourceParserOwnerTests
{
    [Theory]
    [InlineData("\"We have no insulin,\" a nurse at the town's only hospital told reporters.", "nurse at the town's only hospital")]
    [InlineData("A nurse at its only working hospital said supplies had run out.", "nurse at its only working hospital")]
    [InlineData("The only survivor said the boat sank at night.", "only survivor")]
    public void Only_between_a_determiner_and_its_noun_is_part_of_the_source(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_source_with_only_is_that_whole_description()
    {
        const string text = "\"We have no insulin,\" a nurse at the town's only working hospital said. He asked not to be named.";

        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "He");

        Assert.Equal("nurse at the town's only working hospital", claim.Speaker);
    }

    [Theory]
    [InlineData("The Chamber of Trade's chief economist, Ruth Adebayo, said firms were struggling.", "Ruth Adebayo")]
    [InlineData("The Bank of Westland's deputy governor, Ivo Marsh, said rates would stay high.", "Ivo Marsh")]
    public void A_role_whose_owner_has_a_complement_takes_the_name_in_apposition(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void A_possessive_inside_the_head_nouns_complement_is_not_the_owner()
    {
        const string text = "A leaflet on the council's website states that bins are emptied weekly.";

        var claim = Assert.Single(Extract.Attributed(text));

        Assert.StartsWith("leaflet", claim.Speaker);
    }
}
