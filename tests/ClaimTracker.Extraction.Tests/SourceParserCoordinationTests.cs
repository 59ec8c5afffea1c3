namespace ClaimTracker.Extraction.Tests;

/// <summary>Sources joined by "and": titled people each with an apposition, and lists after a fronted phrase.</summary>
public sealed class SourceParserCoordinationTests
{
    [Fact]
    public void Two_titled_people_joined_by_and_speak_together()
    {
        var claim = Assert.Single(Extract.Attributed(
            "The minister for trade, Ola Brun, and the minister for energy, Eva Lind, said the tariffs would start in March."));

        Assert.Contains("Ola Brun", claim.Speaker, StringComparison.Ordinal);
        Assert.Contains("Eva Lind", claim.Speaker, StringComparison.Ordinal);
        Assert.Equal("the tariffs would start in March", claim.Text);
    }

    [Fact]
    public void A_fronted_prepositional_phrase_stays_out_of_a_list_of_sources()
    {
        var claim = Assert.Single(Extract.Attributed(
            "After talks with the Ministry of Health, Ilvia Soren and Tomas Doran said the clinic would reopen."));

        Assert.Equal("Ilvia Soren and Tomas Doran", claim.Source);
    }

    [Theory]
    [InlineData("The mayor, Ana Roe, said the road was closed.", "Ana Roe")]
    [InlineData("Officials, residents, and the mayor, Ana Roe, said the road was closed.", "Ana Roe")]
    [InlineData("In Lisbon, the mayor and the governor said the port would reopen.", "mayor and the governor")]
    public void A_single_titled_person_or_a_plain_list_is_read_as_before(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }
}
