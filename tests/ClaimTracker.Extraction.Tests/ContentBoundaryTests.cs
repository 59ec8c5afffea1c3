namespace ClaimTracker.Extraction.Tests;

/// <summary>Where content starts and ends: addressees, adverbials, complementizers, objects and the clauses after them.</summary>
public sealed class ContentBoundaryTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Theory]
    [InlineData("The senator attacked the plan in a late-night post.", "the plan")]
    [InlineData("The panel rejected that proposal in a memo issued on Monday.", "that proposal")]
    [InlineData("The union thanked the city for restoring the bus routes in May.", "the city for restoring the bus routes in May")]
    [InlineData("The minister promised a review and resigned a week later.", "a review")]
    [InlineData("The union condemned the closures in a letter to staff and its members walked out.", "the closures")]
    [InlineData("The mayor criticised the delays on Friday and the contractor apologised.", "the delays")]
    public void Ends_a_speech_acts_object_before_its_adjuncts(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The councillor denied any wrongdoing and is expected to appeal.", "any wrongdoing")]
    [InlineData("The builder denied claims of bribery and has hired a lawyer.", "claims of bribery")]
    [InlineData("The coach rejected the allegations and will fight the ban.", "the allegations")]
    public void Ends_a_noun_object_before_the_subjects_second_finite_predicate(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The charity called for a complete ban on bottom trawling.", "a complete ban on bottom trawling")]
    [InlineData("The union called for limits on overtime.", "limits on overtime")]
    [InlineData("The union rejected the deal on Friday.", "the deal")]
    [InlineData("The biologist called for deep cuts in fishing quotas.", "deep cuts in fishing quotas")]
    [InlineData("The union called for a rise in the minimum wage.", "a rise in the minimum wage")]
    [InlineData("The union called for a rise in March.", "a rise")]
    public void Keeps_the_on_or_in_phrase_a_noun_takes_as_its_complement_but_not_a_time(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The inspector said the rules apply to everyone and are fair.", "the rules apply to everyone and are fair")]
    [InlineData("The inspector said the owner of the ferry resigned and was arrested.", "the owner of the ferry resigned and was arrested")]
    [InlineData("The inspector denied that the ferry was late and had been overloaded.", "the ferry was late and had been overloaded")]
    public void Keeps_a_second_predicate_that_belongs_to_the_reported_clause(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The bakery said it had already raised its prices and cut its opening hours.", "it had already raised its prices and cut its opening hours")]
    [InlineData("The airline said it had grounded two jets and inspected the rest.", "it had grounded two jets and inspected the rest")]
    [InlineData("The minister said the ferry had sailed late and resigned on Monday.", "the ferry had sailed late")]
    public void Keeps_a_participle_after_and_under_the_content_s_own_perfect(string text, string content)
    {
        var claim = Assert.Single(Attributed(text), c => c.Cue == "said");

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The inspector said the boilers, fitted in 1990, still worked.", "the boilers, fitted in 1990, still worked")]
    [InlineData("She said the letters, known as the Harbour Papers, now belonged to the city.", "the letters, known as the Harbour Papers, now belonged to the city")]
    [InlineData("The inspector said the boilers were old, now fitted with new pipes.", "the boilers were old")]
    public void Keeps_the_predicate_after_an_aside_inside_the_subject(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The union said years of neglect had left the wards unsafe.", "years of neglect had left the wards unsafe")]
    [InlineData("The council said months of rain had damaged the road.", "months of rain had damaged the road")]
    [InlineData("The council said years ago that the road was unsafe.", "the road was unsafe")]
    public void Keeps_a_plural_time_noun_with_its_complement_as_the_clause_s_subject(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("A tenant told the charity she had been unable to sleep.", "she had been unable to sleep")]
    [InlineData("The driver told the court he was too tired to stop.", "he was too tired to stop")]
    [InlineData("Police told people living near the depot to leave.", "people living near the depot to leave")]
    public void An_addressee_before_a_reported_clause_is_not_the_subject_of_its_infinitive(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The clinic confirmed the closure in a brief statement.", "the closure")]
    [InlineData("The club announced that the coach had resigned in a statement.", "the coach had resigned")]
    [InlineData("The mayor said the plan was published in a statement nobody read.", "the plan was published in a statement nobody read")]
    public void Leaves_a_closing_in_a_statement_out_of_the_content(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The director blamed high fuel prices in Asia and the weak euro.", "high fuel prices in Asia and the weak euro")]
    [InlineData("The report praised the schools in the north and their new reading scheme.", "the schools in the north and their new reading scheme")]
    public void Keeps_a_phrase_that_modifies_the_first_of_two_coordinated_objects(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The two clubs agreed on Friday to replay a match that ended in a brawl.")]
    [InlineData("The unions agreed last week to resume talks on a deal that collapsed in May.")]
    public void A_that_inside_an_infinitive_after_a_time_adverbial_opens_no_reported_clause(string text)
    {
        Assert.DoesNotContain(Extract.Attributed(text), c => c.Text.StartsWith("ended", StringComparison.Ordinal) || c.Text.StartsWith("collapsed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_that_clause_after_a_time_adverbial_and_an_addressee_is_still_reported()
    {
        var claim = Assert.Single(Extract.Attributed("The minister said on Monday to reporters that the port would reopen."));

        Assert.Equal("the port would reopen", claim.Text);
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

    [Fact]
    public void Skips_a_quoted_programme_name_as_addressee()
    {
        const string text = "Rivera told \"Morning Report\" that the strike would end soon.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the strike would end soon", claim.Text);
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

    [Fact]
    public void Stops_an_addressee_before_a_possessive_that_opens_the_content()
    {
        const string text = "The suspect's lawyer told the BBC his client denied the charges.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("his client denied the charges", claim.Text);
    }

    [Fact]
    public void Ends_content_at_a_clause_after_a_comma_inside_a_closing_quote()
    {
        const string text = "The candidate is promising \"jobs, jobs, jobs,\" but critics remain unconvinced.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("jobs, jobs, jobs", ClaimKind.Direct), (claim.Text, claim.Kind));
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
    [InlineData("Farmers complain bitterly that fuel prices are too steep.", "fuel prices are too steep")]
    [InlineData("Critics argue persuasively that the law is flawed.", "the law is flawed")]
    public void Skips_a_manner_adverb_before_the_complementizer(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The coach had insisted only on Friday that he would stay.", "he would stay")]
    [InlineData("The bank warned just last week that rates would rise.", "rates would rise")]
    [InlineData("The envoy said only that the talks would go on.", "the talks would go on")]
    [InlineData("He said even that was too generous.", "even that was too generous")]
    public void Skips_a_focus_particle_on_the_saying_before_the_complementizer(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The governor won 58 percent of the vote, the board announced on Monday, a margin his rival disputed.", "The governor won 58 percent of the vote")]
    [InlineData("Bread prices rose 9 percent in June, the bureau said, the steepest rise in a decade.", "Bread prices rose 9 percent in June")]
    [InlineData("The ferry, the captain said, had been overloaded for weeks.", "The ferry ... had been overloaded for weeks")]
    [InlineData("Half the glaciers have shrunk, the survey said on Monday, in what climbers say is the fastest retreat on record.", "Half the glaciers have shrunk")]
    [InlineData("The mill will close in May, the owners said, in a blow to the valley.", "The mill will close in May")]
    [InlineData("The mill will close in May, the owners said, amid falling orders.", "The mill will close in May")]
    [InlineData("The bridge will close, the council said, for at least six months.", "The bridge will close ... for at least six months")]
    public void Leaves_a_summing_or_framing_phrase_after_a_closing_cue_out_of_the_content(string text, string content)
    {
        var claim = Assert.Single(Attributed(text), c => c.Cue is "announced" or "said");

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Diplomats said the talks, now in their third week, had failed to agree on an agenda.", "the talks, now in their third week, had failed to agree on an agenda")]
    [InlineData("Rangers said the bear, still wearing its collar, wandered into the village.", "the bear, still wearing its collar, wandered into the village")]
    [InlineData("Officials said the dam was safe, now that repairs were done.", "the dam was safe")]
    public void Keeps_an_aside_on_the_contents_subject_inside_the_content(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The island must never again be cut off, she said, referring to the storm of 2019.", "The island must never again be cut off")]
    [InlineData("The harbour was safe, the captain said, gesturing at the new sea wall.", "The harbour was safe")]
    [InlineData("The first vote was easy, he said, replacing the chairman would be much harder.", "The first vote was easy ... replacing the chairman would be much harder")]
    public void Leaves_a_participle_after_a_closing_cue_out_unless_it_opens_a_clause(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
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

    [Theory]
    [InlineData("The fire service told people living near the depot to keep their windows shut.", "people living near the depot to keep their windows shut")]
    [InlineData("The referee told them never to argue with a linesman.", "them never to argue with a linesman")]
    public void Keeps_the_addressee_of_told_when_it_is_the_subject_of_an_infinitive(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void Skips_a_parenthetical_between_the_verb_and_that()
    {
        const string text = "The newspaper reported, without citing sources, that the suspects were foreign nationals.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the suspects were foreign nationals", claim.Text);
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

    [Fact]
    public void Ends_an_object_before_a_coordinated_irregular_past_predicate()
    {
        const string text = "Police spokesman Ali Kaya confirmed the arrests but gave no further details.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the arrests", claim.Text);
    }

    [Theory]
    [InlineData("The referee admitted taking a payment that came from a betting syndicate.", "taking a payment that came from a betting syndicate")]
    [InlineData("The clerk denied shredding files that showed the losses.", "shredding files that showed the losses")]
    public void A_gerund_object_keeps_its_relative_clause(string text, string content)
    {
        Assert.Equal(content, Assert.Single(Attributed(text)).Text);
    }

    [Fact]
    public void An_adjective_in_ing_before_a_noun_for_people_is_part_of_the_addressee()
    {
        var claim = Assert.Single(Attributed("The steward warned visiting supporters that the gates would close early."));

        Assert.Equal("the gates would close early", claim.Text);
    }

    [Theory]
    [InlineData("Inspectors are assessing whether the bridge is safe.")]
    [InlineData("The council has not decided whether the library will close.")]
    [InlineData("Officials did not know if the dam would hold.")]
    public void A_verb_of_thinking_or_deciding_before_an_open_question_reports_nothing(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("The senator asked whether the grant had been spent.", "whether the grant had been spent")]
    [InlineData("The engineer doubted whether the repairs would last.", "whether the repairs would last")]
    [InlineData("The footage does not answer whether the driver was armed.", "whether the driver was armed")]
    public void A_verb_of_asking_doubting_or_answering_reports_an_open_question(string text, string content)
    {
        Assert.Equal(content, Assert.Single(Attributed(text)).Text);
    }

    [Fact]
    public void Leaves_the_person_asked_out_of_a_reported_question()
    {
        const string text = "Reporters asked the minister whether he would resign.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("Reporters", "whether he would resign"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Unions threatened strikes if the stake is sold.", "strikes if the stake is sold")]
    [InlineData("The airline promised refunds if flights were cancelled.", "refunds if flights were cancelled")]
    [InlineData("She asked officials if the road would reopen.", "if the road would reopen")]
    public void Keeps_a_thing_before_if_as_the_object_and_leaves_out_a_person_asked(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The senator rejected the earlier findings of the panel.", "the earlier findings of the panel")]
    [InlineData("The union welcomed the later decision by the court.", "the later decision by the court")]
    [InlineData("He called an earlier inquiry into his finances \"a witch hunt\".", "an earlier inquiry into his finances \"a witch hunt\"")]
    [InlineData("The union rejected the offer earlier this week.", "the offer")]
    public void Reads_a_time_word_after_a_determiner_as_part_of_the_object(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void Skips_a_tally_between_the_verb_and_that()
    {
        const string text = "The three-judge panel ruled 2-1 that the law violated the constitution.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("The three-judge panel", "the law violated the constitution"), (claim.Source, claim.Text));
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
    [InlineData("Residents said that's the third flood this year.", "that's the third flood this year")]
    [InlineData("The goalkeeper said that\u2019s the hardest save of his career.", "that\u2019s the hardest save of his career")]
    public void Keeps_a_demonstrative_that_with_its_clitic_verb_in_the_content(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The company said demand was weak and cut 300 jobs.", "demand was weak")]
    [InlineData("The union said the talks had failed and quit the negotiations.", "the talks had failed")]
    [InlineData("The minister said the government would raise taxes and cut spending.", "the government would raise taxes and cut spending")]
    public void Ends_content_before_the_sources_own_past_spelt_as_its_base_but_not_after_a_modal(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The agency estimates that 40% of homes flooded.", "40% of homes flooded")]
    [InlineData("The board estimated that 1,200 jobs were at risk.", "1,200 jobs were at risk")]
    public void That_before_a_number_opens_the_reported_clause(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Police said the driver stole a van and drove it into a wall.", "the driver stole a van and drove it into a wall")]
    [InlineData("The coastguard said the trawler lost power and drifted onto the rocks.", "the trawler lost power and drifted onto the rocks")]
    [InlineData("His agent said the sprinter had been misled and had never cheated.", "the sprinter had been misled and had never cheated")]
    public void Keeps_a_past_after_and_in_the_tense_of_the_reported_clauses_own_verb(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The union said the offer was an insult and walked out of the talks.", "the offer was an insult")]
    [InlineData("The minister said the talks had stalled and flew home.", "the talks had stalled")]
    [InlineData("The mayor promised an inquiry and resigned a week later.", "an inquiry")]
    public void Ends_content_before_a_past_after_and_that_leaves_the_reported_clauses_tense_or_follows_an_object(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The union rejected the claim, citing the cost of housing.", "the claim")]
    [InlineData("The council denied the report, pointing to the price of heating.", "the report")]
    public void Ends_a_noun_object_before_a_participle_clause_after_its_comma(string text, string content)
    {
        var claim = Assert.Single(Attributed(text), c => c.Cue is "rejected" or "denied");

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void Keeps_a_gerund_complement_of_the_object_after_an_adjunct()
    {
        var claim = Assert.Single(Attributed("The union thanked the mayor on Friday for funding the new depot."));

        Assert.Equal("the mayor ... for funding the new depot", claim.Text);
    }

    [Theory]
    [InlineData("The bank said it found the error last week and had told the regulator.", "it found the error last week and had told the regulator")]
    [InlineData("His lawyer said his client was ashamed and had co-operated fully.", "his client was ashamed and had co-operated fully")]
    [InlineData("The club said it would appeal and had already written to the league.", "it would appeal and had already written to the league")]
    public void Keeps_a_pluperfect_after_and_in_the_reported_clause(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The firm said it found the flaw and had informed the regulator and the police.", "it found the flaw and had informed the regulator and the police")]
    [InlineData("She told staff and parents that the school would close.", "the school would close")]
    [InlineData("He told reporters and editors the plan was dead.", "the plan was dead")]
    public void A_phrase_joined_to_the_addressee_is_a_second_addressee(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void Said_to_an_addressee_before_that_leaves_the_addressee_out_of_the_content()
    {
        var claim = Assert.Single(Attributed("He said to reporters that the plan was dead."));

        Assert.Equal("the plan was dead", claim.Text);
    }

    [Fact]
    public void A_second_that_clause_after_but_belongs_to_the_same_report()
    {
        var claim = Assert.Single(Extract.Attributed("She said the causes were not fully understood, but that pesticides were likely to play a part."));

        Assert.Equal("the causes were not fully understood, but that pesticides were likely to play a part", claim.Text);
    }

    [Theory]
    [InlineData("He said the plan was good, but that is not enough for the unions.")]
    [InlineData("He said the plan was good, but critics disagreed.")]
    public void But_without_a_second_that_clause_ends_the_report(string text)
    {
        Assert.Equal("the plan was good", Assert.Single(Extract.Attributed(text)).Text);
    }

    [Theory]
    [InlineData("The monitoring group said that three villages had been shelled overnight, citing residents.", "three villages had been shelled overnight")]
    [InlineData("The broadcaster reported that the talks had collapsed, quoting two diplomats.", "the talks had collapsed")]
    public void A_closing_citation_is_the_sources_act_and_ends_the_content(string text, string content)
    {
        Assert.Equal(content, Assert.Single(Extract.Attributed(text)).Text);
    }

    [Theory]
    [InlineData("The ferry operator said it would resume sailings on Friday, a position the port authority disputes.")]
    [InlineData("The mayor said the budget was balanced, a view the auditors do not share.")]
    public void A_reporters_label_for_the_content_ends_it(string text)
    {
        var claim = Extract.Attributed(text)[0];

        Assert.DoesNotContain(",", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The governor told lawmakers \u2014 in what aides called a farewell address \u2014 that the budget was sound.")]
    [InlineData("The governor said (in a written answer) that the budget was sound.")]
    [InlineData("The governor said \u2014 without giving figures \u2014 the budget was sound.")]
    public void An_aside_between_dashes_or_brackets_before_the_complement_is_skipped(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "The governor");

        Assert.Equal("the budget was sound", claim.Text);
    }

    [Theory]
    [InlineData("An engineer told the paper the pumps had failed twice, speaking on condition of anonymity because she feared for her job.", "the pumps had failed twice")]
    [InlineData("The senator said the bill was dead, speaking at a town hall in Marlow.", "the bill was dead")]
    [InlineData("Two officials said the count would be delayed, talking to reporters outside the hall.", "the count would be delayed")]
    public void Ends_the_content_before_a_participle_of_speaking_that_says_how_the_source_spoke(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The curator said this year's entries were the strongest yet.", "this year's entries were the strongest yet")]
    [InlineData("The judge called last week's ruling a mistake.", "last week's ruling a mistake")]
    [InlineData("Inspectors praised Friday's drill as orderly.", "Friday's drill as orderly")]
    [InlineData("Survivors describe night of terror on the ferry.", "night of terror on the ferry")]
    [InlineData("The mayor said years of neglect were to blame.", "years of neglect were to blame")]
    public void Keeps_a_time_phrase_that_owns_the_next_noun_in_the_content(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Observers said the election had been orderly but marred by pressure on teachers.", "the election had been orderly but marred by pressure on teachers")]
    [InlineData("Officials said the harbour was closed and guarded by troops.", "the harbour was closed and guarded by troops")]
    [InlineData("Police said the driver was arrested and charged by detectives on Monday.", "the driver was arrested and charged by detectives on Monday")]
    [InlineData("Analysts said growth was weak and driven by exports.", "growth was weak and driven by exports")]
    public void A_passive_with_its_agent_after_and_shares_the_contents_be(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void An_active_past_after_a_be_predicate_is_still_the_sources_own_act()
    {
        var claim = Assert.Single(Extract.Attributed("The minister said the vote was fair and walked out."));

        Assert.Equal("the vote was fair", claim.Text);
    }

    [Theory]
    [InlineData("The lawsuits alleged that the company marketed its pills while playing down the risk of addiction.", "the company marketed its pills while playing down the risk of addiction")]
    [InlineData("Regulators said the bank misled savers while insisting its loans were safe.", "the bank misled savers while insisting its loans were safe")]
    public void A_participle_after_while_in_a_reported_clause_shares_that_clauses_subject(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The judge ruled that the council acted unlawfully, in a decision campaigners hailed as a victory for free speech.", "the council acted unlawfully")]
    [InlineData("The court ruled that the ban was lawful, in a blow to the campaigners.", "the ban was lawful")]
    [InlineData("The minister said the levy would rise, in what farmers called a betrayal.", "the levy would rise")]
    [InlineData("The general said the troops would stay, in an apparent reference to the border dispute.", "the troops would stay")]
    public void A_phrase_opened_by_in_that_sums_up_the_act_is_the_reporters_frame(string text, string content)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(content, claims[0].Text);
    }

    [Fact]
    public void A_report_inside_the_reporters_frame_is_its_own_sources()
    {
        var claims = Extract.Attributed("The mayor said the town would appeal, in a move critics say will cost millions.");

        Assert.Contains(claims, c => c.Speaker == "critics" && c.Text == "will cost millions");
    }

    [Fact]
    public void A_place_after_in_stays_in_the_content()
    {
        var claim = Assert.Single(Extract.Attributed("She said the boy was found, in a state of shock, near the river."));

        Assert.Equal("the boy was found, in a state of shock, near the river", claim.Text);
    }
}
