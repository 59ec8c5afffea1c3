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
    public void Does_not_take_a_capitalized_title_before_a_colon_for_a_name()
    {
        const string text = "Harbour Rebuilt: A Town Counts Its Losses\nThe storm destroyed forty boats.";

        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void Takes_a_surname_label_before_a_colon_when_the_article_names_that_person()
    {
        const string text = "Varga: The Budget Is Dead\nFinance minister Ilse Varga spoke in parliament on Monday.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Varga", claim.Source);
    }

    [Theory]
    [InlineData("Tomas Brel wrote a novel about the flood.")]
    [InlineData("In 1881 the composer wrote his second symphony.")]
    public void Does_not_read_a_work_written_as_a_report(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void Reads_a_bare_clause_after_wrote_as_a_report()
    {
        var claim = Assert.Single(Attributed("Tomas Brel wrote the flood had changed the town."));

        Assert.Equal("the flood had changed the town", claim.Text);
    }

    [Fact]
    public void Reads_a_parenthetical_according_to_inside_its_content()
    {
        const string text = "The new stadium, according to city officials, will cost $2 billion.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("city officials", "The new stadium ... will cost $2 billion"), (claim.Source, claim.Text));
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

    [Theory]
    [InlineData("But the finance minister has warned colleagues that the cuts would fail, one of the aides said.", "the finance minister")]
    [InlineData("Yet police told residents that the road was safe, a neighbour said.", "police")]
    public void Gives_a_nested_report_whose_subject_is_a_lower_case_role_its_own_claim(string text, string inner)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.Source == inner);
    }

    [Fact]
    public void Finds_no_second_cue_of_a_nested_report_inside_the_outer_cue_clause()
    {
        const string text = "The firm warned buyers about the heaters after reports that they could overheat while charging, the regulator said.";

        var claims = Attributed(text);

        Assert.Equal(["said", "warned"], claims.Select(c => c.Cue));
    }

    [Fact]
    public void Gives_no_nested_claim_to_a_common_noun_that_does_not_speak()
    {
        const string text = "The safety protocol called for two guards at the gate, an officer said.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("an officer", claim.Source);
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
    public void Keeps_a_fronted_adverbial_with_the_clause_it_introduces()
    {
        const string text = "Fowler noted that if the party lost, he would resign.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("if the party lost, he would resign", claim.Text);
    }

    [Theory]
    [InlineData("The governor called his support for the merger a blunder.", "his support for the merger a blunder")]
    [InlineData("The union branded the new contract \"a betrayal\" of its members.", "the new contract \"a betrayal\" of its members")]
    [InlineData("The mayor called the critic a \"liar\" who is \"out of touch,\" a \"bully\" and worse.", "the critic a \"liar\" who is \"out of touch,\" a \"bully\" and worse")]
    public void Keeps_the_predicate_of_an_object_named_by_call_or_brand(string text, string content)
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
    [InlineData("This has not sat well with members of the union, many of whom say the deal was too modest.", "members of the union, many of whom", "the deal was too modest")]
    [InlineData("The senators, some of whom said the bill was rushed, voted against it.", "The senators, some of whom", "the bill was rushed")]
    [InlineData("The senator, who has said the bill was rushed, voted against it on Friday.", "The senator", "the bill was rushed")]
    public void Reads_a_cue_in_a_relative_clause_and_ends_its_content_where_the_main_clause_resumes(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
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
        const string text = "\"Why is this not proof that the agency is too slow?\" Lindqvist demanded.\n\nPaperwork was a large part of the agency's backlog.";

        var claims = new ClaimExtractor().Extract(text);

        Assert.Contains(claims, c => !c.IsAttributed && c.Text == "Paperwork was a large part of the agency's backlog.");
    }

    [Fact]
    public void Reads_what_a_source_described_an_antecedent_as()
    {
        const string text = "Twenty people were injured by an explosion that Mayor Ana Reyes described as \"an intentional act.\"";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("Mayor Ana Reyes", "an intentional act"), (claim.Source, claim.Text));
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
    [InlineData("Many renters would lose out under the proposal, according to an analysis by Helen Marsh, a former budget aide now teaching at a college, whose findings were echoed by others.",
        "an analysis by Helen Marsh, a former budget aide now teaching at a college", "Many renters would lose out under the proposal")]
    [InlineData("The plan, according to Ana Ruiz, a former aide, will cost $2bn.", "Ana Ruiz, a former aide", "The plan ... will cost $2bn")]
    public void Keeps_an_apposition_with_a_parenthetical_according_to_source(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
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

    [Fact]
    public void Finds_a_particle_verb_with_a_day_between_verb_and_particle()
    {
        const string text = "The county sheriff called Monday for publishing the inspection reports.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("called Monday for", "publishing the inspection reports"), (claim.Cue, claim.Text));
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
    [InlineData("Doctors expressed fears that the outbreak would spread.", "expressed fears", "the outbreak would spread")]
    [InlineData("Geologists have warned for years that the slope could slide.", "warned", "the slope could slide")]
    [InlineData("The council has argued since 2019 that the slope could slide.", "argued", "the slope could slide")]
    [InlineData("Residents voiced doubts that the dam would hold.", "voiced doubts", "the dam would hold")]
    [InlineData("The audit raised fears that the pension fund was short.", "raised fears", "the pension fund was short")]
    [InlineData("The chairman made clear that no one would be fired.", "made clear", "no one would be fired")]
    public void Reads_a_light_verb_with_a_stance_noun_before_that_as_a_cue(string text, string cue, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((cue, content), (claim.Cue, claim.Text));
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

    [Theory]
    [InlineData("Costa, asked about the vote, said only: \"We will see what happens.\"")]
    [InlineData("Asked whether he would resign, Costa replied simply: \"We will see what happens.\"")]
    public void A_manner_adverb_before_the_colon_is_not_content(string text)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal("We will see what happens", claim.Text);
        Assert.Equal(ClaimKind.Direct, claim.Kind);
    }

    [Fact]
    public void A_naming_verb_without_a_predicate_reports_nothing()
    {
        const string text = "The council met on Monday, calling a special session for Friday.";

        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("At least 40 people were killed when an earthquake struck the region, officials said.", "At least 40 people were killed when an earthquake struck the region")]
    [InlineData("At most a dozen homes were spared, the fire brigade said.", "At most a dozen homes were spared")]
    [InlineData("In the north villages were flooded, officials said.", "In the north villages were flooded")]
    [InlineData("About 200 people attended, the police said.", "About 200 people attended")]
    [InlineData("Around 50 homes were damaged, the council said, and three roads closed.", "Around 50 homes were damaged")]
    [InlineData("About one in ten riders fell ill, the organisers said.", "About one in ten riders fell ill")]
    [InlineData("Nearly a quarter of the wells ran dry, the water board said.", "Nearly a quarter of the wells ran dry")]
    [InlineData("Earlier surveys have sometimes overstated the damage, she noted.", "Earlier surveys have sometimes overstated the damage")]
    [InlineData("Later drafts had dropped the clause, the clerk said.", "Later drafts had dropped the clause")]
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
    [InlineData("Investigators believe the fire started in the kitchen.", "Investigators", "the fire started in the kitchen")]
    [InlineData("Doctors fear the outbreak will spread to the capital.", "Doctors", "the outbreak will spread to the capital")]
    [InlineData("The coach thinks his side was robbed.", "The coach", "his side was robbed")]
    [InlineData("The union fears the strike will collapse.", "The union", "the strike will collapse")]
    [InlineData("Okonjo hopes Parliament will pass the bill.", "Okonjo", "Parliament will pass the bill")]
    [InlineData("The insurer doubts the repairs were necessary.", "The insurer", "the repairs were necessary")]
    public void Reads_a_belief_verb_with_a_bare_clause_as_a_report(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Health worries have dogged the senator since March.")]
    [InlineData("Farmers felt comfortable with the deal because prices had risen.")]
    [InlineData("What voters expect from the mayor is honesty.")]
    [InlineData("Residents hope for rain before the harvest is lost.")]
    [InlineData("Voter worries the economy is slowing are growing.")]
    [InlineData("Job fears grow as the plant closes.")]
    public void Does_not_read_a_plural_noun_a_linking_verb_or_a_prepositional_object_as_a_belief_report(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("Insurance claims rose sharply last year.")]
    [InlineData("Such reports were never confirmed.")]
    [InlineData("Crews from two neighbouring states had arrived by then.")]
    [InlineData("The remaining claims have been settled out of court.")]
    public void An_s_form_right_before_a_finite_verb_is_a_plural_noun_not_a_cue(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("A driver who hit a cyclist will face criminal charges, police said.", "A driver who hit a cyclist will face criminal charges")]
    [InlineData("The chemist who sold the pills faces serious charges, prosecutors said.", "The chemist who sold the pills faces serious charges")]
    public void An_s_form_after_an_adjective_is_the_plural_noun_it_modifies(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Nurses in state hospitals will walk out on Monday, the union said.", "Nurses in state hospitals will walk out on Monday")]
    [InlineData("Staff at report desks in the capital were told to stay home, the ministry said.", "Staff at report desks in the capital were told to stay home")]
    public void A_base_form_right_after_a_preposition_modifies_the_noun_after_it(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Court blocks state's new voting rules")]
    [InlineData("Officials report's authors were not named.")]
    public void A_cue_word_with_a_possessive_ending_is_a_noun(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("Chile sits on major fault lines and is often shaken by tremors.")]
    [InlineData("Japan lies on several major fault lines.")]
    [InlineData("Nepal sits on active fault lines.")]
    public void A_base_form_after_an_adjective_modifies_the_noun_after_it(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("Many local residents say the road is dangerous.", "Many local residents")]
    [InlineData("Staff on site say conditions are poor.", "Staff on site")]
    public void A_plural_noun_after_an_adjective_still_speaks(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void A_parenthetical_belief_verb_before_a_participle_takes_nothing_after_its_comma()
    {
        Assert.Empty(Attributed("Several causes lie behind the drop, officials believe, including staff shortages during the winter months."));
    }

    [Theory]
    [InlineData("The appeal court held that the dismissal was unfair.", "The appeal court", "the dismissal was unfair")]
    [InlineData("In a 4-1 ruling, the judges held that the fee breached the treaty.", "the judges", "the fee breached the treaty")]
    public void A_court_holding_that_reports_the_clause(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Police held that man for two days.")]
    [InlineData("Rangers found that bear near the road.")]
    [InlineData("The ministers held talks that ran late.")]
    public void That_before_a_lone_noun_and_a_preposition_points_at_a_thing(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("Flood deaths prompt calls for new levees")]
    [InlineData("The verdict renewed calls for an inquiry into the police.")]
    [InlineData("The mayor faces claims that she misused funds.")]
    [InlineData("The crash sparked demands for safer roads.")]
    public void An_s_form_after_a_verb_that_takes_a_reaction_as_its_object_is_that_object(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Fact]
    public void A_reaction_verb_with_its_own_object_does_not_block_the_report_after_it()
    {
        var claim = Assert.Single(Extract.Attributed("The council rejected the plan and says it will appeal."), c => c.Cue == "says");

        Assert.Equal(("The council", "it will appeal"), (claim.Source, claim.Text));
    }

    [Fact]
    public void An_s_form_before_an_inverted_condition_still_reports()
    {
        var claim = Assert.Single(Extract.Attributed("The audit says had the plan gone ahead, costs would have doubled."));

        Assert.Equal("The audit", claim.Source);
    }

    [Theory]
    [InlineData("The head of the coastal states' forum, Ama Kessie, said talks would resume.", "Ama Kessie", "talks would resume")]
    [InlineData("The chair of the member states\u2019 panel said talks would resume.", "chair of the member states\u2019 panel", "talks would resume")]
    public void An_s_form_closed_by_an_apostrophe_is_a_plural_possessive_not_a_cue(string text, string speaker, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((speaker, content, "said"), (claim.Speaker, claim.Text, claim.Cue));
    }

    [Theory]
    [InlineData("The pilot accepted that he had not checked the brakes.", "he had not checked the brakes")]
    [InlineData("Under questioning, the inspector accepted that the form was unsigned.", "the form was unsigned")]
    public void Accepting_a_clause_concedes_it(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(("accepted", content), (claim.Cue, claim.Text));
    }

    [Theory]
    [InlineData("The club accepted the offer.")]
    [InlineData("The council accepted an offer that valued the land at two million.")]
    public void Accepting_a_thing_reports_nothing(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("State media says the test was a success.", "State media")]
    [InlineData("The data shows that crime fell.", "The data")]
    [InlineData("The data show that crime fell.", "The data")]
    public void A_noun_of_either_number_agrees_with_either_verb_form(string text, string source)
    {
        Assert.Equal(source, Assert.Single(Extract.Attributed(text)).Source);
    }

    [Theory]
    [InlineData("The deal, which media reports valued at two billion euros, was signed on Friday.")]
    [InlineData("The tunnel, which media reports put at 40 kilometres, opens today.")]
    public void An_s_form_that_is_also_a_plural_noun_after_media_is_a_compound(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("Two directors received suspended sentences.")]
    [InlineData("Four landlords who rented unsafe flats were given suspended sentences after pleading guilty.")]
    public void A_participle_between_a_verb_and_its_noun_object_modifies_the_noun(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("The accused said he had been at home.", "The accused")]
    [InlineData("The tenants we interviewed said repairs took months.", "The tenants we interviewed")]
    public void A_noun_or_a_contact_relative_before_the_cue_still_speaks(string text, string source)
    {
        Assert.Equal(source, Assert.Single(Attributed(text)).Source);
    }

    [Theory]
    [InlineData("The disease has reached three more EU states, the agency said on Friday.", "the agency")]
    [InlineData("Ministers in several EU states say the quota is unfair.", "Ministers in several EU states")]
    public void A_singular_name_after_a_count_modifies_the_plural_noun_after_it(string text, string source)
    {
        Assert.Equal(source, Assert.Single(Attributed(text)).Source);
    }

    [Theory]
    [InlineData("The office, which handles about 300 NHS claims a week, will close.")]
    [InlineData("The archive, which holds 900 Inuit objects, will reopen in May.")]
    public void A_singular_name_after_a_figure_modifies_the_plural_noun_after_it(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void A_year_before_a_name_is_no_count()
    {
        var claim = Assert.Single(Attributed("In 2019 Okafor says he was offered a bribe."));

        Assert.Equal(("Okafor", "he was offered a bribe"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The quota passed, and some Conservatives say it is unfair.", "some Conservatives")]
    [InlineData("The EU says the quota is unfair.", "The EU")]
    public void A_plural_name_or_a_name_without_a_count_is_still_a_subject(string text, string source)
    {
        Assert.Equal(source, Assert.Single(Attributed(text)).Source);
    }

    [Fact]
    public void An_ing_noun_closing_the_addressee_is_no_verb()
    {
        var claim = Assert.Single(Attributed("Growers fear heavy losses, industry groups told a parliamentary hearing last week."));

        Assert.Equal("Growers fear heavy losses", claim.Text);
    }

    [Theory]
    [InlineData("The eggs were laid in late winter, the team reported in the journal Proceedings of the Royal Society of Edinburgh.", "The eggs were laid in late winter")]
    [InlineData("The levy was unlawful, the judges wrote in a ruling of the Court of Appeal for Northern Ireland.", "The levy was unlawful")]
    public void A_long_name_after_a_closing_cue_counts_as_one_word_of_the_tail(string text, string content)
    {
        Assert.Equal(content, Assert.Single(Extract.Attributed(text)).Text);
    }

    [Fact]
    public void A_title_case_headline_counts_every_word_after_its_cue()
    {
        var claims = Extract.Attributed("Facing Pressure, Mayor Pledges To Cut Fares For Students And Pensioners Next Year");

        Assert.DoesNotContain(claims, c => c.Text == "Facing Pressure");
    }

    [Theory]
    [InlineData("The trust alleges that the council sold the land too cheaply.", "trust", "the council sold the land too cheaply")]
    [InlineData("In a claim filed on Monday, the estate contends that the will was forged.", "estate", "the will was forged")]
    public void A_definite_party_that_alleges_or_contends_a_that_clause_is_a_source(string text, string speaker, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((speaker, content), (claim.Speaker, claim.Text));
    }

    [Theory]
    [InlineData("The joint declaration called on both sides to release prisoners.", "joint declaration")]
    [InlineData("The communique said the talks had been useful.", "communique")]
    public void A_declaration_or_communique_speaks_as_a_statement_does(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Extract.Attributed(text)).Speaker);
    }
}
