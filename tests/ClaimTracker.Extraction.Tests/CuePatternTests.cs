namespace ClaimTracker.Extraction.Tests;

public sealed class CuePatternTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Fact]
    public void Attributes_content_before_a_closing_said_with_apposition()
    {
        const string text = "The dam will hold, Piet de Vries, the chief engineer, said.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("The dam will hold", claim.Text);
        Assert.Equal("Piet de Vries, the chief engineer", claim.Source);
    }

    [Fact]
    public void Attributes_in_a_statement_cues()
    {
        const string text = "In a statement, the airline said all flights would resume on Thursday.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("said", claim.Cue);
        Assert.Equal("the airline", claim.Source);
        Assert.Equal("all flights would resume on Thursday", claim.Text);
    }

    [Fact]
    public void Attributes_a_possessive_statement_said()
    {
        const string text = "The union's statement said the strike would continue.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("The union's statement", claim.Source);
        Assert.Equal(SourceKind.Document, claim.SourceKind);
    }

    [Fact]
    public void Attributes_a_media_report_by_an_agency()
    {
        const string text = "A report by the Baltic News Service (BNS) said that two ferries had collided.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Baltic News Service", claim.Speaker);
        Assert.Equal(SourceKind.MediaReport, claim.SourceKind);
    }

    [Fact]
    public void Attributes_anonymous_sources()
    {
        const string text = "A senior diplomat, who asked not to be named, said the talks would resume next week.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the talks would resume next week", claim.Text);
        Assert.Equal(SourceKind.Anonymous, claim.SourceKind);
    }

    [Fact]
    public void Attributes_a_government_named_by_its_capital()
    {
        const string text = "Ottawa rejected the proposal as unworkable.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Ottawa", claim.Source);
        Assert.Equal(SourceKind.OfficialBody, claim.SourceKind);
    }

    [Fact]
    public void Gives_two_claims_for_a_rejection_of_someone_elses_allegation()
    {
        const string text = "Lisbon on Monday dismissed claims by Madrid, saying the border had never been closed.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal("saying", claims[1].Cue);
        Assert.Equal("the border had never been closed", claims[1].Text);
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
    public void Reads_a_parenthetical_cue_inside_its_content()
    {
        const string text = "The new line, the mayor said, would open in 2027.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("The new line ... would open in 2027", claim.Text);
    }

    [Fact]
    public void Takes_a_colon_introduced_quote_in_the_next_paragraph()
    {
        const string text = "The minister said:\n\"We will double the budget for schools.\"";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("We will double the budget for schools", claim.Text);
        Assert.Equal(ClaimKind.Direct, claim.Kind);
    }

    [Fact]
    public void Attributes_transcript_speaker_labels()
    {
        const string text = "HOST: Welcome back to the program.\nMORALES: Thank you for having me.";

        var claims = Attributed(text);

        Assert.Equal(["HOST", "MORALES"], claims.Select(c => c.Source));
    }

    [Fact]
    public void Ignores_a_dateline_before_the_content()
    {
        const string text = "NAIROBI (Reuters) - Rains will continue through May, the weather service said.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Rains will continue through May", claim.Text);
    }

    [Fact]
    public void Does_not_attribute_hypothetical_or_nominal_uses_of_cue_words()
    {
        const string text = "The claims were investigated. Voters could call on the council to act. The report's authors were thanked.";

        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void Does_not_take_a_bare_date_as_an_inverted_source()
    {
        const string text = "Markets will recover, said Tuesday. Prices fell again, the bank said Tuesday.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the bank", claim.Source);
    }

    [Fact]
    public void Uses_agreement_to_tell_verbs_from_nouns()
    {
        const string text = "Battleground state Ohio is close. Officials say turnout will be high.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Officials", claim.Source);
    }

    [Fact]
    public void Keeps_hedges_of_attributed_content()
    {
        const string text = "Police said the suspect had allegedly been paid to start the fire.";

        var claim = Assert.Single(Attributed(text));

        Assert.Contains("allegedly", claim.Hedges);
    }

    [Fact]
    public void Attributes_a_passive_cue_to_its_agent()
    {
        const string text = "The budget was criticized by opposition leader Anna Berg as reckless.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("criticized", claim.Cue);
        Assert.Equal("Anna Berg", claim.Speaker);
        Assert.Equal("The budget ... as reckless", claim.Text);
    }

    [Fact]
    public void Attributes_quoted_as_saying_to_the_passive_subject()
    {
        const string text = "The general was quoted as saying that the army would withdraw.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("The general", claim.Source);
        Assert.Equal("the army would withdraw", claim.Text);
    }

    [Fact]
    public void Does_not_attribute_a_passive_without_an_agent()
    {
        const string text = "The suspects were accused of fraud.";

        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void Gives_two_claims_for_a_rejection_of_allegations_by_another_source()
    {
        const string text = "Quito rejected \"absurd\" allegations by Lima that it was arming rebels in the border region.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("rejected", "Quito", ClaimKind.Mixed), (claims[0].Cue, claims[0].Source, claims[0].Kind));
        Assert.Equal(("allegations by", "Lima"), (claims[1].Cue, claims[1].Source));
        Assert.Equal("it was arming rebels in the border region", claims[1].Text);
    }

    [Fact]
    public void Attributes_a_possessive_nominal_claim()
    {
        const string text = "Voters doubted the governor's claim that taxes would fall next year.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the governor", claim.Source);
        Assert.Equal("taxes would fall next year", claim.Text);
    }

    [Fact]
    public void Skips_a_circumstantial_aside_between_source_and_cue()
    {
        const string text = "The mayor's office, in a statement posted online, accused the contractor of cutting corners.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("The mayor's office, in a statement posted online", claim.Source);
        Assert.Equal("the contractor of cutting corners", claim.Text);
    }

    [Fact]
    public void Classifies_a_named_person_with_an_institutional_title_as_a_person()
    {
        const string text = "Kremlin spokesman Ivan Sokolov told reporters that the talks were over.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(SourceKind.Person, claim.SourceKind);
        Assert.Equal("Kremlin spokesman", claim.SpeakerRole);
    }

    [Theory]
    [InlineData("Two sources told Reuters that the merger had been called off.", "Two sources", "the merger had been called off")]
    [InlineData("The senator tweeted that the vote would be delayed.", "The senator", "the vote would be delayed")]
    [InlineData("Ruiz wrote on Facebook that she would not run again.", "Ruiz", "she would not run again")]
    [InlineData("Media outlets reported that the bridge had collapsed.", "Media outlets", "the bridge had collapsed")]
    [InlineData("The company confirmed that 200 jobs would be cut.", "The company", "200 jobs would be cut")]
    [InlineData("Prosecutors allege that the funds were diverted to shell firms.", "Prosecutors", "the funds were diverted to shell firms")]
    public void Attributes_common_reporting_verbs_with_that_clauses(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The plant will close in June, its owner said.", "its owner", "The plant will close in June")]
    [InlineData("The port approved night shipping on Tuesday, its director Lena Vos said.", "its director Lena Vos", "The port approved night shipping on Tuesday")]
    [InlineData("Fares will rise, their lawyer Tom Hale told reporters.", "their lawyer Tom Hale", "Fares will rise")]
    public void Attributes_closing_cues_whose_source_opens_with_a_possessive(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void Attributes_a_single_quoted_headline_quote()
    {
        const string text = "Minister: 'We will not raise taxes'";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Minister", claim.Source);
        Assert.Equal(ClaimKind.Direct, claim.Kind);
    }

    [Fact]
    public void Attributes_a_headline_with_a_closing_says()
    {
        const string text = "Rail Strike Will Go Ahead, Union Leader Says";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Union Leader", claim.Source);
        Assert.Equal("Rail Strike Will Go Ahead", claim.Text);
    }

    [Fact]
    public void Finds_the_subject_after_a_fronted_phrase_without_a_comma()
    {
        const string text = "In a radio interview Governor Ada Obi declared that the curfew was over.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Ada Obi", claim.Speaker);
        Assert.Equal("the curfew was over", claim.Text);
    }

    [Fact]
    public void Attributes_a_participle_cue_to_the_subject_after_introductory_phrases()
    {
        const string text = "On Tuesday, however, the mayor visited the flooded district, promising to rebuild every damaged school.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("promising", "the mayor"), (claim.Cue, claim.Source));
        Assert.Equal("to rebuild every damaged school", claim.Text);
    }

    [Fact]
    public void Reads_a_quote_after_a_cue_that_follows_a_dash_aside()
    {
        const string text = "Asked about taxes \u2015 a sore point all year \u2015 Pena replied, \"I paid every cent.\"";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(ClaimKind.Direct, claim.Kind);
        Assert.Equal("I paid every cent", claim.Text);
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
    public void Does_not_attribute_a_declined_request_for_comment()
    {
        const string text = "The company did not immediately respond to a request for comment.";

        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("The senator attacked the plan in a late-night post.", "the plan")]
    [InlineData("The judge rejected that argument in a ruling released on Friday.", "that argument")]
    [InlineData("The union thanked the city for restoring the bus routes in May.", "the city for restoring the bus routes in May")]
    [InlineData("The minister promised a review and resigned a week later.", "a review")]
    public void Ends_a_speech_acts_object_before_its_adjuncts(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void Ends_reported_content_before_a_new_clause()
    {
        const string text = "The mayor said the budget was balanced, although auditors disagreed.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the budget was balanced", claim.Text);
    }

    [Fact]
    public void Keeps_the_speakers_reason_after_a_comma_in_reported_content()
    {
        const string text = "The treasurer said the levy was unfair, because farmers had already paid twice.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the levy was unfair, because farmers had already paid twice", claim.Text);
    }

    [Theory]
    [InlineData("The ministry said in a statement that the border would reopen.")]
    [InlineData("The border will reopen, the ministry said in a written statement.")]
    public void Keeps_in_a_statement_with_its_cue(string text)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.StartsWith("said in a", claim.Cue, StringComparison.Ordinal);
        Assert.EndsWith("statement", claim.Cue, StringComparison.Ordinal);
        Assert.Contains("border", claim.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("statement", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_take_a_topic_label_before_a_colon_for_a_source()
    {
        const string text = "Heatwave: Portugal records its hottest May day";

        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void Reads_a_parenthetical_according_to_inside_its_content()
    {
        const string text = "The new stadium, according to city officials, will cost $2 billion.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("city officials", "The new stadium ... will cost $2 billion"), (claim.Source, claim.Text));
    }

    [Fact]
    public void Skips_a_quoted_programme_name_as_addressee()
    {
        const string text = "Rivera told \"Morning Report\" that the strike would end soon.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the strike would end soon", claim.Text);
    }

    [Fact]
    public void Gives_a_nested_attribution_and_its_outer_report_each_a_claim()
    {
        const string text = "The minister reaffirmed support for the treaty, spokesman Ivo Laar said in a briefing.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("said", "Ivo Laar"), (claims[0].Cue, claims[0].Speaker));
        Assert.Equal(("reaffirmed", "support for the treaty"), (claims[1].Cue, claims[1].Text));
    }

    [Fact]
    public void Does_not_merge_two_noun_phrases_into_one_source()
    {
        const string text = "The army said the rebels had withdrawn, a claim the rebel command denied.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("The army", claim.Source);
    }

    [Theory]
    [InlineData("The coach thanked the fans on Sunday for supporting the team all season.", "the fans ... for supporting the team all season")]
    [InlineData("Prosecutors accused Omar Reyes, who ran the firm, of hiding losses from investors.", "Omar Reyes ... of hiding losses from investors")]
    public void Keeps_a_speech_acts_complement_after_an_adjunct_or_aside(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
        Assert.Equal(2, claim.Segments.Count);
    }

    [Theory]
    [InlineData("The talks have stalled, two people familiar with the matter said.", "two people familiar with the matter", "The talks have stalled")]
    [InlineData("The report, published on Tuesday, said emissions rose 3%.", "The report, published on Tuesday", "emissions rose 3%")]
    public void Attributes_unnamed_sources_with_modifiers_and_asides(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void Does_not_attribute_declining_to_comment()
    {
        Assert.Empty(Attributed("The company declined to comment."));
    }

    [Fact]
    public void Stops_an_addressee_before_a_possessive_that_opens_the_content()
    {
        const string text = "The suspect's lawyer told the BBC his client denied the charges.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("his client denied the charges", claim.Text);
    }

    [Fact]
    public void Ends_a_forward_source_phrase_at_an_irregular_past_verb()
    {
        const string text = "The victim's family paid tribute to him, describing him as a loving father.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("The victim's family", claim.Source);
    }

    [Fact]
    public void Treats_role_nouns_like_the_chancellor_as_people()
    {
        const string text = "It comes after the chancellor warned of difficult decisions ahead of the budget.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(SourceKind.Person, claim.SourceKind);
    }

    [Fact]
    public void Reads_state_media_reported_as_a_media_source_around_a_nested_report()
    {
        const string text = "The president said the border would stay closed, state media reported.";

        var claims = Attributed(text);

        Assert.Equal(["state media", "The president"], claims.Select(c => c.Source));
        Assert.Equal(SourceKind.MediaReport, claims[0].SourceKind);
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
    [InlineData("Proponents have urged Congress to leave the program intact, although they say they support some of the changes.", "say", "they support some of the changes")]
    [InlineData("Critics attacked the plan, though they concede that it would save money.", "concede", "it would save money")]
    public void Finds_a_concessive_clause_whose_plural_pronoun_takes_the_base_form(string text, string cue, string content)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("they", cue, content), (claims[1].Source, claims[1].Cue, claims[1].Text));
    }

    [Fact]
    public void Keeps_a_fronted_adverbial_with_the_clause_it_introduces()
    {
        const string text = "Fowler noted that if the party lost, he would resign.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("if the party lost, he would resign", claim.Text);
    }

    [Fact]
    public void Ends_content_at_a_clause_after_a_comma_inside_a_closing_quote()
    {
        const string text = "The candidate is promising \"jobs, jobs, jobs,\" but critics remain unconvinced.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("jobs, jobs, jobs", ClaimKind.Direct), (claim.Text, claim.Kind));
    }

    [Theory]
    [InlineData("The mayor responded to the council on Tuesday by saying the budget would be balanced next year.", "The mayor", "the budget would be balanced next year")]
    [InlineData("The senator began her speech by saying she would never support the tax increase.", "The senator", "she would never support the tax increase")]
    [InlineData("The company was fined in 2019 for saying its product cured every kind of headache.", "The company", "its product cured every kind of headache")]
    [InlineData("After saying the bridge was safe, the minister was asked to explain the cracks.", "the minister", "the bridge was safe")]
    public void Attributes_a_reporting_gerund_after_a_preposition_to_the_clause_subject(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, "saying", content), (claim.Source, claim.Cue, claim.Text));
    }

    [Theory]
    [InlineData("Many voters were surprised when the mayor, after railing against the tax, signed it into law.")]
    [InlineData("Congress has two ways to enforce a subpoena: by filing a lawsuit or by asking prosecutors to charge someone.")]
    [InlineData("The governor left the hall without saying the talks had failed.")]
    public void Does_not_give_a_prepositional_gerund_to_a_subject_outside_its_clause(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("The senator called her vote in favor of the war a mistake.", "her vote in favor of the war a mistake")]
    [InlineData("The union branded the new contract \"a betrayal\" of its members.", "the new contract \"a betrayal\" of its members")]
    [InlineData("The mayor called the critic a \"liar\" who is \"out of touch,\" a \"bully\" and worse.", "the critic a \"liar\" who is \"out of touch,\" a \"bully\" and worse")]
    public void Keeps_the_predicate_of_an_object_named_by_call_or_brand(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The council called the hearing because members felt the police had withheld the report.", "the hearing")]
    [InlineData("In a statement, the union called the mayor a \"champion\" of workers, citing his record on wages.", "the mayor a \"champion\" of workers")]
    public void Ends_an_object_and_its_predicate_before_a_subordinate_clause_or_participle(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Companies complain bitterly that taxes are too high.", "taxes are too high")]
    [InlineData("Critics argue persuasively that the law is flawed.", "the law is flawed")]
    public void Skips_a_manner_adverb_before_the_complementizer(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Voters, he said, would punish the party in November.", "he")]
    [InlineData("Investors, officials said, can expect lower returns this year.", "officials")]
    public void Reads_a_one_word_subject_before_a_parenthetical_cue_as_content(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(2, claim.Segments.Count);
        Assert.StartsWith(text[..text.IndexOf(',', StringComparison.Ordinal)], claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This has not gone over well with relatives of the victims, many of whom say the verdict was too lenient.", "relatives of the victims, many of whom", "the verdict was too lenient")]
    [InlineData("The senators, some of whom said the bill was rushed, voted against it.", "The senators, some of whom", "the bill was rushed")]
    [InlineData("The senator, who has said the bill was rushed, voted against it on Friday.", "The senator", "the bill was rushed")]
    public void Reads_a_cue_in_a_relative_clause_and_ends_its_content_where_the_main_clause_resumes(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void Gives_a_prepositional_gerund_to_a_subject_with_an_apposition_across_adverbs_and_coordination()
    {
        const string text = "Dean, a medical doctor, then appeared on television on Tuesday and began by saying he would never diagnose a patient on air.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("Dean, a medical doctor", "he would never diagnose a patient on air"), (claim.Source, claim.Text));
    }

    [Fact]
    public void Takes_an_unquoted_paragraph_after_a_colon_cue_as_a_block_quotation()
    {
        const string text = "The governor added:\n\nIt is typical of her. She knows nothing, but the talking never stops.\n\nOfficials did not comment.";

        var claims = new ClaimExtractor().Extract(text);

        var block = Assert.Single(claims, c => c.IsAttributed);
        Assert.Equal(("The governor", ClaimKind.Direct), (block.Source, block.Kind));
        Assert.Equal("It is typical of her. She knows nothing, but the talking never stops.", block.Text);
        Assert.Contains(claims, c => !c.IsAttributed && c.Text == "Officials did not comment.");
    }

    [Fact]
    public void Does_not_take_the_paragraph_after_a_closed_quotation_as_a_block_quotation()
    {
        const string text = "\"Why is this not proof that the bank is too big?\" Vitter demanded.\n\nCross-selling was a large part of the bank's strategy.";

        var claims = new ClaimExtractor().Extract(text);

        Assert.Contains(claims, c => !c.IsAttributed && c.Text == "Cross-selling was a large part of the bank's strategy.");
    }

    [Theory]
    [InlineData("The agency cited unnamed security sources as saying the cell planned to kidnap a businessman.", "unnamed security sources", "the cell planned to kidnap a businessman")]
    [InlineData("State television quoted a senior official as saying the border would reopen on Monday.", "a senior official", "the border would reopen on Monday")]
    public void Gives_cited_as_saying_content_to_the_cited_source(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void Leaves_the_reporters_label_after_the_content_out_of_it()
    {
        const string text = "The military said in a statement that its forces had repelled the attack, a claim that could not be verified.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("its forces had repelled the attack", claim.Text);
    }

    [Theory]
    [InlineData("Kremlin spokesman Dmitry Peskov told reporters the decision was unacceptable.", "Kremlin spokesman Dmitry Peskov", "the decision was unacceptable")]
    [InlineData("The spokesman told journalists a new round of talks would start on Monday.", "The spokesman", "a new round of talks would start on Monday")]
    public void Reads_content_right_after_the_addressee_without_that(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void Skips_a_parenthetical_between_the_verb_and_that()
    {
        const string text = "The newspaper reported, without citing sources, that the suspects were foreign nationals.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the suspects were foreign nationals", claim.Text);
    }

    [Fact]
    public void Reads_what_a_source_described_an_antecedent_as()
    {
        const string text = "Twenty people were injured by an explosion that Mayor Ana Reyes described as \"an intentional act.\"";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("Mayor Ana Reyes", "an intentional act"), (claim.Source, claim.Text));
    }

    [Fact]
    public void Does_not_give_a_cue_coordinated_inside_a_subordinate_clause_to_the_main_subject()
    {
        const string text = "The governor described the senator as a \"disgrace\" after she attacked police officers and blamed shootings on bias.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("The governor", "the senator as a \"disgrace\""), (claim.Source, claim.Text));
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
    public void Gives_a_report_nested_in_a_closing_according_to_and_the_outer_report_each_a_claim()
    {
        const string text = "Police have said they have no plans to release the recordings, according to attorneys for the family.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.Source == "attorneys for the family" && c.Text == "Police have said they have no plans to release the recordings");
        Assert.Contains(claims, c => c.Source == "Police" && c.Text == "they have no plans to release the recordings");
    }

    [Theory]
    [InlineData("Some families would pay more under the plan, according to an analysis by Lily Batchelder, a former tax aide now teaching at a university, whose conclusions were seconded by others.",
        "an analysis by Lily Batchelder, a former tax aide now teaching at a university", "Some families would pay more under the plan")]
    [InlineData("The plan, according to Ana Ruiz, a former aide, will cost $2bn.", "Ana Ruiz, a former aide", "The plan ... will cost $2bn")]
    public void Keeps_an_apposition_with_a_parenthetical_according_to_source(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void Ends_a_report_in_a_fronted_clause_at_its_comma_and_reads_the_main_clause_report()
    {
        const string text = "While he acknowledged funding was a major reason for his exit, the general also noted that morale had collapsed.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("he", "funding was a major reason for his exit"), (claims[0].Source, claims[0].Text));
        Assert.Equal(("the general", "morale had collapsed"), (claims[1].Source, claims[1].Text));
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
    [InlineData("The ministry said at least 40 people had been killed.", "at least 40 people had been killed")]
    [InlineData("Police said over 100 people were arrested.", "over 100 people were arrested")]
    [InlineData("The agency said around 2,000 homes had lost power.", "around 2,000 homes had lost power")]
    [InlineData("The Health Ministry in Gaza, which is run by Hamas, said at least 40 people had been killed.", "at least 40 people had been killed")]
    public void Reads_a_quantity_after_the_verb_as_content_not_a_place(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void Still_skips_a_place_or_time_between_the_verb_and_that()
    {
        const string text = "The ministry said at a news conference that 40 people had been killed.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("40 people had been killed", claim.Text);
    }

    [Theory]
    [InlineData("Kyiv, Ukraine (CNN) Ukrainian officials said the strikes hit two power plants.", "Ukrainian officials", "the strikes hit two power plants")]
    [InlineData("Hong Kong (CNN) Police fired tear gas at protesters, officials said.", "officials", "Police fired tear gas at protesters")]
    public void Skips_a_dateline_that_ends_with_an_outlet_in_parentheses(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void Keeps_an_acronym_in_parentheses_inside_a_source()
    {
        const string text = "The North Atlantic Treaty Organization (NATO) Secretary General said the alliance would respond.";

        var claim = Assert.Single(Attributed(text));

        Assert.StartsWith("The North Atlantic Treaty Organization (NATO)", claim.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Closes_a_quotation_with_a_verb_that_otherwise_needs_an_explicit_complement()
    {
        const string text = "\"We will win,\" the candidate posted on social media.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("the candidate", "We will win", ClaimKind.Direct), (claim.Source, claim.Text, claim.Kind));
    }

    [Fact]
    public void Still_needs_a_quotation_to_close_with_a_cognitive_verb()
    {
        const string text = "The crisis is over, the minister believes.";

        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("Court records show he was convicted in 2015.", "Court records", "he was convicted in 2015")]
    [InlineData("Data from the health ministry show that cases rose by 20 percent last week.", "Data from the health ministry", "cases rose by 20 percent last week")]
    public void Reads_evidence_verbs_with_a_clause_as_document_reports(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void Does_not_read_an_evidence_verb_with_a_plain_object_as_a_report()
    {
        const string text = "The video shows a man walking away from the car.";

        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void Attributes_quoted_by_a_medium_as_saying_to_the_passive_subject()
    {
        const string text = "The president was quoted by state media as saying the country would not yield.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("The president", "the country would not yield"), (claim.Source, claim.Text));
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
    [InlineData("The commission has warned the government that funds could be frozen.", "funds could be frozen")]
    [InlineData("The press secretary told a briefing that the strikes were defensive.", "the strikes were defensive")]
    [InlineData("The candidate promised voters that taxes would not rise.", "taxes would not rise")]
    public void Leaves_an_addressee_before_that_out_of_the_content(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void Keeps_a_relative_that_after_said_in_the_content()
    {
        const string text = "The minister said the plan that was approved last year would fail.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the plan that was approved last year would fail", claim.Text);
    }

    [Theory]
    [InlineData("The law, which critics called unconstitutional, took effect on Monday.", "critics", "unconstitutional")]
    [InlineData("Given the union's efforts -- which the chief executive, Ana Ruiz, called \"total nonsense\" -- one question is whether the firm will move.", "the chief executive, Ana Ruiz", "total nonsense")]
    public void Ends_what_a_source_called_an_antecedent_at_the_end_of_the_relative_clause(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Turkey Says It Foiled Iranian Plot Against Israelis", "Turkey", "It Foiled Iranian Plot Against Israelis")]
    [InlineData("Mayor Warns Budget Cuts Will Close Libraries", "Mayor", "Budget Cuts Will Close Libraries")]
    public void Reads_a_title_case_headline_with_a_present_tense_cue(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void Does_not_read_a_base_form_noun_in_a_headline_as_a_cue()
    {
        const string text = "City Council Report Card Shows Mixed Results";

        Assert.DoesNotContain(Attributed(text), c => c.Cue == "Report");
    }

    [Fact]
    public void Ends_an_object_before_a_coordinated_irregular_past_predicate()
    {
        const string text = "Police spokesman Ali Kaya confirmed the arrests but gave no further details.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the arrests", claim.Text);
    }

    [Fact]
    public void Leaves_the_person_asked_out_of_a_reported_question()
    {
        const string text = "Reporters asked the minister whether he would resign.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("Reporters", "whether he would resign"), (claim.Source, claim.Text));
    }

    [Fact]
    public void Skips_a_tally_between_the_verb_and_that()
    {
        const string text = "The three-judge panel ruled 2-1 that the law violated the constitution.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("The three-judge panel", "the law violated the constitution"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The mayor later appeared to suggest that the budget would be cut.", "The mayor", "appeared to suggest", "the budget would be cut")]
    [InlineData("She went on to say that the plan was dead.", "She", "went on to say", "the plan was dead")]
    [InlineData("The minister was quick to point out that exports had doubled.", "The minister", "was quick to point out", "exports had doubled")]
    [InlineData("Union leaders continued to insist the strike would go ahead.", "Union leaders", "continued to insist", "the strike would go ahead")]
    public void Gives_the_report_of_an_infinitive_to_the_subject_of_its_catenative(string text, string source, string cue, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, cue, content), (claim.Source, claim.Cue, claim.Text));
    }

    [Theory]
    [InlineData("The governor declined to say whether he would run again.")]
    [InlineData("The chairman refused to say who had leaked the memo.")]
    [InlineData("The company seems to think it is exempt from the rules.")]
    public void Does_not_read_a_refusal_or_a_reporters_inference_as_a_report(string text)
    {
        Assert.DoesNotContain(Attributed(text), c => c.Cue is { } cue && cue.Contains("to ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The ministry issued a statement Monday saying that the talks had collapsed.", "The ministry", "issued a statement Monday saying", "the talks had collapsed")]
    [InlineData("Trump posted a series of tweets early Friday saying his rival had shown bad judgment.", "Trump", "posted a series of tweets early Friday saying", "his rival had shown bad judgment")]
    [InlineData("The company has released a video claiming the product was safe.", "The company", "released a video claiming", "the product was safe")]
    [InlineData("Forty senators sent a letter to the agency urging it to delay the rule.", "Forty senators", "sent a letter to the agency urging", "it to delay the rule")]
    public void Gives_a_message_the_subject_put_out_to_the_subject(string text, string source, string cue, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, cue, content), (claim.Source, claim.Cue, claim.Text));
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
        const string text = "The senator has attacked loopholes that benefit others, and has called for eliminating the carried-interest break.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("attacked", "loopholes that benefit others"), (claims[0].Cue, claims[0].Text));
        Assert.Equal(("called for", "eliminating the carried-interest break"), (claims[1].Cue, claims[1].Text));
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

    [Fact]
    public void Finds_a_particle_verb_with_a_day_between_verb_and_particle()
    {
        const string text = "The attorney general called Friday for releasing the police videos.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("called Friday for", "releasing the police videos"), (claim.Cue, claim.Text));
    }

    [Theory]
    [InlineData("Claiming the criticism is designed to pressure moderators, Trump told a crowd that the system was rigged.", "Trump", "Claiming", "the criticism is designed to pressure moderators")]
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
        const string text = "\"It is insane,\" Sanders said, going on to say that the country has spent years fighting racism.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("going on to say", "the country has spent years fighting racism"), (claims[1].Cue, claims[1].Text));
    }

    [Fact]
    public void Gives_a_message_with_a_naming_verb_to_the_body_that_issued_it()
    {
        const string text = "Following a late meeting, the Security Council issued a statement calling the test \"a clear violation\" of its resolutions.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("the Security Council", "issued a statement calling"), (claim.Source, claim.Cue));
    }

    [Theory]
    [InlineData("Limbaugh continued: \"The left is saying the opposite.\"", "Limbaugh", "The left is saying the opposite")]
    [InlineData("\"We will not stop,\" he continued.", "he", "We will not stop")]
    public void Reads_continued_as_a_cue_before_a_colon_or_after_a_quotation(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, "continued", content), (claim.Source, claim.Cue, claim.Text));
    }

    [Fact]
    public void Does_not_read_continued_without_reported_content_as_a_cue()
    {
        Assert.Empty(Attributed("The talks continued for hours after the minister left."));
    }

    [Theory]
    [InlineData("The minister expressed confidence that a deal would be reached.", "expressed confidence", "a deal would be reached")]
    [InlineData("Residents voiced concern that the plant would pollute the river.", "voiced concern", "the plant would pollute the river")]
    [InlineData("The chairman made clear that no one would be fired.", "made clear", "no one would be fired")]
    public void Reads_a_light_verb_with_a_stance_noun_before_that_as_a_cue(string text, string cue, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((cue, content), (claim.Cue, claim.Text));
    }

    [Fact]
    public void Reads_that_before_a_lone_noun_as_a_determiner_of_the_object()
    {
        const string text = "The company disputed that account, saying its staff had followed procedure.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("disputed", "that account"), (claims[0].Cue, claims[0].Text));
    }

    [Theory]
    [InlineData("This is \"roughly the same lead she has held all summer,\" reported the Gazette.", "the Gazette")]
    [InlineData("This will not end well, said Marta Oyelaran.", "Marta Oyelaran")]
    public void Reads_a_demonstrative_subject_and_its_verb_before_an_inverted_cue_as_content(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.StartsWith("This", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Said Okafor: \"I do not think the council cares about the harbour.\"", "Okafor", "I do not think the council cares about the harbour")]
    [InlineData("Says the report, \"The ledgers were never reconciled.\"", "the report", "The ledgers were never reconciled")]
    public void Attributes_a_cue_that_opens_the_sentence_before_its_source(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Said to be the oldest bridge in the county, the span will be closed for repairs.")]
    [InlineData("Reported cases rose again in the spring.")]
    public void Does_not_read_a_capitalized_participle_opening_the_sentence_as_an_inverted_cue(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("As stated in the auditor's report, the fund lost track of two million dollars.", "the auditor's report", "the fund lost track of two million dollars")]
    [InlineData("The fund lost track of two million dollars, as reported by the Harbor Gazette.", "the Harbor Gazette", "The fund lost track of two million dollars")]
    public void Attributes_a_clause_to_the_source_of_a_passive_as_clause(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void Does_not_read_as_expected_as_a_report()
    {
        Assert.Empty(Attributed("As expected in the spring, the river flooded the lower town."));
    }

    [Theory]
    [InlineData("The levy was never meant to last, the treasurer's former deputy maintains.", "the treasurer's former deputy")]
    [InlineData("The ferry will run again in May, the ferry company posted.", "the ferry company")]
    public void Attributes_content_before_a_closing_speech_verb_that_otherwise_needs_a_complement(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void Does_not_read_a_closing_cognitive_verb_as_a_report()
    {
        Assert.Empty(Attributed("The levy was never meant to last, the treasurer believes."));
    }

    [Fact]
    public void Attributes_a_quotation_closed_by_a_cue_with_its_topic()
    {
        const string text = "\"It amazed me how fast they voted,\" Mr. Adeyemi recalled of the hearing.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("Mr. Adeyemi", "It amazed me how fast they voted"), (claim.Source, claim.Text));
    }

    [Fact]
    public void Still_reads_a_past_participle_before_of_as_no_cue()
    {
        Assert.Empty(Attributed("Two clerks accused of theft were released on bail."));
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
    [InlineData("The mother of three said the ferry fares had doubled.", "The mother of three")]
    [InlineData("A father of four told reporters the ferry fares had doubled.", "A father of four")]
    [InlineData("The two said the ferry fares had doubled.", "The two")]
    public void A_cardinal_heading_the_subject_does_not_hide_the_cue(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the ferry fares had doubled", claim.Text);
        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void A_plural_noun_after_a_cardinal_is_no_cue()
    {
        const string text = "The two reports were leaked to the press on Monday.";

        Assert.Empty(Attributed(text));
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
    [InlineData("Okafor's remarks drew criticism from Harper, who called them \"reckless.\"", "Harper")]
    [InlineData("The proposal drew fire from Lindqvist, who said it would ruin the harbour.", "Lindqvist")]
    [InlineData("A spokesman for Okafor, who declined to be named, said the senator was resting.", "A spokesman for Okafor, who declined to be named")]
    [InlineData("The leader of Hamas, who spoke by phone, said the truce would hold.", "The leader of Hamas, who spoke by phone")]
    public void A_relative_clause_speaks_for_its_antecedent_and_only_a_thing_gives_way_to_the_name_beside_who(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("Costa, asked about the vote, said only: \"We will see what happens.\"")]
    [InlineData("Asked whether he would resign, Costa replied simply: \"We will see what happens.\"")]
    public void A_manner_adverb_before_the_colon_is_not_content(string text)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal("We will see what happens", claim.Text);
        Assert.Equal(ClaimKind.Direct, claim.Kind);
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

    [Fact]
    public void A_naming_verb_without_a_predicate_reports_nothing()
    {
        const string text = "The council met on Monday, calling a special session for Friday.";

        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("The rector addressed the graduates, stating that tuition would not rise.", "The rector")]
    [InlineData("The geologist said the slope was unstable.", "The geologist")]
    [InlineData("Epidemiologists warned that cases would rise.", "Epidemiologists")]
    [InlineData("The surgeon told reporters the patient was stable.", "The surgeon")]
    public void Trades_and_specialists_are_sources(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void A_verb_ending_like_a_specialist_is_no_source()
    {
        Assert.Empty(Extract.Attributed("Doubts persist that the dam will hold."));
    }

    [Fact]
    public void A_plural_of_a_listed_role_is_a_source_mid_sentence()
    {
        var claim = Assert.Single(Extract.Attributed("Two days later, the engineers said the bridge was safe."));

        Assert.Equal("the engineers", claim.Source);
    }

    [Fact]
    public void A_bare_ist_epithet_in_a_list_is_no_source()
    {
        Assert.Empty(Extract.Attributed("The councillor is a populist, nationalist and idealist who has promised to close the airport."));
    }

    [Theory]
    [InlineData("At least 40 people were killed when an earthquake struck the region, officials said.", "At least 40 people were killed when an earthquake struck the region")]
    [InlineData("At most a dozen homes were spared, the fire brigade said.", "At most a dozen homes were spared")]
    [InlineData("In the north villages were flooded, officials said.", "In the north villages were flooded")]
    public void A_clause_opening_with_a_preposition_is_content_before_a_closing_cue(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void An_introductory_phrase_before_a_cue_is_still_no_content()
    {
        var claim = Assert.Single(Extract.Attributed("On Monday the minister said the port would reopen."));

        Assert.Equal("the port would reopen", claim.Text);
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

    [Fact]
    public void Justices_rule()
    {
        var claim = Assert.Single(Extract.Attributed("In a 5-4 decision, the justices ruled that the search was unlawful."));

        Assert.Equal("the justices", claim.Source);
    }
}
