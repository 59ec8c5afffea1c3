namespace ClaimTracker.Extraction.Tests;

/// <summary>
/// Verbs that ascribe their object to a cause ("blamed the delays on the contractor", "attributed the rise to a
/// variant"): the claim is the object together with its cause; a date after the preposition names no cause, and a
/// participle right before its preposition describes a noun instead of reporting.
/// </summary>
public sealed class AscriptionTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Theory]
    [InlineData("Mayor Tessa Orlin blamed the delays on the contractor.", "Mayor Tessa Orlin", "the delays on the contractor")]
    [InlineData("Farmers in the valley blame the drought on a changing climate.", "Farmers in the valley", "the drought on a changing climate")]
    [InlineData("Health officials attributed the rise in cases to a new variant.", "Health officials", "the rise in cases to a new variant")]
    [InlineData("The ferry company blamed the cancellations on the storm in a statement.", "The ferry company", "the cancellations on the storm")]
    public void Keeps_the_cause_with_the_object_it_is_blamed_for(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void Reads_a_date_after_the_object_as_no_cause()
    {
        var claim = Assert.Single(Attributed("Coach Dario Velt blamed the referee on Sunday for the defeat."));

        Assert.StartsWith("the referee", claim.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sunday", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_a_blame_without_a_cause_phrase_as_its_object()
    {
        var claim = Assert.Single(Attributed("Investors blamed the central bank."));

        Assert.Equal("the central bank", claim.Text);
    }

    [Theory]
    [InlineData("A statement attributed to the rebel group appeared online on Tuesday.")]
    [InlineData("The outage, blamed on a faulty cable, lasted six hours.")]
    [InlineData("The fire was blamed on faulty wiring.")]
    public void Reads_a_participle_before_its_preposition_as_no_report(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("The company put the losses down to higher fuel costs.", "The company", "the losses down to higher fuel costs")]
    [InlineData("Coach Dario Velt puts the defeat down to fatigue.", "Coach Dario Velt", "the defeat down to fatigue")]
    public void Putting_an_outcome_down_to_a_cause_ascribes_it(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("She put the box down to rest her arms.")]
    [InlineData("The workers put their tools down to protest the cuts.")]
    public void Putting_a_thing_down_for_a_purpose_ascribes_nothing(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("Experts blame the fall on misinformation and on the cost of travel.", "the fall on misinformation and on the cost of travel")]
    [InlineData("Doctors blamed the outbreak on low vaccination and on crowded housing.", "the outbreak on low vaccination and on crowded housing")]
    public void Causes_joined_by_and_with_the_preposition_again_are_one_ascription(string text, string content)
    {
        Assert.Equal(content, Assert.Single(Extract.Attributed(text)).Text);
    }
}
