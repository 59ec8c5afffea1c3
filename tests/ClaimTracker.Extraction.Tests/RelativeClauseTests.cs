namespace ClaimTracker.Extraction.Tests;

/// <summary>Reports inside non-restrictive relative clauses, whose source is the noun phrase the clause hangs on.</summary>
public sealed class RelativeClauseTests
{
    [Theory]
    [InlineData("The regulator, which said the fees were unlawful, ordered refunds.", "regulator", "the fees were unlawful")]
    [InlineData("Mayor Ines Varga, who said the budget was balanced, refused to raise taxes.", "Ines Varga", "the budget was balanced")]
    [InlineData("The ferry operator, which has repeatedly said the route loses money, cut two sailings.", "ferry operator", "the route loses money")]
    [InlineData("Dr Tomas Brel, who warned that the clinic was short of nurses, resigned in June.", "Tomas Brel", "the clinic was short of nurses")]
    [InlineData("The watchdog, which had already warned that the fees were unlawful, ordered refunds.", "watchdog", "the fees were unlawful")]
    [InlineData("Mayor Ines Varga, who later said the budget was balanced, refused to raise taxes.", "Ines Varga", "the budget was balanced")]
    public void A_report_in_a_relative_clause_before_the_main_verb_is_a_claim_of_the_antecedent(string text, string speaker, string content)
    {
        var claims = Extract.Attributed(text);

        var relative = Assert.Single(claims, c => c.Text == content);
        Assert.Equal(speaker, relative.Speaker);
    }

    [Theory]
    [InlineData("In Norway, which announced a ban on the traps last year, the fishing agency has begun inspections.", "Norway", "a ban on the traps last year")]
    [InlineData("In Estonia, which confirmed the order on Monday, the navy will escort the ships.", "Estonia", "the order on Monday")]
    public void A_relative_clause_on_a_fronted_phrase_closes_before_the_main_clauses_subject(string text, string speaker, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((speaker, content), (claim.Speaker, claim.Text));
    }

