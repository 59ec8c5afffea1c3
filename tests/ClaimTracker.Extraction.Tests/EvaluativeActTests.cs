namespace ClaimTracker.Extraction.Tests;

/// <summary>Evaluative and decision acts on a noun object: the object, with its predicate, is the content.</summary>
public sealed class EvaluativeActTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Fact]
    public void A_welcomed_decision_is_the_content()
    {
        var claim = Assert.Single(Attributed("The dockers' union welcomed the tribunal's decision."));

        Assert.Equal("welcomed", claim.Cue);
        Assert.Equal("The dockers' union", claim.Source);
        Assert.Equal("the tribunal's decision", claim.Text);
    }

    [Fact]
    public void Welcoming_people_reports_nothing()
    {
        Assert.Empty(Attributed("The headmistress welcomed the new pupils at the gate."));
        Assert.Empty(Attributed("The new pupils were welcomed by the headmistress."));
    }

    [Fact]
    public void A_greeting_with_an_as_predicate_keeps_the_predicate()
    {
        var claim = Assert.Single(Attributed("Fishing cooperatives greeted the new quota as long overdue."));

        Assert.Equal("Fishing cooperatives", claim.Source);
        Assert.Equal("the new quota as long overdue", claim.Text);
    }

    [Fact]
    public void A_passive_welcome_of_a_ruling_names_its_agent()
    {
        var claim = Assert.Single(Attributed("The verdict was welcomed by relatives of the miners."));

        Assert.Equal("The verdict", claim.Text);
        Assert.Contains("relatives of the miners", claim.Source);
    }

    [Theory]
    [InlineData("The appeals court upheld the eviction order on Tuesday.", "upheld", "the eviction order")]
    [InlineData("The constitutional court overturned the ban.", "overturned", "the ban")]
    [InlineData("The high court struck down the curfew law.", "struck down", "the curfew law")]
    [InlineData("A regional court quashed the fines.", "quashed", "the fines")]
    [InlineData("The magistrate threw out the case.", "threw out", "the case")]
    public void A_court_decision_on_a_ruling_or_law_is_reported(string text, string cue, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(cue, claim.Cue);
        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void Overturning_a_thing_is_no_decision()
    {
        Assert.Empty(Attributed("The storm overturned a lorry on the coast road."));
    }

    [Theory]
    [InlineData("The minister labelled the strike illegal.", "labelled")]
    [InlineData("The regulator signalled that rates would stay high.", "signalled")]
    public void British_spellings_of_a_doubled_past_are_cues(string text, string cue)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(cue, claim.Cue);
    }

    [Theory]
    [InlineData("labelling")]
    [InlineData("labeling")]
    [InlineData("signalled")]
    [InlineData("upheld")]
    [InlineData("thrown")]
    public void Generates_both_spellings_and_irregular_forms(string form)
    {
        Assert.True(ReportingLexicon.Default.TryGet(form, out _));
    }

    [Fact]
    public void A_document_that_reads_a_quotation_is_its_source()
    {
        var claim = Assert.Single(Attributed("The council's letter reads \"all permits are suspended until further notice\"."));

        Assert.Equal("reads", claim.Cue);
        Assert.Equal("The council's letter", claim.Source);
        Assert.Equal(ClaimKind.Direct, claim.Kind);
    }

    [Fact]
    public void Reading_a_text_aloud_without_a_quotation_reports_nothing()
    {
        Assert.Empty(Attributed("The mayor read the names of the victims aloud."));
    }
}
