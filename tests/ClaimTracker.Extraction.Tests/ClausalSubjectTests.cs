namespace ClaimTracker.Extraction.Tests;

/// <summary>Contents that are clauses or gerunds standing where a subject would: the source is still the noun phrase that speaks.</summary>
public sealed class ClausalSubjectTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Fact]
    public void Attributes_a_free_relative_subject_of_a_passive_cue_to_its_agent()
    {
        const string text = "What happened next was described by witnesses as chaos.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("witnesses", "What happened next ... as chaos"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Keeping the plant open, the union argued, would save jobs.", "the union", "Keeping the plant open ... would save jobs")]
    [InlineData("Closing the border, the minister said, would be a mistake.", "the minister", "Closing the border ... would be a mistake")]
    public void Joins_a_gerund_subject_and_its_predicate_around_a_parenthetical_cue(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void Does_not_take_a_fronted_gerund_clause_as_the_source()
    {
        const string text = "Raising taxes now would hurt growth, economists at the central bank warned.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("economists at the central bank", claim.Source);
        Assert.DoesNotContain("Raising", claim.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Attributes_a_whether_clause_to_the_closing_source()
    {
        const string text = "Whether the dam will hold is unclear, engineers said.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("engineers", "Whether the dam will hold is unclear"), (claim.Source, claim.Text));
    }
}
