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

    [Theory]
    [InlineData("The novelist paid tribute online, calling her \"a giant of the form\".", "The novelist", "her \"a giant of the form\"")]
    [InlineData("The mayor toured the flooded estate, calling it a disgrace.", "The mayor", "it a disgrace")]
    public void A_naming_participle_after_a_deed_is_a_verdict_of_the_subject(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, "calling", content), (claim.Source, claim.Cue, claim.Text));
    }

    [Fact]
    public void A_naming_participle_without_a_predicate_reports_nothing()
    {
        Assert.Empty(Attributed("The firm hired 200 staff, calling a meeting for Monday."));
    }

    [Theory]
    [InlineData("Farm unions welcomed the stalemate.", "the stalemate")]
    [InlineData("Rights groups greeted the arrests as a first step.", "the arrests as a first step")]
    [InlineData("The opposition welcomed the postponement.", "the postponement")]
    [InlineData("Independent experts broadly welcomed the study.", "the study")]
    public void The_outcome_of_a_process_is_received_like_a_decision(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Economists welcomed the inflation data.", "the inflation data")]
    [InlineData("The central bank dismissed the forecasts as too gloomy.", "the forecasts as too gloomy")]
    [InlineData("Farmers welcomed the early warning from forecasters.", "the early warning from forecasters")]
    [InlineData("Astronomers welcomed the new figures but said more were needed.", "the new figures")]
    public void Figures_and_warnings_put_forward_are_received_like_a_finding(string text, string content)
    {
        var claims = Attributed(text);

        Assert.Equal(content, claims[0].Text);
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

    [Theory]
    [InlineData("The jury found him guilty of arson.", "him guilty of arson")]
    [InlineData("A tribunal found the two officers not guilty on all counts.", "the two officers not guilty on all counts")]
    [InlineData("The court ruled the curfew unlawful.", "the curfew unlawful")]
    public void A_verdict_is_the_object_with_its_predicate(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void Finding_a_thing_is_no_verdict()
    {
        Assert.Empty(Attributed("The divers found the wreck off the northern cape."));
    }

    [Theory]
    [InlineData("A columnist for the weekly found it \"tired and joyless\".", "A columnist for the weekly")]
    [InlineData("The Herald praised the album, while a reviewer for a music monthly found it \"tired and joyless\".", "a reviewer for a music monthly")]
    public void Finding_it_a_quoted_judgment_is_a_verdict(string text, string source)
    {
        var claim = Assert.Single(Attributed(text), c => c.Cue == "found");

        Assert.Equal((source, "it \"tired and joyless\""), (claim.Source, claim.Text));
    }

    [Fact]
    public void Finding_it_in_a_quoted_state_somewhere_is_no_verdict()
    {
        Assert.Empty(Attributed("Police found it \"abandoned\" near the river."));
    }

    [Theory]
    [InlineData("The census figures show the town's population fell for a decade.", "The census figures", "the town's population fell for a decade")]
    [InlineData("The survey results suggest most tenants would leave.", "The survey results", "most tenants would leave")]
    [InlineData("The hospital records indicate she was never admitted.", "The hospital records", "she was never admitted")]
    public void A_record_or_finding_states_a_bare_clause(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The figures show a sharp rise in rents.")]
    [InlineData("The results show the newly appointed board.")]
    public void A_record_showing_a_noun_phrase_is_not_a_report(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void A_person_showing_a_bare_clause_is_not_a_report()
    {
        Assert.Empty(Attributed("The guide showed the visitors walked too fast."));
    }

    [Theory]
    [InlineData("The landslide claimed the lives of 40 villagers.")]
    [InlineData("Storm Imogen claimed three lives on the coast.")]
    [InlineData("The family hopes to claim asylum in Norway.")]
    [InlineData("The visiting side conceded a penalty in the second half.")]
    [InlineData("Detectives questioned the driver for six hours.")]
    [InlineData("Officers arrested and questioned two men.")]
    public void A_taking_a_score_or_an_interrogation_is_not_a_report(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("The militia claimed responsibility for the ambush.", "responsibility for the ambush")]
    [InlineData("The auditor questioned the council's accounting.", "the council's accounting")]
    public void The_asserting_sense_still_reports(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void A_participle_after_while_shares_the_subject()
    {
        var claims = Attributed("The chancellor defended the budget whilst promising that pensions would rise.");

        Assert.Equal(2, claims.Count);
        Assert.Equal("the budget", claims[0].Text);
        Assert.Equal("promising", claims[1].Cue);
        Assert.Equal("pensions would rise", claims[1].Text);
        Assert.Equal("The chancellor", claims[1].Source);
    }

    [Theory]
    [InlineData("Figures released by the statistics office show that unemployment fell.", "Figures released by the statistics office", "unemployment fell")]
    [InlineData("Figures released by the statistics office show unemployment fell to 4 percent.", "Figures released by the statistics office", "unemployment fell to 4 percent")]
    [InlineData("Data collected by the satellite show the ice shelf is thinning.", "Data collected by the satellite", "the ice shelf is thinning")]
    [InlineData("Results of the trials, published in a medical journal in 2019, show the drug reduced deaths.", "Results of the trials, published in a medical journal in 2019", "the drug reduced deaths")]
    public void Findings_with_a_participle_phrase_agree_through_their_head_noun(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void A_participle_phrase_with_a_show_of_things_is_still_no_report()
    {
        Assert.Empty(Attributed("Photographs released by the museum show a crowded harbour in 1900."));
    }

    [Theory]
    [InlineData("The sign at the gate reads: \"No entry after dark.\"", "The sign at the gate", "No entry after dark")]
    [InlineData("A banner on the bridge read \"Our river, our future.\"", "A banner on the bridge", "Our river, our future")]
    public void A_sign_or_banner_that_reads_a_quotation_is_its_source(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content, ClaimKind.Direct), (claim.Source, claim.Text, claim.Kind));
    }

    [Theory]
    [InlineData("He hung a sign on the door.")]
    [InlineData("Early signs show the economy is slowing.")]
    public void Signs_without_a_quotation_report_nothing(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("The scientists found crop yields had fallen by a tenth.", "The scientists", "crop yields had fallen by a tenth")]
    [InlineData("Investigators determined the wiring was faulty.", "Investigators", "the wiring was faulty")]
    public void Researchers_report_findings_as_a_bare_clause(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The researchers found a new species of frog.")]
    [InlineData("The children found the dog was hiding.")]
    public void Finding_a_thing_or_a_finding_by_anyone_else_is_no_report(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("The health ministry put the death toll at 112.", "The health ministry", "the death toll at 112")]
    [InlineData("Insurers placed the damage at $2 billion.", "Insurers", "the damage at $2 billion")]
    public void Putting_a_count_or_cost_at_a_figure_reports_the_figure(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("She put the book at the end of the shelf.")]
    [InlineData("He put the number at the top of the page.")]
    public void Putting_a_thing_at_a_place_reports_nothing(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("The appeals court reversed the zoning decision on Monday.", "reversed", "the zoning decision")]
    [InlineData("The harbour commission approved the merger of the two ferry lines.", "approved", "the merger of the two ferry lines")]
    [InlineData("The regional court has suspended the eviction order pending a full hearing.", "suspended", "the eviction order pending a full hearing")]
    public void Reversing_or_approving_a_decision_is_a_decision_act(string text, string cue, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(cue, claim.Cue);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The lorry reversed the last few metres into the yard.")]
    [InlineData("The inspectors approved the new pupils for the choir.")]
    [InlineData("The rowing club suspended the captain for two races.")]
    public void Reversing_or_approving_things_that_are_no_decision_reports_nothing(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("The transport minister has not ruled out higher fares for commuters.", "The transport minister", "higher fares for commuters")]
    [InlineData("Health officials ruled out a second closure of the schools.", "Health officials", "a second closure of the schools")]
    [InlineData("She has ruled out that the fire was started deliberately.", "She", "the fire was started deliberately")]
    public void Ruling_out_a_possibility_reports_it(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal("ruled out", claim.Cue);
        Assert.Equal(source, claim.Source);
        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void An_appeal_for_witnesses_is_a_request_reported()
    {
        var claim = Assert.Single(Attributed("Detectives in Carrow appealed for anyone who saw the van to come forward."));

        Assert.Equal("appealed for", claim.Cue);
        Assert.Equal("anyone who saw the van to come forward", claim.Text);
    }

    [Theory]
    [InlineData("The singer's family has asked for privacy.", "asked for", "The singer's family", "privacy")]
    [InlineData("When tenants ask for repairs, landlords often stall.", "ask for", "tenants", "repairs")]
    public void Asking_for_something_is_a_request_reported(string text, string cue, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((cue, source, content), (claim.Cue, claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The ferry operator's owners apologised for the cancellations.", "apologised for")]
    [InlineData("The district council apologized for the flooded basements.", "apologized for")]
    public void An_apology_reports_what_it_is_for(string text, string cue)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(cue, claim.Cue);
        Assert.StartsWith("the ", claim.Text);
    }

    [Fact]
    public void An_apology_without_its_object_reports_nothing()
    {
        Assert.Empty(Attributed("The district council apologized."));
    }

    [Theory]
    [InlineData("The inspector described the repairs as adequate but late.", "the repairs as adequate but late")]
    [InlineData("The auditor called the accounts sound but not yet complete.", "the accounts sound but not yet complete")]
    [InlineData("The union described the offer as welcome but small in a letter to members.", "the offer as welcome but small")]
    public void A_predicate_coordinated_with_but_stays_with_its_object(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void A_new_clause_after_but_ends_the_predicate()
    {
        var claims = Attributed("The inspector described the repairs as adequate but the owners disputed the report.");

        Assert.Contains(claims, c => c.Text == "the repairs as adequate");
    }

    [Theory]
    [InlineData("Marta Quell chaired the hearing. She called the verdict a travesty.", "the verdict a travesty")]
    [InlineData("Omar Reyes spoke after the vote. He branded the new levy unconstitutional.", "the new levy unconstitutional")]
    [InlineData("Lena Ford was asked about her rival. She called him a hypocrite.", "him a hypocrite")]
    public void A_pronoun_that_names_an_object_with_a_predicate_is_a_source(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
        Assert.NotEqual(claim.Source, claim.Speaker);
    }

    [Theory]
    [InlineData("Marta Quell left work early. She called her brother.")]
    [InlineData("Marta Quell left work early. She called the press office.")]
    [InlineData("Marta Quell left work early. She called the clinic a few times.")]
    public void A_pronoun_that_rings_someone_reports_nothing(string text)
    {
        Assert.Empty(Attributed(text));
    }
}
