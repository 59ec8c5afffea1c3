namespace ClaimTracker.Extraction.Tests;

/// <summary>Chained and framed sources: the medium, the cited party or the addressee is not the source.</summary>
public sealed class FramedSourceTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Fact]
    public void According_to_an_agency_quoting_someone_the_aside_is_neither_source_nor_content()
    {
        var claim = Assert.Single(Attributed("According to the news agency, quoting a fire brigade officer, six warehouses burned down."));

        Assert.Equal("the news agency", claim.Source);
        Assert.Equal("six warehouses burned down", claim.Text);
    }

    [Fact]
    public void A_closing_according_to_followed_by_quoting_leaves_the_aside_out_of_the_content()
    {
        var claim = Assert.Single(Attributed("Six warehouses burned down overnight, according to the news agency, quoting a fire brigade officer."));

        Assert.Equal("the news agency", claim.Source);
        Assert.Equal("Six warehouses burned down overnight", claim.Text);
    }

    [Fact]
    public void A_closing_report_citing_officials_ends_before_the_citation()
    {
        var claim = Assert.Single(Attributed("The port will reopen next month, the gazette reported, citing two harbour officials."));

        Assert.Equal("the gazette", claim.Source);
        Assert.Equal("The port will reopen next month", claim.Text);
    }

    [Fact]
    public void A_document_seen_by_an_outlet_is_the_source()
    {
        var claim = Assert.Single(Attributed("An internal memo seen by the weekly says the smelter will shut in May."));

        Assert.Equal("says", claim.Cue);
        Assert.Contains("internal memo", claim.Speaker);
        Assert.Equal("the smelter will shut in May", claim.Text);
    }

    [Fact]
    public void An_absolute_clause_with_with_has_its_own_source()
    {
        var claims = Attributed("Officials told the radio station every application would be reviewed, with the newspaper reporting that none would be refused.");

        Assert.Equal(2, claims.Count);
        Assert.Equal("every application would be reviewed", claims[0].Text);
        Assert.Equal("Officials", claims[0].Source);
        Assert.Equal("the newspaper", claims[1].Source);
        Assert.Equal("none would be refused", claims[1].Text);
    }

    [Fact]
    public void An_absolute_clause_without_with_has_its_own_source()
    {
        var claim = Assert.Single(Attributed("The form must be returned within a month, the ministry recommending \"a translation service\" if needed."));

        Assert.Equal("the ministry", claim.Source);
        Assert.Equal("recommending", claim.Cue);
    }

    [Fact]
    public void An_absolute_clause_without_a_reporting_verb_is_no_claim()
    {
        Assert.Empty(Attributed("The river burst its banks, with the water reaching the first floor."));
    }

    [Fact]
    public void A_reported_clause_may_open_with_a_concessive_clause()
    {
        var claim = Assert.Single(Attributed("The inspector said although both faults were known, nobody had examined them together."));

        Assert.Equal("although both faults were known, nobody had examined them together", claim.Text);
    }

    [Fact]
    public void A_reporting_verb_followed_by_a_circumstance_reports_nothing()
    {
        Assert.Empty(Attributed("The mayor said as she toured the flooded streets."));
    }

    [Fact]
    public void A_target_year_after_a_reporting_verb_is_no_agent()
    {
        var claim = Assert.Single(Attributed("The planners estimated by 2040, rising demand would double water prices."));

        Assert.Equal("The planners", claim.Source);
        Assert.Equal("by 2040, rising demand would double water prices", claim.Text);
    }

    [Fact]
    public void An_addressee_after_to_is_not_content_and_the_coordinated_verb_reports()
    {
        var claim = Assert.Single(Attributed("The founder tweeted to the apprentice and said she was welcome to visit the plant."));

        Assert.Equal("said", claim.Cue);
        Assert.Equal("she was welcome to visit the plant", claim.Text);
    }

    [Fact]
    public void An_addressee_after_to_may_precede_a_that_clause()
    {
        var claim = Assert.Single(Attributed("The headteacher wrote to the parents that the school would close early."));

        Assert.Equal("the school would close early", claim.Text);
    }

    [Fact]
    public void An_inverted_cue_inside_the_content_keeps_both_halves()
    {
        var claim = Assert.Single(Attributed("Most lenders, said the regulator, must report the losses within a month."));

        Assert.Equal("the regulator", claim.Source);
        Assert.Equal("Most lenders ... must report the losses within a month", claim.Text);
    }

    [Theory]
    [InlineData("The Evening Courier, citing fire brigade records, reported that three warehouses had burned.", "The Evening Courier", "three warehouses had burned")]
    [InlineData("The weekly, quoting two diplomats, said the talks had stalled.", "The weekly", "the talks had stalled")]
    public void A_citing_aside_after_the_subject_is_not_part_of_the_source(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void An_apposition_that_is_no_citing_aside_stays_in_the_source()
    {
        var claim = Assert.Single(Attributed("The Evening Courier, a weekly founded in 1901, reported that three warehouses had burned."));

        Assert.Equal("The Evening Courier, a weekly founded in 1901", claim.Source);
    }

    [Theory]
    [InlineData("The river rose overnight, with residents reporting to the shelters by dawn.")]
    [InlineData("The children wrote to the astronaut, who replied within a week.")]
    [InlineData("A photograph seen by millions shows a boy on a beach.")]
    [InlineData("The film, seen by critics as a masterpiece, tells the story of a miner.")]
    [InlineData("The mayor wrote to the council on Monday.")]
    public void Framing_words_without_a_report_give_no_claim(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void An_absolute_clause_that_admits_a_bare_clause_is_a_claim()
    {
        var claim = Assert.Single(Attributed("The match ended in a draw, the coach admitting defeat was never likely."));

        Assert.Equal(("the coach", "defeat was never likely"), (claim.Source, claim.Text));
    }
}
