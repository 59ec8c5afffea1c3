namespace ClaimTracker.Extraction.Tests;

/// <summary>A denial hung on the content it denies: ", which the army denied", ", a charge the ministry rejects".</summary>
public sealed class DeniedContentTests
{
    [Theory]
    [InlineData("Villagers said the police had burned the market, which the police denied.", "police")]
    [InlineData("The union said the firm had cut overtime pay, a charge the company rejects.", "company")]
    [InlineData("Tenants said the landlord had ignored the damp, which the landlord has strongly disputed.", "landlord")]
    public void The_source_of_the_denial_denies_the_content_before_it(string text, string denier)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(2, claims.Count);
        var denial = Assert.Single(claims, c => c.Speaker == denier);
        Assert.Equal(claims[0].Text, denial.Text);
        Assert.DoesNotContain(",", claims[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Denies_only_what_the_first_claim_holds_when_its_content_ended_before_the_comma()
    {
        const string text = "The spokesman accused the army of shelling villages in the north, which the army denied.";

        var claims = Extract.Attributed(text);

        var denial = Assert.Single(claims, c => c.Cue == "denied");
        Assert.Equal(Assert.Single(claims, c => c.Cue == "accused").Text, denial.Text);
    }

    [Theory]
    [InlineData("Inspectors said the bridge was unsafe, which surprised nobody.")]
    [InlineData("Inspectors said the bridge was unsafe, which the council denied, and that it should close.")]
    public void Leaves_a_relative_clause_that_denies_nothing_or_does_not_close_the_sentence_in_the_content(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Contains("which", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mira Holt, 29, is charged with arson, which she denies.", "Mira Holt", "denies", "Mira Holt, 29, is charged with arson")]
    [InlineData("The firm was fined for the diesel spill, a charge it disputes.", "firm", "disputes", "The firm was fined for the diesel spill")]
    [InlineData("Karl Aune faces three counts of bribery, which he has always denied.", "Karl Aune", "denied", "Karl Aune faces three counts of bribery")]
    public void A_closing_denial_of_a_reporters_sentence_denies_that_sentence(string text, string speaker, string cue, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((speaker, cue, content), (claim.Speaker, claim.Cue, claim.Text));
    }

    [Theory]
    [InlineData("The plant closed in 2019, which the owners have since regretted.")]
    [InlineData("Fined, which she denies.")]
    public void A_closing_relative_that_is_no_denial_of_the_whole_sentence_is_no_claim(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }
}
