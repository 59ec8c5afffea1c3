namespace ClaimTracker.Extraction.Tests;

/// <summary>
/// Reporting verbs in senses whose object is no proposition: a thesis examined, power exercised, things kept up, a
/// part acted, a marriage proposal, a journey begun, a purpose. The speech senses of the same verbs still report.
/// </summary>
public sealed class ObjectSenseTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Theory]
    [InlineData("Tomas Brel successfully defended his dissertation in Leiden.")]
    [InlineData("The Harbour Rovers defended their title against the visitors.")]
    [InlineData("The regent asserted her authority over the northern valleys.")]
    [InlineData("The county maintained the mountain roads throughout the winter.")]
    [InlineData("Ines Vidal portrayed the young queen in the stage version.")]
    [InlineData("Marco Lind proposed to her on the bridge in October.")]
    [InlineData("The two brothers set out for the coast before dawn.")]
    [InlineData("In May, in order to free the quay, the port moved the cranes.")]
    [InlineData("New rules stop travellers from claiming asylum after a second refusal.")]
    [InlineData("The storm hit the cape on Friday, claiming the lives of three fishermen.")]
    [InlineData("Brenna Motors is recalling about 40,000 vehicles because of a faulty seat belt.")]
    [InlineData("The toy maker recalled two batches of wooden rattles last year.")]
    [InlineData("The government recalled its ambassador for consultations.")]
    [InlineData("Lorne Appliances is recalling about 120,000 of its older gas fires.")]
    [InlineData("The carmaker recalled 2.4 million of its hybrids in March.")]
    [InlineData("Kara Osei claimed gold in the 400 metres on Sunday.")]
    [InlineData("The home side claimed the title with two games to spare.")]
    [InlineData("The fever has claimed the life of a second nurse.")]
    public void Reads_a_sense_without_an_utterance_as_no_report(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("The minister defended the decision to close the clinic.", "The minister")]
    [InlineData("Dr Amal Haddad maintained that the samples were clean.", "Dr Amal Haddad")]
    [InlineData("Opposition leaders portrayed the merger as a rescue of the firm.", "Opposition leaders")]
    [InlineData("The treasurer proposed a levy on empty flats.", "The treasurer")]
    [InlineData("The judge ordered the company to pay the fine.", "The judge")]
    [InlineData("The mayor defended the city's decision to close the library.", "The mayor")]
    [InlineData("The minister defended the border policy as humane.", "The minister")]
    [InlineData("A rebel faction claimed responsibility for the blast.", "A rebel faction")]
    [InlineData("The landlord claimed the flood damage was minor.", "The landlord")]
    [InlineData("The insurer claimed that the lives of the crew were never at risk.", "The insurer")]
    [InlineData("The insurer wrote to the court, claiming that the crew had ignored the warnings.", "The insurer")]
    [InlineData("Supporters jeered the linesman, claiming he had ignored a clear penalty.", "Supporters")]
    [InlineData("The retired miner recalled that the shaft had flooded twice.", "The retired miner")]
    [InlineData("The retired miner recalled the night the shaft flooded.", "The retired miner")]
    [InlineData("The veteran recalled 1944 as the hardest winter of the war.", "The veteran")]
    public void Still_reads_the_speech_sense_of_the_same_verbs(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("The avalanche path has claimed at least nine lives this winter, according to the rescue service.", "according to")]
    [InlineData("The virus has claimed more than 200 victims, health officials said.", "said")]
    public void Lives_claimed_inside_a_report_are_no_second_report(string text, string cue)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(cue, claim.Cue);
    }

    [Fact]
    public void A_fronted_gerund_of_a_thing_taken_is_no_second_report()
    {
        var claim = Assert.Single(Attributed("Claiming compensation has become slower, the charity said."));

        Assert.Equal("the charity", claim.Source);
        Assert.Equal("said", claim.Cue);
    }

    [Theory]
    [InlineData("Personal details of about 9,000 customers were stolen in the attack.")]
    [InlineData("Early reports of flooding came from the coast.")]
    [InlineData("Fresh claims of abuse emerged at the weekend.")]
    public void A_reporting_verbs_plural_form_before_of_is_a_noun(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("The coach says of his rival, \"He is the best in the league.\"", "The coach")]
    [InlineData("The union complains of unfair treatment by managers.", "The union")]
    [InlineData("She warns of a hard winter ahead.", "She")]
    public void A_verb_that_takes_of_still_reports(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void Advising_someone_with_no_counsel_given_is_no_report_and_leaves_the_main_verb_its_claim()
    {
        var claim = Assert.Single(Extract.Attributed(
            "Scientists at the council, which advises the ministry, have warned for years that the herring stock is shrinking."));

        Assert.Equal("warned", claim.Cue);
        Assert.Equal("the herring stock is shrinking", claim.Text);
    }

    [Theory]
    [InlineData("The agency advised the ministry to close the fishery.", "the ministry to close the fishery")]
    [InlineData("Police advised drivers that the bridge was closed.", "the bridge was closed")]
    public void Advice_given_is_a_report(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Bird flu was found in Tolvik, the ninth U.S. state to report the virus, federal officials said.", "federal officials")]
    [InlineData("An EU report said the plan had failed.", "An EU report")]
    [InlineData("The U.S. state reported new cases.", "The U.S. state")]
    public void A_base_form_after_a_determiner_and_a_proper_modifier_is_a_noun(string text, string source)
    {
        Assert.Equal(source, Assert.Single(Attributed(text)).Source);
    }

    [Theory]
    [InlineData("Landlord ordered to repay tenants after mould case")]
    [InlineData("Residents told to boil water after pipe burst")]
    [InlineData("Drivers urged to avoid the coast road")]
    public void A_directive_participle_right_before_its_infinitive_is_a_passive_with_no_source(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void A_directive_with_its_addressee_still_reports()
    {
        var claim = Assert.Single(Attributed("The court ordered the landlord to repay the tenants."));

        Assert.Equal(("The court", "the landlord to repay the tenants"), (claim.Source, claim.Text));
    }

    [Fact]
    public void How_someone_spoke_in_a_relative_clause_is_no_content()
    {
        Assert.Empty(Attributed("The player, who commented publicly, was seen in footage."));
    }

    [Theory]
    [InlineData("The early results were promising, she said.", "The early results were promising")]
    [InlineData("The signs are encouraging, the minister said.", "The signs are encouraging")]
    public void An_ing_form_after_be_with_nothing_after_it_is_a_predicate_adjective(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(("said", content), (claim.Cue, claim.Text));
    }

    [Fact]
    public void A_progressive_reporting_verb_with_its_content_still_reports()
    {
        var claims = Extract.Attributed("The minister was warning that cuts would come.");

        Assert.Contains(claims, c => c.Cue == "warning" && c.Text == "cuts would come");
    }

    [Theory]
    [InlineData("The melting also adds to rising sea levels.")]
    [InlineData("The new fees added to the anger of tenants.")]
    public void Add_to_something_is_to_increase_it_not_speech(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Fact]
    public void Added_to_an_addressee_with_a_that_clause_still_reports()
    {
        var claim = Assert.Single(Extract.Attributed("He added to reporters that the plan was dead."));

        Assert.Equal("the plan was dead", claim.Text);
    }

    [Theory]
    [InlineData("Protesters gathered outside the court, chanting slogans against the judges.")]
    [InlineData("Fans chanted abuse at the referee.")]
    [InlineData("The crowd sang hymns outside the cathedral.")]
    [InlineData("Drivers shouted insults at the inspectors.")]
    public void A_kind_of_utterance_named_without_its_words_reports_nothing(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("Protesters marched through the square, chanting \"No more lies\".", "No more lies")]
    [InlineData("Residents shouted that the police had lied.", "the police had lied")]
    public void The_words_of_a_chant_or_shout_are_still_reported(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }
}