    [Theory]
    [InlineData("Engineer Tali Brook, who first reported the leak to the council, said the pipe had been failing for months.", "the pipe had been failing for months")]
    [InlineData("The ombudsman, which once warned the board about its rota, said the new rules were unsafe.", "the new rules were unsafe")]
    public void An_adverb_before_the_relative_clauses_verb_leaves_the_main_verb_the_cue(string text, string content)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(content, Assert.Single(claims, c => c.Cue == "said").Text);
    }

    [Theory]
    [InlineData("The radio station, which first reported the story, said the mayor had resigned.")]
    [InlineData("Engineer Tali Brook, who reported the leak to the council, said the pipe had been failing for months.")]
    [InlineData("Councillor Ada Brine, who proposed the levy, said it would pay for two new buses.")]
    public void Reporting_a_thing_in_a_relative_clause_is_no_claim(string text)
    {
        Assert.Equal("said", Assert.Single(Extract.Attributed(text)).Cue);
    }

    [Fact]
    public void A_naming_verb_in_a_relative_clause_gives_the_object_with_its_predicate()
    {
        var claims = Extract.Attributed("The fishermen's union, which called the plan reckless, vowed to fight it in court.");

        var naming = Assert.Single(claims, c => c.Cue == "called");
        Assert.Equal("the plan reckless", naming.Text);
        Assert.Equal("fishermen's union", naming.Speaker);
    }

    [Fact]
    public void The_relative_clause_and_the_main_clause_give_two_claims_of_the_same_source()
    {
        var claims = Extract.Attributed("The water board, which said supplies were safe, told residents that boiling was not needed.");

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("water board", c.Speaker));
        Assert.Contains(claims, c => c.Text == "supplies were safe");
        Assert.Contains(claims, c => c.Text == "boiling was not needed");
    }

    [Fact]
    public void The_antecedent_is_the_phrase_after_a_preposition_that_hangs_on_a_thing()
    {
        var claim = Assert.Single(Extract.Attributed("Shop owners were angered by the Delmar Water Authority, which said the new fees were lawful."));

        Assert.Equal("Delmar Water Authority", claim.Speaker);
        Assert.Equal("the new fees were lawful", claim.Text);
    }

    [Fact]
    public void A_source_noun_before_the_preposition_stays_the_antecedent()
    {
        var claim = Assert.Single(Extract.Attributed("Ana Reyes, a spokeswoman for the port authority, who said the cranes were idle, left early."));

        Assert.Equal("Ana Reyes", claim.Speaker);
    }

    [Fact]
    public void A_second_cue_in_the_relative_clause_shares_its_source()
    {
        var claims = Extract.Attributed("Councillor Ruth Amadi, who said the bridge was safe and added that repairs would start in May, chaired the meeting.");

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Ruth Amadi", c.Speaker));
        Assert.Contains(claims, c => c.Cue == "added" && c.Text == "repairs would start in May");
    }

    [Theory]
    [InlineData("A senior official, who asked not to be named, said the talks had stalled.")]
    [InlineData("The engineer, who requested anonymity, said the cables were worn.")]
    public void A_request_for_anonymity_is_no_report(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal("said", claim.Cue);
    }

    [Theory]
    [InlineData("Varga, who understood that the vote was lost, told her aides to prepare a statement.")]
    [InlineData("The tenants, who asked the council to repair the roof, met again on Friday.")]
    [InlineData("The tenants, who knew that the roof leaked, met again on Friday.")]
    public void Knowing_and_asking_in_a_relative_clause_are_no_reports(string text)
    {
        Assert.DoesNotContain(Extract.Attributed(text), c => c.Cue is "understood" or "asked" or "knew");
    }

    [Theory]
    [InlineData("The design team, which adds the final touches, said the cover was ready.")]
    [InlineData("The weekly, which writes its own crosswords, said the cover was ready.")]
    public void A_verb_of_saying_with_a_noun_object_in_a_relative_clause_is_work_done(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal("said", claim.Cue);
    }

    [Theory]
    [InlineData("The mayor of Dunmore, Kent, who said the vote was rigged, left the hall early.", "mayor of Dunmore")]
    [InlineData("A nurse from Alvor, Portugal, who said the ward was short of staff, resigned.", "nurse from Alvor")]
    public void Who_after_a_town_and_region_hangs_on_the_phrase_holding_the_place(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
        Assert.False(claim.Source is "Kent" or "Portugal");
    }

    [Theory]
    [InlineData("Kestrel Motors unveiled a new electric van, which it said would go on sale next year.", "Kestrel Motors", "would go on sale next year")]
    [InlineData("The bridge, which engineers say is unsafe to cross, will close in May.", "engineers", "is unsafe to cross")]
    [InlineData("Officers towed away a car that witnesses said was parked there for days.", "witnesses", "was parked there for days")]
    public void A_relative_word_that_is_the_reported_clause_subject_leaves_the_predicate_as_content(string text, string speaker, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Text == content);

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("Engineers inspected a plan which officials said has been shelved.", "officials", "has been shelved")]
    [InlineData("Guards stopped a lorry that customs officers say had crossed the border twice.", "customs officers", "had crossed the border twice")]
    [InlineData("Officers arrested the man who police say was driving the truck.", "police", "was driving the truck")]
    [InlineData("Rangers found a boy who witnesses said had been missing since Sunday.", "witnesses", "had been missing since Sunday")]
    [InlineData("The ferry, which the operator said could carry 400 passengers, sank on Sunday.", "operator", "could carry 400 passengers")]
    [InlineData("The fire, which investigators believe was started deliberately, destroyed six homes.", "investigators", "was started deliberately")]
    [InlineData("The plan, which ministers think could save 2 billion, was approved.", "ministers", "could save 2 billion")]
    public void A_reported_clause_opening_with_an_auxiliary_has_the_relative_word_as_its_subject(string text, string speaker, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((speaker, content), (claim.Speaker, claim.Text));
    }

    [Theory]
    [InlineData("Officers arrested a man, who police said started the blaze.", "police", "started the blaze")]
    [InlineData("The fund, which analysts say lost money in March, will close.", "analysts", "lost money in March")]
    [InlineData("The levy, which the chamber says drives shoppers away, stays in force.", "chamber", "drives shoppers away")]
    [InlineData("The boy who rescuers said clung to a branch for hours is in hospital.", "rescuers", "clung to a branch for hours")]
    public void A_reported_clause_opening_with_a_lexical_verb_has_the_relative_word_as_its_subject(string text, string speaker, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((speaker, content), (claim.Speaker, claim.Text));
    }

    [Theory]
    [InlineData("The union condemned the rota, which it says ignores rest breaks.", "union", "ignores rest breaks")]
    [InlineData("The mayor praised the scheme, which she says will cut traffic.", "mayor", "will cut traffic")]
    [InlineData("The board welcomed the merger, which the regulator says has failed every test.", "regulator", "has failed every test")]
    [InlineData("Landlords said they opposed the cap, which tenants say saved them money.", "tenants", "saved them money")]
    [InlineData("The ruling was praised by campaigners, who have long argued that the rule is unfair.", "campaigners", "the rule is unfair")]
    [InlineData("The levy was attacked by the guild, which has often said that it will close shops.", "guild", "it will close shops")]
    public void A_relative_report_after_the_main_cue_is_a_claim_of_its_own(string text, string speaker, string content)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.Speaker == speaker && c.Text == content);
    }

    [Theory]
    [InlineData("Insurance claims rose by a third last year.")]
    [InlineData("The town, which the river splits in two, floods often.")]
    public void A_plural_noun_or_a_plain_relative_clause_reports_nothing(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("The dam that engineers said had cracked was repaired in May.", "had cracked")]
    [InlineData("The drug which researchers say is safe will be sold in Velmora.", "is safe")]
    [InlineData("The ship that the navy said had sunk turned up in port.", "had sunk")]
    [InlineData("A man who neighbours said had lived alone died in the blaze.", "had lived alone")]
    public void A_reported_clause_inside_the_sentence_subject_ends_at_the_main_verb(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Protesters who confronted the mayor said the rents were too high.", "Protesters")]
    [InlineData("The doctors who signed the letter say the clinic is unsafe.", "The doctors")]
    [InlineData("Residents who the council evicted said the homes were safe.", "Residents")]
    [InlineData("Relatives of the man who police shot said he was unarmed.", "Relatives")]
    public void A_relative_clause_before_the_cue_leaves_the_antecedent_as_source(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.StartsWith(source, claim.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The council raised parking fees, a move shopkeepers say will hurt trade.", "shopkeepers", "will hurt trade")]
    [InlineData("The board approved the tower, a project residents fear will block the view.", "residents", "will block the view")]
    [InlineData("It was a ruling many lawyers believe was a mistake.", "many lawyers", "was a mistake")]
    [InlineData("The memo the ministry said was leaked has not been found.", "ministry", "was leaked")]
    [InlineData("The court jailed him, a verdict his supporters called politically motivated.", "his supporters", "politically motivated")]
    [InlineData("The council passed the budget, a plan critics described as reckless, on Monday.", "critics", "reckless")]
    public void A_relative_clause_without_its_relative_word_reports_when_the_reported_clause_lacks_a_subject(string text, string speaker, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((speaker, content), (claim.Speaker, claim.Text));
    }

    [Fact]
    public void A_label_for_the_act_reported_ends_the_content_and_carries_its_own_report()
    {
        var claims = Extract.Attributed("The bakery announced it would cut its prices, a move customers said was overdue.");

        Assert.Equal(2, claims.Count);
        Assert.Equal(("bakery", "it would cut its prices"), (claims[0].Speaker, claims[0].Text));
        Assert.Equal(("customers", "was overdue"), (claims[1].Speaker, claims[1].Text));
    }

    [Fact]
    public void A_contact_clause_without_a_relative_word_is_still_no_report()
    {
        Assert.Empty(Extract.Attributed("Everything the coach says is repeated on the radio."));
    }

    [Theory]
    [InlineData("What we expect from them is honesty.")]
    [InlineData("Everything the coach believes is wrong.")]
    public void A_belief_verb_whose_object_is_fronted_reports_nothing(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("The nurse who patients praised said she would stay.", "nurse", "she would stay")]
    [InlineData("The plan that critics attacked has been dropped, the ministry said.", "ministry", "The plan that critics attacked has been dropped")]
    [InlineData("The striker whom the fans booed insisted he was fit.", "striker", "he was fit")]
    public void A_verb_whose_object_is_the_relative_word_belongs_to_the_clause_and_reports_nothing(string text, string speaker, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void An_apposition_on_the_object_of_a_relative_clause_leaves_the_antecedent_speaking()
    {
        var claim = Assert.Single(Extract.Attributed("Residents who fled Tarsa, the provincial capital, described streets littered with debris."));

        Assert.Equal("Residents", claim.Speaker);
        Assert.StartsWith("Residents who fled Tarsa", claim.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Exports fell again, a slide economists say reflects weak demand abroad.", "economists", "reflects weak demand abroad")]
    [InlineData("Turnout dropped, a trend pollsters say reflects bad weather.", "pollsters", "reflects bad weather")]
    [InlineData("Fares rose again, a change commuters said hurt them most.", "commuters", "hurt them most")]
    public void A_singular_antecedent_before_a_plural_source_is_no_part_of_the_source(string text, string speaker, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((speaker, content), (claim.Speaker, claim.Text));
    }

    [Theory]
    [InlineData("A few analysts said the bank would cut rates.", "A few analysts")]
    [InlineData("An arms dealer said the shipment had left.", "An arms dealer")]
    [InlineData("A news agency said the shipment had left.", "A news agency")]
    public void A_singular_determiner_with_its_own_singular_head_or_a_quantity_keeps_the_phrase(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("Police are questioning a man who says he saw the attack.", "a man", "he saw the attack")]
    [InlineData("Officials interviewed residents who said the water smelled of fuel.", "residents", "the water smelled of fuel")]
    [InlineData("The court blocked the deportation of an asylum seeker who says he faces torture.", "an asylum seeker", "he faces torture")]
    public void A_restrictive_relative_that_reports_gives_its_antecedent_as_source(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void A_restrictive_relative_inside_a_report_leaves_the_outer_report_alone()
    {
        var claims = Extract.Attributed("The senator mocked the governor, claiming he had a source who told him the governor paid no taxes.");

        Assert.Equal(("The senator", "claiming"), (claims[^1].Source, claims[^1].Cue));
    }

    [Fact]
    public void A_restrictive_relative_closed_by_a_comma_leaves_a_later_participle_to_the_sentence_subject()
    {
        var claims = Extract.Attributed("The developer refused to pay an architect who said he was owed money, saying the work was poor.");

        Assert.Equal("The developer", Assert.Single(claims, c => c.Cue == "saying").Source);
    }

    [Theory]
    [InlineData("The brewery that owns the building said it had accepted the offer.", "The brewery that owns the building", "brewery")]
    [InlineData("The firm which owns the site said it would appeal.", "The firm which owns the site", "firm")]
    public void A_determined_subject_picked_out_by_a_relative_clause_speaks_whatever_its_noun(string text, string source, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, speaker), (claim.Source, claim.Speaker));
    }

    [Theory]
    [InlineData("Bakers that rely on the mill said they had flour for a week.", "Bakers that rely on the mill", "Bakers")]
    [InlineData("Growers that sell to the cannery told the inquiry the price had halved.", "Growers that sell to the cannery", "Growers")]
    [InlineData("The clinics that treat the patients said the drug worked.", "The clinics that treat the patients", "clinics")]
    public void A_plural_subject_picked_out_by_a_relative_with_a_base_verb_speaks(string text, string source, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, speaker), (claim.Source, claim.Speaker));
    }

    [Fact]
    public void A_restrictive_relative_with_a_request_reports_nothing()
    {
        Assert.Empty(Extract.Attributed("Police are questioning a man who asked the driver to stop."));
    }

    [Theory]
    [InlineData("Tenants of flats that were damaged in the fire said the landlord had ignored their warnings.", "Tenants of flats that were damaged in the fire", "Tenants")]
    [InlineData("Owners of cafes that closed during the works told the council they had lost half their trade.", "Owners of cafes that closed during the works", "Owners")]
    [InlineData("Opponents of the bypass that was approved last year said it would destroy ancient woodland.", "Opponents of the bypass that was approved", "Opponents")]
    public void A_relative_clause_on_the_object_of_a_source_nouns_preposition_leaves_the_source_noun_speaking(string text, string source, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, speaker), (claim.Source, claim.Speaker));
    }

    [Theory]
    [InlineData("The number of flats that were damaged in the fire rose to forty.")]
    [InlineData("The price of homes that were built after the war has doubled.")]
    public void A_relative_clause_inside_a_phrase_with_no_source_noun_reports_nothing(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("An official who was not authorised to speak to the media said the deal was close.", "official", "the deal was close")]
    [InlineData("A diplomat who asked not to be named because the talks were private said no vote would be held.", "diplomat", "no vote would be held")]
    [InlineData("A nurse who has worked on the ward for more than twenty years told reporters that staff were exhausted.", "nurse", "staff were exhausted")]
    [InlineData("Residents who had waited for hours in the cold outside the hall said they felt ignored.", "Residents", "they felt ignored")]
    public void A_long_subject_relative_clause_leaves_its_antecedent_speaking(string text, string speaker, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((speaker, content), (claim.Speaker, claim.Text));
    }

    [Fact]
    public void A_subject_right_before_the_cue_inside_a_relative_clause_keeps_the_cue()
    {
        var claims = Extract.Attributed("A woman who told police her husband said he would hurt her was given protection.");

        Assert.DoesNotContain(claims, c => c.Cue == "said" && c.Speaker == "woman");
    }

    [Theory]
    [InlineData("The ban follows months of pressure from parents, who have accused the firm of ignoring warnings.", "parents", "the firm of ignoring warnings")]
    [InlineData("The mill was sued by farmers, who blame it for the dead fish.", "farmers", "it for the dead fish")]
    public void An_accusation_in_a_relative_clause_is_its_antecedents_report(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void A_plain_object_act_in_a_relative_clause_reports_nothing_of_the_antecedent()
    {
        var claims = Extract.Attributed("The mayor thanked the volunteers, who have praised the new bins.");

        Assert.DoesNotContain(claims, c => c.Source == "the volunteers");
    }

    [Theory]
    [InlineData("The envoy who chaired the talks, Rafael Ortiz, said the sides would meet again.", "Rafael Ortiz")]
    [InlineData("The judge who heard the case, Anna Berg, said the evidence was weak.", "Anna Berg")]
    public void A_name_in_apposition_after_a_relative_clause_on_the_role_speaks(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void One_name_after_a_relative_clause_on_a_plural_names_the_clauses_object()
    {
        var claim = Assert.Single(Extract.Attributed("Residents who fled the town, Arlen, said the water rose fast."));

        Assert.Equal("Residents", claim.Speaker);
    }

    [Theory]
    [InlineData("Savers who lost money when the bank failed welcomed the verdict.", "Savers")]
    [InlineData("Residents who stayed behind when the storm hit said the water rose fast.", "Residents")]
    public void A_subject_inside_an_adverbial_clause_of_the_relative_clause_does_not_speak(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("Two brothers who denied the thefts were convicted after a trial that lasted a month.", "brothers", "the thefts")]
    [InlineData("A cyclist who admitted riding through a red light was fined on Tuesday.", "cyclist", "riding through a red light")]
    [InlineData("A neighbour who said she heard shouting has been questioned by detectives.", "neighbour", "she heard shouting")]
    [InlineData("Drivers who complained that the tolls had doubled won a refund in March.", "Drivers", "the tolls had doubled")]
    public void A_report_in_the_subjects_restrictive_relative_clause_ends_at_the_main_verb(string text, string speaker, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
        Assert.Contains(speaker, claim.Speaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A driver who admitted the crash told the court he had fallen asleep.", "told", "he had fallen asleep")]
    [InlineData("Tenants who said the lifts were broken say nothing has been repaired.", "say", "nothing has been repaired")]
    [InlineData("Farmers who criticised the levy blamed the drought for the losses.", "blamed", "the drought for the losses")]
    public void A_main_verb_that_reports_after_the_subjects_relative_clause_is_the_antecedents_claim_too(string text, string cue, string content)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(2, claims.Count);
        var main = Assert.Single(claims, c => c.Cue == cue);
        Assert.Equal(content, main.Text);
        Assert.Equal(claims[0].Speaker, main.Speaker);
    }

    [Theory]
    [InlineData("The board approved a budget that auditors said would leave a deficit.", "auditors", "would leave a deficit")]
    [InlineData("The mayor defended a scheme that residents say has doubled their rents.", "residents", "has doubled their rents")]
    public void A_restrictive_gap_clause_inside_another_claims_content_is_a_claim_of_its_own(string text, string speaker, string content)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.Speaker == speaker && c.Text == content);
    }

    [Fact]
    public void A_pronoun_before_a_past_in_a_labelled_act_is_the_source_of_a_gap_clause()
    {
        var claims = Extract.Attributed("The bank announced that it would close 40 branches, a move it said reflected a shift to online banking.");

        Assert.Contains(claims, c => c.Source == "it" && c.Text == "reflected a shift to online banking");
    }

    [Theory]
    [InlineData("The flood broke through a dyke that surveyors had warned was unstable.", "surveyors", "was unstable")]
    [InlineData("The firm sold a heater that inspectors claimed was unsafe.", "inspectors", "was unsafe")]
    [InlineData("Crews repaired a bridge which residents argued would not last.", "residents", "would not last")]
    public void A_regular_past_after_a_relative_words_subject_is_finite_and_reports_the_gap_clause(string text, string speaker, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((speaker, content), (claim.Speaker, claim.Text));
    }

    [Theory]
    [InlineData("The river topped a levee that engineers had warned for years was too low.", "warned", "was too low")]
    [InlineData("They adopted a tariff that economists have said repeatedly would raise prices.", "said", "would raise prices")]
    [InlineData("She bought a car that the dealer said last week had been repaired.", "said", "had been repaired")]
    public void An_adverbial_between_the_cue_and_a_gap_clause_stays_with_the_cue(string text, string cue, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((cue, content), (claim.Cue, claim.Text));
    }

    [Fact]
    public void A_relative_clause_whose_verb_reports_nothing_stays_the_reporters()
    {
        Assert.Empty(Extract.Attributed("The levy that farmers attacked was dropped."));
    }

    [Theory]
    [InlineData("Police held him on charges he called absurd.", "he", "absurd")]
    [InlineData("The airline was hit with fines that it called unfair.", "it", "unfair")]
    [InlineData("The council passed a bylaw she called reckless.", "she", "reckless")]
    public void A_pronoun_naming_a_noun_it_follows_is_the_namer(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, "called", content), (claim.Source, claim.Cue, claim.Text));
    }

    [Fact]
    public void A_quoted_predicate_of_a_contact_relative_is_the_namers_claim()
    {
        var claim = Assert.Single(Extract.Attributed("He was fined 900 pounds, a penalty his union called \"out of all proportion\"."));

        Assert.Equal(("his union", "out of all proportion"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("They moved to the town the family called home.")]
    [InlineData("Among the works on show this year was the large canvas called \"Harbour Lights\".")]
    public void Calling_a_place_home_or_a_work_by_its_title_names_no_judgement(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Fact]
    public void The_reporters_sentence_around_a_report_on_one_of_its_nouns_is_a_claim_too()
    {
        var text = "Crews evacuated 300 homes after the river topped a levee that engineers had said was too low.";

        var claims = new ClaimExtractor().Extract(text);

        Assert.Contains(claims, c => !c.IsAttributed && c.Text == text);
        Assert.Contains(claims, c => c.Speaker == "engineers" && c.Text == "was too low");
    }

    [Fact]
    public void A_sentence_that_is_itself_a_report_is_not_repeated_as_the_reporters()
    {
        var claims = new ClaimExtractor().Extract("The council approved a plan critics said would cost too much.");

        Assert.All(claims, c => Assert.True(c.IsAttributed));
    }

    [Theory]
    [InlineData("He was charged with theft, a charge he has rejected as \"absurd\".", "he", "rejected as", "absurd")]
    [InlineData("The board raised fees, a step parents dismissed as greedy.", "parents", "dismissed as", "greedy")]
    [InlineData("The agency released the data, which analysts have condemned as incomplete.", "analysts", "condemned as", "incomplete")]
    public void A_judging_verb_whose_as_predicate_follows_at_once_judges_the_antecedent(string text, string source, string cue, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, cue, content), (claim.Source, claim.Cue, claim.Text));
    }

    [Theory]
    [InlineData("Smith, who denied the charges, was jailed for six years.", "Smith", "the charges")]
    [InlineData("The minister, who said last week that the plan was dead, resigned on Friday.", "minister", "the plan was dead")]
    [InlineData("Police arrested the driver, who denied that he had been drinking.", "driver", "he had been drinking")]
    [InlineData("Police are questioning a man who says he saw the attack.", "man", "he saw the attack")]
    public void The_reporters_sentence_around_a_report_in_a_relative_clause_on_its_subject_or_object_is_a_claim_too(string text, string speaker, string content)
    {
        var claims = new ClaimExtractor().Extract(text);

        Assert.Contains(claims, c => !c.IsAttributed && c.Text == text);
        Assert.Contains(claims, c => c.Speaker == speaker && c.Text == content);
    }

    [Fact]
    public void A_main_clause_with_a_cue_of_its_own_is_not_repeated_as_the_reporters()
    {
        var claims = new ClaimExtractor().Extract("The regulator, which said the fees were unlawful, ordered refunds.");

        Assert.All(claims, c => Assert.True(c.IsAttributed));
    }

    [Theory]
    [InlineData("Relatives of those who died said the report confirmed their fears.", "Relatives of those who died", "Relatives")]
    [InlineData("Those who stayed said the water had risen quickly.", "Those who stayed", "Those")]
    [InlineData("Families of those who were killed in the blast said the inquiry was a whitewash.", "Families of those who were killed in the blast", "Families")]
    public void Those_with_a_relative_clause_is_a_subject_whose_owner_speaks(string text, string source, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, speaker), (claim.Source, claim.Speaker));
    }
}
