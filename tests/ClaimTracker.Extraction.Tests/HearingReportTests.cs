namespace ClaimTracker.Extraction.Tests;

/// <summary>Court reporting: the evidence a court, jury or inquest heard or was told.</summary>
public sealed class HearingReportTests
{
    [Theory]
    [InlineData("The court heard that the lorry driver had worked a 16-hour shift.", "The court", "heard", "the lorry driver had worked a 16-hour shift")]
    [InlineData("The jury was told the gallery had no working alarm.", "The jury", "was told", "the gallery had no working alarm")]
    [InlineData("Jurors were told that the ledger was kept in a locked drawer.", "Jurors", "were told", "the ledger was kept in a locked drawer")]
    [InlineData("The inquest heard she had complained of headaches for weeks.", "The inquest", "heard", "she had complained of headaches for weeks")]
    [InlineData("Leeds Crown Court heard the two men had posed as gas engineers.", "Leeds Crown Court", "heard", "the two men had posed as gas engineers")]
    [InlineData("The court heard that Voss entered the kiosk and demanded cash.", "The court", "heard", "Voss entered the kiosk and demanded cash")]
    [InlineData("Jurors were told that Voss, who had been drinking, entered the kiosk and threatened the owner.", "Jurors", "were told", "Voss, who had been drinking, entered the kiosk and threatened the owner")]
    public void Attributes_the_evidence_put_before_a_hearing(string text, string source, string cue, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(cue, claim.Cue);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The lorry driver had worked a 16-hour shift, the court heard.", "the court", "The lorry driver had worked a 16-hour shift")]
    [InlineData("The ledger was kept in a locked drawer, jurors were told on Wednesday.", "jurors", "The ledger was kept in a locked drawer")]
    [InlineData("Two men posed as gas engineers to enter the flat, Leeds Crown Court heard.", "Leeds Crown Court", "Two men posed as gas engineers to enter the flat")]
    [InlineData("Brandt, 58, kept the cash in a biscuit tin, the court heard.", "the court", "Brandt, 58, kept the cash in a biscuit tin")]
    [InlineData("The van had been stolen a week earlier, a court heard on Monday, as two brothers went on trial.", "a court", "The van had been stolen a week earlier")]
    [InlineData("The ledger was burnt in a garden, the inquest heard, before the police arrived.", "the inquest", "The ledger was burnt in a garden")]
    public void Attributes_the_evidence_to_a_hearing_that_closes_the_sentence(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The driver was tired, the court heard evidence from his employer.")]
    [InlineData("Crowds gathered outside, where the court heard the first case.")]
    [InlineData("The van had been stolen a week earlier, the court heard, and two brothers who drove it were arrested.")]
    public void A_hearing_after_a_comma_closes_nothing_when_more_follows_it(string text)
    {
        Assert.DoesNotContain(Extract.Attributed(text), c => c.Cue == "heard");
    }

    [Fact]
    public void Keeps_how_in_a_hearing_report()
    {
        var claim = Assert.Single(Extract.Attributed("The tribunal heard how the nurse had been moved between wards without notice."));

        Assert.Equal("how the nurse had been moved between wards without notice", claim.Text);
    }

    [Theory]
    [InlineData("The court heard evidence from four witnesses on Tuesday.")]
    [InlineData("The court heard the appeal in March.")]
    [InlineData("The jury was told to disregard the outburst.")]
    [InlineData("The court adjourned until the following morning.")]
    public void Does_not_attribute_a_hearing_without_a_reported_clause(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }
}
