namespace ClaimTracker.Extraction.Tests;

/// <summary>Second cues in one sentence: participles, coordinated and concessive clauses, fronted clauses and messages put out.</summary>
public sealed class SecondCueTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Fact]
    public void Gives_two_claims_for_a_rejection_of_someone_elses_allegation()
    {
        const string text = "Lisbon on Monday dismissed claims by Madrid, saying the border had never been closed.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal("saying", claims[1].Cue);
        Assert.Equal("the border had never been closed", claims[1].Text);
    }

    [Theory]
    [InlineData("Some growers say the quota is too low, and a farmers' group has called it \"a slow death\".", "it \"a slow death\"")]
    [InlineData("Tenants say the rent rise is unlawful, and the housing charity called it a scandal.", "it a scandal")]
    public void A_naming_verb_with_a_predicate_in_a_coordinated_clause_reports_with_its_own_subject(string text, string content)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("called", content), (claims[1].Cue, claims[1].Text));
        Assert.NotEqual(claims[0].Source, claims[1].Source);
    }

    [Fact]
    public void A_naming_verb_without_a_predicate_in_a_coordinated_clause_stays_in_the_content()
    {
        var claim = Assert.Single(Attributed("The mayor said the bridge would reopen, and residents called a meeting for Friday."));

        Assert.Equal("said", claim.Cue);
    }

    [Theory]
    [InlineData("The board thanked the coach for his work, which included a cup final, but said results had been poor.", "results had been poor")]
    [InlineData("The minister praised the audit, which was published on Monday, and said its advice would be followed.", "its advice would be followed")]
    public void A_relative_clause_closed_by_its_comma_leaves_the_next_verb_to_the_subject(string text, string content)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(content, claims[1].Text);
        Assert.Equal(claims[0].Source, claims[1].Source);
    }

    [Fact]
    public void An_and_inside_an_adverbial_clause_after_the_object_is_no_second_cue()
    {
        var claims = Attributed("The mayor described her as a disgrace after she attacked the plan, which was popular, and blamed the council.");

        Assert.Equal("described", Assert.Single(claims).Cue);
    }

    [Theory]
    [InlineData("The union rejected the offer on Friday, accusing the board of hiding profits.", "the offer", "the board of hiding profits")]
    [InlineData("Growers criticised the levy, blaming the ministry for ignoring the drought.", "the levy", "the ministry for ignoring the drought")]
    public void A_participle_after_an_object_keeps_its_own_gerund_complement(string text, string first, string second)
    {
        var claims = Attributed(text);

        Assert.Equal([first, second], claims.Select(c => c.Text));
    }

    [Theory]
    [InlineData("The party won 54 percent, the commission said on Sunday, but opposition parties rejected the result.", "opposition parties", "the result")]
    [InlineData("Fares will rise, the operator said, while passenger groups warned that services would suffer.", "passenger groups", "services would suffer")]
    public void A_clause_coordinated_after_a_closing_cue_reports_with_its_own_subject(string text, string source, string content)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        var second = claims[1];
        Assert.Equal(source, second.Source);
        Assert.Equal(content, second.Text);
    }

    [Fact]
    public void A_plural_subjects_present_after_and_is_a_second_cue()
    {
        var claims = Attributed("Both unions have denied staging the walkout and blame each other for the delays.");

        Assert.Equal(2, claims.Count);
        Assert.Equal("staging the walkout", claims[0].Text);
        Assert.Equal("blame", claims[1].Cue);
        Assert.Equal("each other for the delays", claims[1].Text);
    }

    [Fact]
    public void A_base_form_after_to_inside_the_content_stays_in_it()
    {
        var claim = Assert.Single(Attributed("Residents urged the council to stop the works and ask for an inquiry."));

        Assert.Equal("the council to stop the works and ask for an inquiry", claim.Text);
    }

    [Fact]
    public void Splits_a_second_cue_introduced_by_adding()
    {
        const string text = "\"We are not leaving,\" the coach said, adding that the club had offered him a new contract.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal("We are not leaving", claims[0].Text);
        Assert.Equal("adding", claims[1].Cue);
        Assert.Equal("the club had offered him a new contract", claims[1].Text);
    }

    [Fact]
    public void Splits_a_denial_coordinated_with_but_said()
    {
        const string text = "Orbis Ltd. settled the case.\nOrbis denied wrongdoing but said it settled to avoid the cost of a trial.";

        var claims = Attributed(text);

        Assert.Equal(["denied", "said"], claims.Select(c => c.Cue));
        Assert.Equal("it settled to avoid the cost of a trial", claims[1].Text);
        Assert.All(claims, c => Assert.Equal(SourceKind.Organization, c.SourceKind));
    }

    [Fact]
    public void Finds_a_concessive_clause_with_its_own_cue()
    {
        const string text = "The mayor said the budget was tight, though she noted that tax revenue had risen.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal("the budget was tight", claims[0].Text);
        Assert.Equal(("noted", "tax revenue had risen"), (claims[1].Cue, claims[1].Text));
    }

    [Theory]
    [InlineData("The chamber said rates were choking investment, and its chief economist, David Iwu, warned that a recession was near.", "warned", "David Iwu")]
    [InlineData("The mayor said the road was safe, but her deputy, Ana Ruiz, said it should stay closed.", "said", "Ana Ruiz")]
    public void Finds_a_coordinated_clause_whose_subject_names_a_role_holder_in_apposition(string text, string cue, string speaker)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal((cue, speaker), (claims[1].Cue, claims[1].Speaker));
    }

    [Theory]
    [InlineData("One survey found that rents had fallen, while another found that they had risen.", "found", "they had risen")]
    [InlineData("One doctor said the boy was stable, but another warned that he needed surgery.", "warned", "he needed surgery")]
    public void Finds_a_contrasting_clause_whose_subject_is_another(string text, string cue, string content)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal((cue, "another", content), (claims[1].Cue, claims[1].Source, claims[1].Text));
    }

    [Theory]
    [InlineData("The vet said the seal had no wounds, though she did not rule out that it had been hit by a boat.", "rule out", "it had been hit by a boat")]
    [InlineData("The coach said the squad was fit, but he does not deny that two players are tired.", "deny", "two players are tired")]
    [InlineData("The firm said the leak was small, although it would not confirm that the river was clean.", "confirm", "the river was clean")]
    public void Finds_a_concessive_clause_whose_cue_follows_do_or_a_modal(string text, string cue, string content)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal((cue, content), (claims[1].Cue, claims[1].Text));
    }

    [Theory]
    [InlineData("The league declared the season over, even as club owners said that fixtures could still be played.", "club owners", "fixtures could still be played")]
    [InlineData("The ministry said the dam was safe, as engineers warned that cracks were spreading.", "engineers", "cracks were spreading")]
    [InlineData("The ministry said the dam was safe, even though engineers warned that cracks were spreading.", "engineers", "cracks were spreading")]
    [InlineData("The club declared the stadium ready, although early inspections showed that two stands were unsafe.", "early inspections", "two stands were unsafe")]
    public void A_clause_of_time_or_contrast_after_the_content_reports_with_its_own_subject(string text, string source, string content)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal((source, content), (claims[1].Source, claims[1].Text));
    }

    [Theory]
    [InlineData("Some fans said the ban was fair, others said it went too far.", "the ban was fair", "it went too far")]
    [InlineData("Some growers welcomed the subsidy, others warned that it would come too late.", "the subsidy", "it would come too late")]
    public void A_comma_before_others_splits_two_groups_claims(string text, string first, string second)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(first, claims[0].Text);
        Assert.Equal(("others", second), (claims[1].Source, claims[1].Text));
    }

    [Fact]
    public void Others_in_a_list_of_objects_is_no_second_source()
    {
        var claim = Assert.Single(Attributed("The mayor thanked volunteers, others who helped and the police."));

        Assert.Equal("volunteers, others who helped and the police", claim.Text);
    }

    [Fact]
    public void A_weak_verb_with_a_demonstrative_that_after_but_is_no_second_claim()
    {
        var claim = Assert.Single(Attributed("The mayor asked for a police escort, but the chief overruled that request, an aide said."));

        Assert.Equal("said", claim.Cue);
    }

    [Fact]
    public void A_comment_clause_with_as_is_no_second_claim()
    {
        var claim = Assert.Single(Attributed("The ministry said the dam was safe, as the minister put it, and repairs could wait."));

        Assert.Equal("said", claim.Cue);
    }

    [Theory]
    [InlineData("Supporters have urged the council to keep the library open, although they say they accept some of the cuts.", "say", "they accept some of the cuts")]
    [InlineData("Critics attacked the plan, though they concede that it would save money.", "concede", "it would save money")]
    public void Finds_a_concessive_clause_whose_plural_pronoun_takes_the_base_form(string text, string cue, string content)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("they", cue, content), (claims[1].Source, claims[1].Cue, claims[1].Text));
    }

    [Theory]
    [InlineData("The mayor responded to the council on Tuesday by saying the budget would be balanced next year.", "The mayor", "the budget would be balanced next year")]
    [InlineData("The senator began her speech by saying she would never support the tax increase.", "The senator", "she would never support the tax increase")]
    [InlineData("The company was fined in 2019 for saying its product cured every kind of headache.", "The company", "its product cured every kind of headache")]
    [InlineData("After saying the bridge was safe, the minister was asked to explain the cracks.", "the minister", "the bridge was safe")]
    [InlineData("Aside from saying he was tired, the coach gave no reason for the change.", "the coach", "he was tired")]
    public void Attributes_a_reporting_gerund_after_a_preposition_to_the_clause_subject(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, "saying", content), (claim.Source, claim.Cue, claim.Text));
    }

    [Theory]
    [InlineData("Farmers oppose the new levy, arguing that it will drive small growers out of business.", "Farmers", "arguing")]
    [InlineData("The pilots' union opposes the rota, saying it leaves crews too tired to fly safely.", "The pilots' union", "saying")]
    [InlineData("Tenants dispute that account, insisting the landlord ignored repeated complaints about damp.", "Tenants", "insisting")]
    [InlineData("Local shopkeepers want the road reopened, warning that trade has halved since it shut.", "Local shopkeepers", "warning")]
    [InlineData("Residents near the quarry oppose the expansion, saying it will bring more lorries.", "Residents near the quarry", "saying")]
    [InlineData("Members of the board want the director removed, arguing that he misled them.", "Members of the board", "arguing")]
    [InlineData("The university plans to cut 300 posts, blaming a fall in student numbers.", "The university", "blaming")]
    [InlineData("Harlow Council wants to close two pools, saying it cannot afford to heat them.", "Harlow Council", "saying")]
    [InlineData("The operator intends to raise fares, arguing that fuel costs have doubled.", "The operator", "arguing")]
    public void A_participle_after_a_present_tense_clause_is_spoken_by_the_subject_before_that_verb(string text, string source, string cue)
    {
        var claim = Assert.Single(Attributed(text), c => c.Cue == cue);

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("The regional director, Paul Greene, struck a softer tone, telling reporters that the response was slow.", "telling", "the response was slow")]
    [InlineData("His deputy, Ana Lindqvist, left the meeting early, saying the figures were wrong.", "saying", "the figures were wrong")]
    public void A_participle_after_the_predicate_of_a_name_in_apposition_to_a_role_is_spoken_by_that_name(string text, string cue, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((cue, content), (claim.Cue, claim.Text));
    }

    [Theory]
    [InlineData("Many voters were surprised when the mayor, after railing against the tax, signed it into law.")]
    [InlineData("Congress has two ways to enforce a subpoena: by filing a lawsuit or by asking prosecutors to charge someone.")]
    [InlineData("The governor left the hall without saying the talks had failed.")]
    [InlineData("The regulator fined the firm for stopping staff from telling customers about cheaper deals.")]
    [InlineData("Officials barred him from saying that the vote was rigged.")]
    public void Does_not_give_a_prepositional_gerund_to_a_subject_outside_its_clause(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void Gives_a_prepositional_gerund_to_a_subject_with_an_apposition_across_adverbs_and_coordination()
    {
        const string text = "Harlow, a retired engineer, then appeared on radio on Wednesday and began by saying engineers should never endorse candidates on air.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("Harlow, a retired engineer", "engineers should never endorse candidates on air"), (claim.Source, claim.Text));
    }

    [Fact]
    public void Does_not_give_a_cue_coordinated_inside_a_subordinate_clause_to_the_main_subject()
    {
        const string text = "The governor described the senator as a \"disgrace\" after she attacked police officers and blamed shootings on bias.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("The governor", "the senator as a \"disgrace\""), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The senator conceded the race, before all the ballots were counted, and thanked her volunteers.", "thanked", "her volunteers")]
    [InlineData("The coach criticised the ban, when the hearing was over, and said he would not appeal.", "said", "he would not appeal")]
    public void A_subordinate_clause_closed_by_its_comma_leaves_the_and_after_it_to_the_main_predicates(string text, string cue, string content)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal((claims[0].Source, cue, content), (claims[1].Source, claims[1].Cue, claims[1].Text));
    }

    [Theory]
    [InlineData("Villagers fled as the river rose and threatened their farms.")]
    [InlineData("Crews pulled back when the blaze crossed the ridge and threatened two villages.")]
    public void A_cue_coordinated_inside_an_open_subordinate_clause_belongs_to_that_clauses_subject(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void Gives_a_coordinated_cue_after_an_object_and_its_adjunct_to_the_subject()
    {
        const string text = "The candidate bemoaned the unrest in the city and said he thought drugs were a big factor.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("The candidate", "said", "he thought drugs were a big factor"), (claims[1].Source, claims[1].Cue, claims[1].Text));
    }

    [Theory]
    [InlineData("The port director opposed the plan but said she would not block it.", "said", "she would not block it")]
    [InlineData("The port director opposed the plan, but later said she would not block it.", "said", "she would not block it")]
    [InlineData("The port director agreed, but also contended that the fees were too high.", "contended", "the fees were too high")]
    [InlineData("The port director agreed and said she would not block it.", "said", "she would not block it")]
    public void Gives_a_cue_coordinated_with_but_or_after_an_intransitive_verb_to_the_subject(string text, string cue, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("The port director", cue, content), (claim.Source, claim.Cue, claim.Text));
    }

    [Fact]
    public void Ends_a_report_in_a_fronted_clause_at_its_comma_and_reads_the_main_clause_report()
    {
        const string text = "While she acknowledged cost was a major factor in her decision, the coach also noted that the players had lost focus.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("she", "cost was a major factor in her decision"), (claims[0].Source, claims[0].Text));
        Assert.Equal(("the coach", "the players had lost focus"), (claims[1].Source, claims[1].Text));
    }

    [Fact]
    public void Reads_the_main_clause_report_after_a_fronted_clause_behind_an_introductory_phrase()
    {
        const string text = "Late that night, when the senator mentioned the storm, the mayor sighed and said the runway was closed.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("the senator", "the storm"), (claims[0].Source, claims[0].Text));
        Assert.Equal(("the mayor", "said", "the runway was closed"), (claims[1].Source, claims[1].Cue, claims[1].Text));
    }

    [Theory]
    [InlineData("When the minister said the border would close, traders panicked.", "the border would close")]
    [InlineData("So when the company signaled that it would sell the mine, the regulator was floored.", "it would sell the mine")]
    public void Leaves_the_main_clause_after_a_fronted_report_to_the_reporter(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void Still_splits_coordinated_cues_inside_a_fronted_clause()
    {
        const string text = "Though she called the bank's behavior \"outrageous\" and called for pay to be \"clawed back,\" the candidate avoided talk of breaking up banks.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal("called for", claims[1].Cue);
    }

    [Theory]
    [InlineData("The regulator found that the app had made profiles public, exposing their photos and comments to strangers.", "exposing their photos and comments to strangers")]
    [InlineData("Inspectors said the home had lost the residents' letters and reports from doctors.", "the home had lost the residents' letters and reports from doctors")]
    public void A_noun_like_s_form_joined_to_a_determined_plural_noun_is_the_second_noun(string text, string contentEnd)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.EndsWith(contentEnd, claim.Text);
    }

    [Fact]
    public void A_verb_only_s_form_after_a_plural_object_is_still_a_second_cue()
    {
        var claim = Assert.Single(Extract.Attributed("The minister welcomed the figures and says on the radio that jobs are safe."), c => c.Cue == "says");

        Assert.Equal("jobs are safe", claim.Text);
    }

    [Fact]
    public void Splits_a_coordinated_speech_act_with_a_one_word_object()
    {
        const string text = "The opposition dismissed the results as fraudulent and called for protests.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("The opposition", "the results as fraudulent"), (claims[0].Source, claims[0].Text));
        Assert.Equal(("called for", "protests"), (claims[1].Cue, claims[1].Text));
    }

    [Theory]
    [InlineData("The ministry issued a statement Monday saying that the talks had collapsed.", "The ministry", "issued a statement Monday saying", "the talks had collapsed")]
    [InlineData("Harper posted a series of tweets late Sunday saying her opponent had misled voters.", "Harper", "posted a series of tweets late Sunday saying", "her opponent had misled voters")]
    [InlineData("The company has released a video claiming the product was safe.", "The company", "released a video claiming", "the product was safe")]
    [InlineData("Forty senators sent a letter to the agency urging it to delay the rule.", "Forty senators", "sent a letter to the agency urging", "it to delay the rule")]
    [InlineData("The weekly published reports alleging bribery in the port tender.", "The weekly", "published reports alleging", "bribery in the port tender")]
    [InlineData("The bureau released figures showing that exports fell in June.", "The bureau", "released figures showing", "exports fell in June")]
    [InlineData("The miners' lawyers filed papers arguing that the lease had expired.", "The miners' lawyers", "filed papers arguing", "the lease had expired")]
    public void Gives_a_message_the_subject_put_out_to_the_subject(string text, string source, string cue, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, cue, content), (claim.Source, claim.Cue, claim.Text));
    }

    [Theory]
    [InlineData("The agency released figures on Monday.")]
    [InlineData("The paper published reports on the floods for a week.")]
    public void A_message_noun_after_a_publishing_verb_is_its_object_not_a_cue(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("Police released a video showing officers at the scene.")]
    [InlineData("The reporter obtained a letter saying the plant would close.")]
    public void Does_not_give_a_message_to_a_subject_that_did_not_put_it_out(string text)
    {
        Assert.DoesNotContain(Attributed(text), c => c.Source is "Police" or "The reporter");
    }

    [Fact]
    public void Splits_a_coordinated_predicate_with_an_auxiliary_from_the_object_before_it()
    {
        const string text = "The mayor has attacked exemptions that favor developers, and has called for ending the parking subsidy.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("attacked", "exemptions that favor developers"), (claims[0].Cue, claims[0].Text));
        Assert.Equal(("called for", "ending the parking subsidy"), (claims[1].Cue, claims[1].Text));
    }

    [Fact]
    public void Splits_a_participle_after_a_quotation_closed_inside_its_comma()
    {
        const string text = "In a statement, the company said: \"The mine was highly profitable,\" adding that its value quadrupled in a year.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal((ClaimKind.Direct, "The mine was highly profitable"), (claims[0].Kind, claims[0].Text));
        Assert.Equal(("adding", "its value quadrupled in a year"), (claims[1].Cue, claims[1].Text));
    }

    [Theory]
    [InlineData("Claiming the audit is designed to embarrass the council, Harper told a crowd that the count was fair.", "Harper", "Claiming", "the audit is designed to embarrass the council")]
    [InlineData("Arguing that the law was unconstitutional, the state asked the court to block it.", "the state", "Arguing", "the law was unconstitutional")]
    public void Gives_a_fronted_participial_report_to_the_subject_of_the_main_clause(string text, string source, string cue, string content)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal((source, cue, content), (claims[0].Source, claims[0].Cue, claims[0].Text));
        Assert.Equal(source, claims[1].Source);
    }

    [Fact]
    public void Does_not_read_a_fronted_participle_without_content_as_a_report()
    {
        const string text = "Writing for a panel that agreed Pence won the debate, Mark Barabak noted that his poise was critical.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("noted", "his poise was critical"), (claim.Cue, claim.Text));
    }

    [Fact]
    public void Splits_a_going_on_to_say_participle_after_a_closing_cue()
    {
        const string text = "\"It is absurd,\" Delgado said, going on to say that his city has spent decades ignoring its rivers.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("going on to say", "his city has spent decades ignoring its rivers"), (claims[1].Cue, claims[1].Text));
    }

    [Theory]
    [InlineData("Apparently the ministry issued a statement saying the talks had failed.", "the ministry")]
    [InlineData("Meanwhile the union released a video claiming the ballot was rigged.", "the union")]
    public void An_opening_adverb_without_its_comma_stays_out_of_the_subject(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("\"We stay,\" the keeper insisted, before adding: \"This town is my home.\"", "This town is my home")]
    [InlineData("The treasurer said the accounts were sound, before adding that an audit would follow.", "an audit would follow")]
    public void Gives_a_gerund_after_before_the_same_source(string text, string second)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("adding", second), (claims[1].Cue, claims[1].Text));
        Assert.Equal(claims[0].Source, claims[1].Source);
    }

    [Fact]
    public void Gives_a_message_with_a_naming_verb_to_the_body_that_issued_it()
    {
        const string text = "Following an emergency session, the Trade Commission issued a statement calling the merger \"a clear breach\" of its rules.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("the Trade Commission", "issued a statement calling"), (claim.Source, claim.Cue));
    }

    [Fact]
    public void Gives_a_fronted_gerund_report_ending_in_a_quotation_to_the_subject()
    {
        const string text = "After saying her ankle was \"so swollen I could barely stand,\" the senator was taken to a clinic.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("the senator", "saying"), (claim.Source, claim.Cue));
        Assert.StartsWith("her ankle was", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Maria Okafor spoke at the rally, saying, \"We need a harbour that works.\"", "Maria Okafor", "We need a harbour that works")]
    [InlineData("Okafor sang for the crowd, asking, \"Where do we go from here?\"", "Okafor", "Where do we go from here?")]
    [InlineData("The mayor swore in the new council, saying the harbour would reopen.", "The mayor", "the harbour would reopen")]
    public void A_participle_after_an_irregular_past_verb_speaks_for_the_subject_alone(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("His opposite number, Gary Walsh, was furious about the penalty, insisting that the striker had dived.", "Gary Walsh", "the striker had dived")]
    [InlineData("Her predecessor, Ana Ruiz, left the party in 2019, saying it had lost its way.", "Ana Ruiz", "it had lost its way")]
    public void A_participle_speaks_for_the_name_beside_the_subjects_role(string text, string speaker, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((speaker, content), (claim.Speaker, claim.Text));
    }

    [Theory]
    [InlineData("A harbour board spokesman denied the report, calling it \"baseless.\"", "the report", "it \"baseless.\"")]
    [InlineData("Harper attacked the plan, calling it a giveaway to developers.", "the plan", "it a giveaway to developers")]
    public void A_naming_participle_with_a_predicate_is_a_second_claim(string text, string first, string second)
    {
        var claims = Attributed(text);

        Assert.Equal([first, second], claims.Select(c => c.Text));
        Assert.Equal(claims[0].Speaker, claims[1].Speaker);
    }

    [Theory]
    [InlineData("A federal judge blocked the law, ruling that it violated the constitution.", "ruling")]
    [InlineData("The court struck down the law, finding that it violated the constitution.", "finding")]
    public void A_weak_participle_with_that_reports_for_the_subject(string text, string cue)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Cue == cue);

        Assert.Equal("it violated the constitution", claim.Text);
    }

    [Fact]
    public void A_weak_participle_without_that_reports_nothing()
    {
        Assert.Empty(Extract.Attributed("The team left early, showing no interest in the match."));
    }

    [Theory]
    [InlineData("Hauliers blocked the ring road, arguing the new toll would ruin them, as ministers said talks would resume.", "Hauliers", "the new toll would ruin them", "ministers")]
    [InlineData("Tenants marched on the town hall, claiming rents had doubled, while the council said it had no powers.", "Tenants", "rents had doubled", "the council")]
    public void A_participle_of_the_sentence_subject_reports_before_a_subordinate_clause_with_its_own_cue(string text, string first, string content, string second)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal((first, content), (claims[0].Source, claims[0].Text));
        Assert.Equal(second, claims[1].Source);
    }

    [Fact]
    public void A_subordinate_clause_cue_alone_gives_one_claim()
    {
        var claim = Assert.Single(Attributed("Prices rose again in March, as economists said they would."));

        Assert.Equal("economists", claim.Source);
    }

    [Theory]
    [InlineData("Shares in Dovrell Foods fell 9% after the company cut its forecast, blaming the price of cocoa.", "the company", "the price of cocoa")]
    [InlineData("Dovrell's results come a week after rival Kestin Mills cut its outlook, blaming the price of cocoa.", "rival Kestin Mills", "the price of cocoa")]
    [InlineData("Sales slumped as the retailer shut 40 stores, saying rents had become unaffordable.", "the retailer", "rents had become unaffordable")]
    [InlineData("Talks on a new coalition collapsed when the Green Party walked out, accusing its partners of bad faith.", "the Green Party", "its partners of bad faith")]
    [InlineData("The summit ended early after the host left, saying the agenda had been ignored.", "the host", "the agenda had been ignored")]
    public void A_participle_after_a_clause_on_a_market_or_event_subject_belongs_to_the_clauses_agent(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void A_participle_of_a_speaking_subject_stays_with_it_past_an_adverbial_clause()
    {
        var claim = Assert.Single(Attributed("The union called a strike after the company cut wages, saying members had no choice."));

        Assert.Equal("The union", claim.Source);
    }

    [Theory]
    [InlineData("State radio described the launch as a test and quoted the general as saying the army was ready.", "the general", "the army was ready")]
    [InlineData("The agency said the plant was closed and cited workers as saying the air was toxic.", "workers", "the air was toxic")]
    public void A_coordinated_citation_gives_the_one_quoted_their_own_claim(string text, string source, string content)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal((source, content), (claims[1].Source, claims[1].Text));
    }

    [Theory]
    [InlineData("The firm is weighing a sale, the people said, asking not to be identified because the talks are private.", "The firm is weighing a sale")]
    [InlineData("Two officials confirmed the plan, asking not to be named.", "the plan")]
    public void A_request_for_anonymity_after_a_report_is_no_second_claim(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The regulator found that the app had made profiles public and had not explained how data would be used.",
        "the app had made profiles public and had not explained how data would be used")]
    [InlineData("The board said the firm had broken the law and had warned users too late.",
        "the firm had broken the law and had warned users too late")]
    public void The_contents_auxiliary_again_after_and_continues_the_reported_clause(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The board said the firm had broken the law and warned that fines would follow.")]
    [InlineData("The board has said the firm had broken the law and has warned that fines would follow.")]
    public void A_coordinated_verb_without_the_contents_auxiliary_is_the_sources_second_report(string text)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(["said", "warned"], claims.Select(c => c.Cue));
    }

    [Theory]
    [InlineData("Supporters say the depot will bring jobs, but neighbours warn it will block the lane.")]
    [InlineData("Supporters say the depot will bring jobs and neighbours warn that it will block the lane.")]
    public void A_coordinated_clause_with_a_plural_and_a_base_form_reporting_verb_is_a_second_claim(string text)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(
            [("Supporters", "the depot will bring jobs"), ("neighbours", "it will block the lane")],
            claims.Select(c => (c.Source, c.Text)));
    }

    [Theory]
    [InlineData("Police said that Voss entered the kiosk and demanded cash.", 1)]
    [InlineData("Police said Voss fled and urged witnesses to come forward.", 2)]
    [InlineData("The minister said the law was flawed and called for a review.", 2)]
    public void A_second_past_verb_with_a_plain_object_after_a_named_persons_act_stays_in_the_report(string text, int claims)
    {
        Assert.Equal(claims, Extract.Attributed(text).Count);
    }

    [Theory]
    [InlineData("The gallery agreed to return the mask after investigators concluded it had been stolen.", "investigators", "it had been stolen")]
    [InlineData("The council shut the pier before engineers warned that its piles were rotten.", "engineers", "its piles were rotten")]
    public void A_time_clause_after_the_content_reports_for_its_own_subject(string text, string speaker, string content)
    {
        var claims = Attributed(text);

        Assert.Contains(claims, c => c.Speaker == speaker && c.Text == content);
    }

    [Fact]
    public void A_time_clause_inside_a_prepositional_content_is_the_reporters_and_reports_for_its_own_subject()
    {
        var claims = Attributed("The rail operator apologised to commuters after an inquiry found that signals had been badly maintained.");

        Assert.Contains(claims, c => c.Speaker == "rail operator" && c.Text == "to commuters");
        Assert.Contains(claims, c => c.Cue == "found" && c.Text == "signals had been badly maintained");
    }

    [Theory]
    [InlineData("Diplomats said Chile and Peru had insisted that the vote be delayed.", "Chile and Peru had insisted that the vote be delayed")]
    [InlineData("The broker said Halvik and Norsea had agreed to the terms.", "Halvik and Norsea had agreed to the terms")]
    [InlineData("She said that the union and the owners had warned of a strike.", "the union and the owners had warned of a strike")]
    public void An_and_after_a_noun_phrase_alone_joins_the_reported_clauses_subjects(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void An_and_after_a_reporting_verbs_object_still_opens_a_second_cue_of_the_same_source()
    {
        var claims = Extract.Attributed("The mayor welcomed the ruling and said the bridge would reopen.");

        Assert.Equal(["the ruling", "the bridge would reopen"], claims.Select(c => c.Text));
    }

    [Theory]
    [InlineData("Economists say inflation will ease but warn that rents are still rising.", "warn", "rents are still rising")]
    [InlineData("Geologists expect the tremors to continue but say a large quake is unlikely.", "say", "a large quake is unlikely")]
    public void A_plural_source_noun_opening_the_sentence_speaks_again_after_but(string text, string cue, string content)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.Cue == cue && c.Text == content && c.Source == claims[0].Source);
    }

    [Fact]
    public void A_capitalised_word_in_s_that_may_be_a_name_keeps_its_verb_in_the_content()
    {
        var claim = Assert.Single(Extract.Attributed("Jones said prices would rise and ask for more."));

        Assert.Equal("prices would rise and ask for more", claim.Text);
    }

    [Theory]
    [InlineData("He has denied the charges and his lawyer said he would appeal.", "the charges", "his lawyer", "he would appeal")]
    [InlineData("She rejected the offer, and her union said it would strike.", "the offer", "her union", "it would strike")]
    [InlineData("The minister denied the report and the prime minister's office said it was false.", "the report", "the prime minister's office", "it was false")]
    public void A_clause_after_a_noun_object_and_and_reports_for_its_own_subject(string text, string obj, string source, string content)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(obj, claims[0].Text);
        Assert.Contains(claims, c => c.Source == source && c.Text == content);
    }

    [Fact]
    public void Two_coordinated_objects_of_a_denial_stay_one_content()
    {
        var claim = Assert.Single(Extract.Attributed("The company denied the allegations and the claims of fraud."));

        Assert.Equal("the allegations and the claims of fraud", claim.Text);
    }

    [Fact]
    public void A_participle_after_while_still_shares_the_subject_of_a_cue_with_a_noun_object()
    {
        var claims = Extract.Attributed("The mayor defended the budget while promising a review of the repairs.");

        Assert.Equal(["defended", "promising"], claims.Select(c => c.Cue));
    }

    [Theory]
    [InlineData("The conservatives voted against the scheme and have promised to reverse it.", "The conservatives", "to reverse it")]
    [InlineData("The firm closed the plant and has said it will not reopen.", "The firm", "it will not reopen")]
    public void A_perfect_after_and_reports_for_the_sentences_subject(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Voters backed the mayor, who cut taxes and has promised to build homes.", "the mayor", "to build homes")]
    [InlineData("The scheme has become a rallying point for tenants, who have marched on the town hall and called for a rent freeze.", "tenants", "a rent freeze")]
    public void A_predicate_after_and_inside_a_relative_clause_reports_for_the_relatives_antecedent(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void A_perfect_after_and_inside_a_relative_clause_is_never_the_sentence_subjects()
    {
        var claims = Extract.Attributed("Okafor joined the league in contrast to the owner who lacks experience and has attacked the players.");

        Assert.DoesNotContain(claims, c => c.Source == "Okafor");
    }
}
