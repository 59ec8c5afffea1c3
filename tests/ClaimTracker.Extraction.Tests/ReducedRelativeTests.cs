namespace ClaimTracker.Extraction.Tests;

/// <summary>A participle after its noun ("the cases reported last week") modifies the noun and reports nothing.</summary>
public sealed class ReducedRelativeTests
{
    [Theory]
    [InlineData("The injuries reported here were all minor.")]
    [InlineData("The thefts reported last month have not been solved.")]
    [InlineData("Several sightings reported in the valley were hoaxes.")]
    [InlineData("The outbreaks announced so far have been small.")]
    public void A_participle_followed_by_the_sentences_own_auxiliary_is_no_cue(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("The coastguard reported there were no survivors.", "there were no survivors")]
    [InlineData("Officials said last week was the busiest of the year.", "last week was the busiest of the year")]
    [InlineData("The agency reported on Friday that the dam had held.", "the dam had held")]
    [InlineData("Police reported on Monday the driver was drunk.", "the driver was drunk")]
    [InlineData("The regulator warned in a damning report that the bank had misled savers.", "the bank had misled savers")]
    [InlineData("The watchdog cautioned in its year-end report that prices would keep rising.", "prices would keep rising")]
    public void A_finite_verb_with_its_own_clause_still_reports(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Footprints found in the valley suggest that people camped there long ago.", "suggest", "Footprints found in the valley")]
    [InlineData("The results reported in the trial show that the drug works.", "show", "The results reported in the trial")]
    public void A_participle_with_a_place_phrase_before_the_sentences_reporting_verb_modifies_its_subject(string text, string cue, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(cue, claim.Cue);
        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("The association representing the growers said it would appeal.", "The association representing the growers", "association")]
    [InlineData("A lawyer acting for the tenants said the eviction was unlawful.", "A lawyer acting for the tenants", "lawyer acting for the tenants")]
    [InlineData("The consortium building the tunnel said costs had doubled.", "The consortium building the tunnel", "consortium")]
    [InlineData("A group representing flood victims said the payments were overdue.", "A group representing flood victims", "group representing flood victims")]
    public void A_source_noun_with_an_ing_participle_and_its_object_speaks_not_the_object(string text, string source, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, speaker), (claim.Source, claim.Speaker));
    }

    [Fact]
    public void An_ing_participle_after_a_word_that_cannot_speak_does_not_take_over_its_object()
    {
        var claim = Assert.Single(Extract.Attributed("After meeting the growers, the minister said the levy would stay."));

        Assert.Equal("minister", claim.Speaker);
    }

    [Theory]
    [InlineData("Rents rose again, according to a survey published on Friday, which warns that tenants are falling behind.", "survey", "tenants are falling behind")]
    [InlineData("An audit released last week warned that the fund was short.", "audit", "the fund was short")]
    public void A_document_with_a_participle_and_its_adjunct_speaks_through_its_noun(string text, string speaker, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Text == content);

        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void Research_with_a_participle_and_its_agent_keeps_the_agent_in_the_speaker()
    {
        var claim = Assert.Single(Extract.Attributed("Research conducted by the Harbour Institute found that the reef was recovering."));

        Assert.Contains("Harbour Institute", claim.Speaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A statement posted online said the bridge was unsafe.", "A statement posted online")]
    [InlineData("A statement released by the ministry and posted online said the bridge was unsafe.", "A statement released by the ministry and posted online")]
    [InlineData("A letter signed by 40 lawmakers and sent to the minister on Tuesday says the bridge was unsafe.", "A letter signed by 40 lawmakers and sent to the minister on Tuesday")]
    public void Participles_handling_a_message_describe_it_and_the_message_speaks(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal("the bridge was unsafe", claim.Text);
        Assert.Equal(SourceKind.Document, claim.SourceKind);
    }

    [Theory]
    [InlineData("A council report released on Tuesday warned that the bridge was unsafe.", "A council report released on Tuesday", "council report")]
    [InlineData("A survey published last year found that the bridge was unsafe.", "A survey published last year", "survey")]
    [InlineData("A lawsuit filed on Monday claims that the bridge was unsafe.", "A lawsuit filed on Monday", "lawsuit")]
    public void A_participle_with_a_time_phrase_describes_the_message_and_stays_out_of_its_name(string text, string source, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, speaker, "the bridge was unsafe"), (claim.Source, claim.Speaker, claim.Text));
    }

    [Fact]
    public void A_message_that_notes_keeps_its_own_verb()
    {
        var claim = Assert.Single(Extract.Attributed("The statement noted that the bridge had been closed twice."), c => c.Cue == "noted");

        Assert.Equal("The statement", claim.Source);
    }
}
