namespace ClaimTracker.Extraction.Tests;

/// <summary>
/// Infinitive complements of belief, expectation and finding verbs: the object with its infinitive is what is
/// believed ("expect the bridge to reopen"), a by-phrase names the believer of a passive, and wishes, intentions and
/// prepositional "to" phrases report nothing.
/// </summary>
public sealed class InfinitiveTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Theory]
    [InlineData("Officials expect the bridge to reopen in May.", "Officials", "the bridge to reopen in May")]
    [InlineData("Analysts expect inflation to ease.", "Analysts", "inflation to ease")]
    [InlineData("Police believe the man to have fled abroad.", "Police", "the man to have fled abroad")]
    [InlineData("Police believe him to be armed.", "Police", "him to be armed")]
    [InlineData("The agency projects growth to slow to 2 percent next year.", "The agency", "growth to slow to 2 percent next year")]
    [InlineData("Investigators know the gunman to have bought the rifle in March.", "Investigators", "the gunman to have bought the rifle in March")]
    [InlineData("The study found the drug to be safe for children.", "The study", "the drug to be safe for children")]
    public void An_object_with_its_infinitive_is_the_belief_reported(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Officials want the residents to leave the area.")]
    [InlineData("Ministers expect to finish the review by June.")]
    [InlineData("Retailers expect payments to farmers to rise.")]
    [InlineData("The union hopes the talks to resume.")]
    [InlineData("Analysts expect a lot from the new minister.")]
    [InlineData("The children found the dog to be friendly.")]
    [InlineData("Investigators found a way to reopen the road.")]
    [InlineData("Officials know how to handle floods.")]
    public void A_wish_an_intention_or_a_prepositional_to_reports_nothing(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("The suspect is believed by police to have fled to Brenmark.", "police", "The suspect ... to have fled to Brenmark")]
    [InlineData("The gunman was thought by investigators to have acted alone.", "investigators", "The gunman ... to have acted alone")]
    [InlineData("Growth was forecast by the central bank to slow to 2 percent.", "the central bank", "Growth ... to slow to 2 percent")]
    public void A_passive_belief_with_an_agent_has_the_agent_as_source(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The bridge is expected to reopen in May.")]
    [InlineData("The suspect is believed to have fled to Brenmark.")]
    [InlineData("The statue was moved by workers to a new square.")]
    public void A_passive_without_a_believer_is_the_reporters_own(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void A_passive_expectation_inside_a_report_belongs_to_the_reporting_source()
    {
        var claim = Assert.Single(Attributed("The ministry said the talks were expected to resume next week."));

        Assert.Equal(("The ministry", "the talks were expected to resume next week"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The minister appealed to both sides to return to the table.", "The minister", "both sides to return to the table")]
    [InlineData("Police appealed to witnesses to come forward.", "Police", "witnesses to come forward")]
    [InlineData("The bishop pleaded with the rebels to free the hostages.", "The bishop", "the rebels to free the hostages")]
    public void A_plea_to_someone_to_act_reports_what_they_are_asked(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The film appeals to younger viewers.")]
    [InlineData("The club appealed to the league against the ban.")]
    [InlineData("She pleaded with him for hours.")]
    public void An_appeal_to_someone_with_nothing_asked_reports_nothing(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }
}
