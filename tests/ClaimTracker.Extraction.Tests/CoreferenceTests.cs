namespace ClaimTracker.Extraction.Tests;

public sealed class CoreferenceTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Fact]
    public void Resolves_a_surname_to_the_full_name_introduced_earlier()
    {
        const string text = "Prime Minister Henrik Solberg arrived in Oslo.\n\"We are ready,\" Solberg said.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Solberg", claim.Source);
        Assert.Equal("Henrik Solberg", claim.Speaker);
    }

    [Fact]
    public void Resolves_he_to_the_previous_speaker()
    {
        const string text = "Trade envoy Marco Bellini said the deal was close.\nHe said the final text would be signed in May.";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal("He", claims[1].Source);
        Assert.Equal("Marco Bellini", claims[1].Speaker);
    }

    [Fact]
    public void Resolves_a_role_noun_to_the_person_introduced_with_that_role()
    {
        const string text = "Interior ministry spokesman Karim Haddad spoke to the press.\nThe spokesman said the curfew would be lifted.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Karim Haddad", claim.Speaker);
    }

    [Theory]
    [InlineData("Housing minister Clara Wendt resigned on Thursday.\nThe prime minister said the review would go ahead.", "prime minister")]
    [InlineData("Housing minister Clara Wendt resigned on Thursday.\nThe housing minister said the review would go ahead.", "Clara Wendt")]
    [InlineData("Housing minister Clara Wendt resigned on Thursday.\nThe former minister said the review would go ahead.", "Clara Wendt")]
    public void A_role_with_a_modifier_the_person_was_not_introduced_with_is_someone_else(string text, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void Expands_an_acronym_introduced_in_parentheses()
    {
        const string text = "The Northern Wildlife Trust (NWT) counted the birds.\nNWT said the population had doubled since 2019.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Northern Wildlife Trust", claim.Speaker);
    }

    [Fact]
    public void Gives_a_paragraph_continuing_a_quote_its_own_claim_with_the_same_source()
    {
        const string text = "\"The river is rising fast,\" said Olga Petrova, the town's mayor.\n\"We have opened two shelters.\"";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal("Olga Petrova", claims[1].Speaker);
        Assert.Equal("We have opened two shelters", claims[1].Text);
    }

    [Fact]
    public void Links_a_denial_to_the_claim_it_answers()
    {
        const string text = "Ruritania accused its neighbour of moving troops to the border.\nBorduria denied the accusation.";

        var claims = new ClaimExtractor().Extract(text);

        var denial = claims.Single(c => c.Cue == "denied");
        var accusation = claims.ToList().FindIndex(c => c.Cue == "accused");
        Assert.Equal([accusation], denial.Answers);
    }

    [Fact]
    public void Resolves_she_to_the_nearest_female_person_rather_than_the_last_speaker()
    {
        const string text = "\"Costs are rising,\" said Paul Novak, the company's treasurer.\n"
            + "Chief executive Maria Lindgren visited the plant on Monday.\nShe said production would double by 2026.";

        var claim = Attributed(text).Single(c => c.Source == "She");

        Assert.Equal("Maria Lindgren", claim.Speaker);
    }

    [Fact]
    public void Resolves_he_to_the_nearest_clause_subject()
    {
        const string text = "Mayor Tom Reyes met Governor Ruth Akande in Lagos.\nReyes later spoke to reporters. He said the deal was done.";

        var claim = Attributed(text).Single(c => c.Source == "He");

        Assert.Equal("Tom Reyes", claim.Speaker);
    }

    [Fact]
    public void Strips_nationality_and_titles_from_canonical_names()
    {
        const string text = "German Chancellor Angela Merkel spoke first.\nMerkel said Europe must act.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Angela Merkel", claim.Speaker);
    }

    [Fact]
    public void Does_not_take_a_place_for_a_person()
    {
        const string text = "Floods hit villages in South Asia.\nHe said aid was on the way.";

        var claim = Assert.Single(Attributed(text));

        Assert.NotEqual("South Asia", claim.Speaker);
    }

    [Fact]
    public void Continues_the_speaker_after_an_interrupted_quote_into_the_next_quoted_paragraph()
    {
        const string text = "\"We lost,\" coach Ian Moyo said. \"We were slow.\"\n\"Next week will be different.\"";

        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal("We lost ... We were slow", claims[0].Text);
        Assert.Equal(("Ian Moyo", "Next week will be different"), (claims[1].Speaker, claims[1].Text));
    }

    [Fact]
    public void Resolves_the_company_to_the_institution_that_last_spoke()
    {
        const string text = "Veltra Motors said sales rose 4 percent.\nThe company said it would hire 300 workers.";

        var claims = Attributed(text);

        Assert.Equal("Veltra Motors", claims[1].Speaker);
        Assert.Equal(SourceKind.Organization, claims[1].SourceKind);
    }

    [Theory]
    [InlineData("Lumo Toys said no child had been hurt.\nThe company said it would refund every buyer.", "Lumo Toys")]
    [InlineData("Harrow Furniture said the chairs were safe.\nThe company said it would test them again.", "Harrow Furniture")]
    [InlineData("Kestin Networks said the outage was over.\nThe company said it would publish a review.", "Kestin Networks")]
    public void Resolves_the_company_to_a_name_that_ends_in_its_trade(string text, string firm)
    {
        var claims = Attributed(text);

        Assert.Equal(firm, claims[1].Speaker);
    }

    [Fact]
    public void Keeps_name_particles_inside_full_names()
    {
        const string text = "Agency spokesman Ruben del Campo said the heat was exceptional.\nDel Campo said it would last a week.";

        var claims = Attributed(text);

        Assert.Equal("Ruben del Campo", claims[0].Speaker);
        Assert.Equal("agency spokesman", claims[0].SpeakerRole, ignoreCase: true);
    }

    [Fact]
    public void Treats_a_name_after_an_institution_noun_as_an_organization()
    {
        const string text = "The national weather agency Meteora said rain was coming.\nMeteora said the storm would pass by Sunday.";

        var claims = Attributed(text);

        Assert.All(claims, c => Assert.NotEqual(SourceKind.Person, c.SourceKind));
    }

    [Fact]
    public void Does_not_resolve_the_government_to_an_unrelated_agency()
    {
        const string text = "The agency Meteora said rain was coming.\nThe government says it will approve aid next week.";

        var claim = Attributed(text).Single(c => c.Cue == "says");

        Assert.NotEqual("Meteora", claim.Speaker);
    }

    [Fact]
    public void Resolves_the_full_role_noun_of_an_abbreviated_title()
    {
        const string text = "Sen. Maria Costa spoke on Monday.\nThe senator said the bill would pass.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Maria Costa", claim.Speaker);
    }

    [Fact]
    public void Resolves_its_statement_to_the_institution_that_last_spoke()
    {
        const string text = "The Harbour Authority said the port would close.\nIts statement urged ships to stay at anchor.";

        var claim = Attributed(text).Single(c => c.Cue == "urged");

        Assert.Equal("Harbour Authority", claim.Speaker);
        Assert.Equal(SourceKind.Document, claim.SourceKind);
    }

    [Fact]
    public void Prefers_a_full_name_that_appears_after_an_honorific_mention()
    {
        const string text = "Mr. Lindqvist arrived late.\nPer Lindqvist, the chairman, said the vote was postponed.\nLindqvist said it would take place in June.";

        var claims = Attributed(text);

        Assert.All(claims, c => Assert.Equal("Per Lindqvist", c.Speaker));
    }

    [Fact]
    public void Attributes_a_coordinated_cue_to_the_sentence_subject()
    {
        const string text = "Mayor Lina Ortiz visited the site on Monday and said repairs would start within a week.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("Lina Ortiz", "repairs would start within a week"), (claim.Speaker, claim.Text));
    }

    [Fact]
    public void Names_both_speakers_of_a_coordinated_source()
    {
        const string text = "Anna Berg and Tomas Holm said the merger would go ahead.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Anna Berg and Tomas Holm", claim.Speaker);
    }

    [Theory]
    [InlineData("The National Growers' Union said prices had fallen.", "National Growers' Union")]
    [InlineData("The Port Employers' Association said the offer was fair.", "Port Employers' Association")]
    [InlineData("Norway's Union said prices had fallen.", "Union")]
    public void A_plural_possessive_before_a_body_word_is_inside_the_name(string text, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("The Bishop's Trust said the hall would reopen.", "Bishop's Trust")]
    [InlineData("The People's Alliance said it would vote against the budget.", "People's Alliance")]
    [InlineData("The Prime Minister's Office said the talks were over.", "Prime Minister's Office")]
    [InlineData("The Tribune's Amy Lord said the show had been cancelled.", "Amy Lord")]
    [InlineData("Norway's Statkraft said output fell.", "Statkraft")]
    public void A_title_or_a_noun_for_people_owning_a_name_after_the_is_part_of_the_name(string text, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void Never_falls_back_to_a_last_speaker_of_the_other_gender()
    {
        const string text = "Marta Kowalski said she would appeal.\nHe agreed to testify against the mayor.";

        var claim = Assert.Single(Attributed(text), c => c.Source == "He");

        Assert.NotEqual("Marta Kowalski", claim.Speaker);
    }

    [Fact]
    public void Never_resolves_she_to_an_unresolved_he()
    {
        const string text = "The minister spoke after the meeting.\n\"We have made progress,\" he said.\n\"Nothing has changed,\" she told the BBC.";

        var claims = Attributed(text);

        var hers = Assert.Single(claims, c => c.Text == "Nothing has changed");
        Assert.NotEqual("he", hers.Speaker);
    }

    [Fact]
    public void Resolves_an_age_epithet_to_the_person_just_named()
    {
        const string text = "Maria Okafor won the harbour seat in May.\n\nThe 52-year-old said the quay would reopen by winter.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("The 52-year-old", claim.Source);
        Assert.Equal("Maria Okafor", claim.Speaker);
    }

    [Fact]
    public void An_age_epithet_with_a_gendered_noun_skips_people_of_the_other_gender()
    {
        const string text = "Maria Okafor spoke after John Harper left the hall.\n\nThe 34-year-old woman said the vote was rigged.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Maria Okafor", claim.Speaker);
    }

    [Fact]
    public void A_word_named_as_a_person_only_later_is_no_antecedent_before_that()
    {
        const string text = "Tomas Reyes scored twice as United came from behind to beat Albion.\n\n\"I just hit it,\" the 19-year-old said.\n\n"
            + "Former United captain Ken Doyle said the win was deserved.";

        var claim = Assert.Single(Attributed(text), c => c.Source == "the 19-year-old");

        Assert.Equal("Tomas Reyes", claim.Speaker);
    }

    [Fact]
    public void An_age_epithet_with_nobody_named_before_stays_as_written()
    {
        const string text = "The 52-year-old said the quay would reopen by winter.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("52-year-old", claim.Speaker);
    }

    [Fact]
    public void A_capitalized_function_word_opening_the_sentence_is_not_a_first_name()
    {
        const string text = "Neither Okafor nor Harper responded on Monday.\n\nOkafor told aides she would not run again.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Okafor", claim.Speaker);
    }

    [Fact]
    public void It_refers_to_the_court_named_as_subject_before_it_even_when_the_court_has_not_spoken()
    {
        const string text = "The Supreme Court of Norland struck down the fishing quota on Tuesday. It said the quota breached the constitution.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Supreme Court of Norland", claim.Speaker);
    }

    [Fact]
    public void It_prefers_the_nearer_named_body_over_an_institution_that_spoke_paragraphs_ago()
    {
        const string text = "The Port Authority said the quay would reopen.\n\nTraffic was light.\n\nThe Coastal Weather Agency issued a storm warning. It said winds would reach 120 km/h.";

        var claim = Assert.Single(Attributed(text), c => c.Text.StartsWith("winds", StringComparison.Ordinal));

        Assert.Equal("Coastal Weather Agency", claim.Speaker);
    }

    [Fact]
    public void A_definite_description_resolves_to_the_body_of_that_kind_named_earlier()
    {
        const string text = "The Food Safety Agency published new limits on Monday. The agency said the limits would protect children.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Food Safety Agency", claim.Speaker);
    }

    [Fact]
    public void He_never_resolves_to_a_country()
    {
        const string text = "France recalled its ambassador on Friday. He said the move was temporary.";

        var claim = Assert.Single(Attributed(text), c => c.Cue == "said");

        Assert.NotEqual("France", claim.Speaker);
    }

    [Fact]
    public void A_country_name_modifying_a_role_noun_is_no_antecedent_for_it()
    {
        const string text = "The Harbour Gazette praised the plan. The former U.S. senator backed it too. It said the plan would create jobs.";

        var claim = Assert.Single(Attributed(text), c => c.Text.StartsWith("the plan would", StringComparison.Ordinal));

        Assert.Equal("Harbour Gazette", claim.Speaker);
    }

    [Fact]
    public void A_name_with_the_article_is_a_body_and_no_antecedent_for_he()
    {
        const string text = "Officer Jon Meyer found the car. The Evening Courier reported the theft. He said the thieves had fled north.";

        var claim = Assert.Single(Attributed(text), c => c.Cue == "said");

        Assert.Equal("Jon Meyer", claim.Speaker);
    }

    [Fact]
    public void It_prefers_the_body_that_just_spoke_over_an_earlier_named_one()
    {
        const string text = "The European Commission opened an inquiry. The company, which employs 5,000 people, said it expected profits to fall. It blamed rising energy costs.";

        var claim = Assert.Single(Attributed(text), c => c.Cue == "blamed");

        Assert.Equal("company", claim.Speaker);
    }

    [Fact]
    public void They_refers_to_the_researchers_who_reported_last()
    {
        const string text = "A team from the Northern Institute of Technology studied the glacier. The scientists found the ice had thinned by a third. They estimated the glacier would vanish by 2080.";

        var claim = Assert.Single(Attributed(text), c => c.Cue == "estimated");

        Assert.Contains("scientists", claim.Speaker, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void It_never_resolves_to_a_plural_group_or_a_sentence_initial_role()
    {
        const string text = "Prosecutors told the jury the books were forged. Experts say the market will recover. The firm's shares fell after it warned of lower profits.";

        var claim = Assert.Single(Attributed(text), c => c.Text == "lower profits");

        Assert.NotEqual("Prosecutors", claim.Speaker);
        Assert.NotEqual("Experts", claim.Speaker);
    }

    [Theory]
    [InlineData("Mira Tallis moved to Lund in 1890.\nIn 1724 Tomas Brel published a study. He argued that tides followed the moon.")]
    [InlineData("Mira Tallis moved to Lund in 1890.\nLast spring Tomas Brel resigned. He said the board had misled him.")]
    public void Resolves_he_to_a_name_that_is_the_subject_after_a_fronted_phrase(string text)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Tomas Brel", claim.Speaker);
    }

    [Fact]
    public void Resolves_he_to_the_main_clause_subject_not_the_name_in_a_fronted_phrase()
    {
        const string text = "For Harlan Voss, the old harbour pilot, Dermot Achebe was a legend. He said the crossing had never been safer.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Dermot Achebe", claim.Speaker);
    }

    [Fact]
    public void Its_with_a_role_is_the_person_in_that_role_at_the_body_it_refers_to()
    {
        const string text = "The Lakeside Water Board raised its charges on Monday. Its director said the pipes were decades old.";

        var claim = Assert.Single(Attributed(text), c => c.Source == "Its director");

        Assert.Equal("director of Lakeside Water Board", claim.Speaker);
        Assert.Equal(SourceKind.Person, claim.SourceKind);
    }

    [Fact]
    public void Its_with_a_modified_role_keeps_the_modifier_in_the_role()
    {
        const string text = "The Lakeside Water Board raised its charges on Monday. Its deputy director said the pipes were decades old.";

        var claim = Assert.Single(Attributed(text), c => c.Source == "Its deputy director");

        Assert.Equal(("deputy director of Lakeside Water Board", "deputy director"), (claim.Speaker, claim.SpeakerRole));
    }

    [Theory]
    [InlineData("The sport's governing body said the ban would stand.", "sport's governing body")]
    [InlineData("The striker was banned for two years, the league's disciplinary body said.", "league's disciplinary body")]
    public void A_governing_or_disciplinary_body_speaks(string text, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("The harbour board met on Monday.\nTwo men are charged with theft, which they deny.", "Two men")]
    [InlineData("The harbour board met on Monday.\nThree women were charged with fraud, which they deny.", "Three women")]
    public void An_irregular_plural_of_people_is_a_group_for_they(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Attributed(text)).Speaker);
    }

    [Fact]
    public void Bodies_recovered_are_no_group_for_they()
    {
        const string text = "Three bodies were recovered from the river on Sunday. They said the search would go on.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("They", claim.Speaker);
    }

    [Theory]
    [InlineData("The Tolvik Institute led the work.\nThe report recommends ending the practice, which it describes as cruel.", "report")]
    [InlineData("The Tolvik Institute led the work.\nThe council says the tower, which it calls an eyesore, must go.", "council")]
    public void It_in_a_relative_clause_inside_a_bodys_report_is_that_body(string text, string speaker)
    {
        var claim = Assert.Single(Attributed(text), c => c.Source == "it");

        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void It_in_a_relative_clause_inside_a_groups_report_is_not_the_group()
    {
        const string text = "The Tolvik Institute led the work.\nResearchers recommend ending the practice, which it describes as cruel.";

        var claim = Assert.Single(Attributed(text), c => c.Source == "it");

        Assert.NotEqual("Researchers", claim.Speaker);
    }

    [Theory]
    [InlineData("Auditors fined Kestrel Foods, a bakery chain, in May. The tribunal upheld the fine.\nThe fine equals a week of the company's sales, according to its annual report.")]
    [InlineData("Auditors fined Kestrel Foods, a bakery chain, in May. The tribunal upheld the fine.\nThe company lost money last year, its annual report shows.")]
    public void Its_document_after_the_content_belongs_to_the_body_the_content_described(string text)
    {
        var claim = Assert.Single(Attributed(text), c => c.Source!.StartsWith("its", StringComparison.Ordinal));

        Assert.Equal("Kestrel Foods", claim.Speaker);
    }

    [Theory]
    [InlineData("Harlow Mining Group said output had fallen.\nIt expects prices to recover next year, according to a filing published on Monday.", "It")]
    [InlineData("The Teachers' Union said talks had failed.\nThey believe the strike will last a week, according to a notice sent to schools.", "They")]
    public void A_pronoun_does_not_point_forward_to_the_source_named_after_it(string text, string pronoun)
    {
        var claim = Assert.Single(Attributed(text), c => c.Source == pronoun);

        Assert.NotNull(claim.Speaker);
        Assert.DoesNotContain("filing", claim.Speaker, StringComparison.Ordinal);
        Assert.DoesNotContain("notice", claim.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_document_belongs_to_the_described_body_that_acted_last()
    {
        const string text = "Orvane Airways said it would appeal.\nThe tribunal dismissed the claim. Its ruling said the contract was valid.";

        Assert.Equal("tribunal", Assert.Single(Attributed(text), c => c.Source == "Its ruling").Speaker);
    }

    [Theory]
    [InlineData("Coach Tom Reyes criticised striker Paul Okafor.\nReyes said Okafor had missed training. He said the player would be dropped.")]
    [InlineData("Tom Reyes spoke after the match.\n\"Paul Okafor played well,\" Reyes said. \"He was our best.\"\nHe said the team would rest on Monday.")]
    public void Resolves_he_after_a_report_to_its_speaker_rather_than_a_subject_inside_it(string text)
    {
        var claim = Attributed(text).Last(c => c.Source == "He");

        Assert.Equal("Tom Reyes", claim.Speaker);
    }

    [Fact]
    public void Resolves_he_to_a_subject_named_after_the_report_ended()
    {
        const string text = "Tom Reyes said the club had made an offer.\nPaul Okafor arrived on Monday. He said he was delighted.";

        var claim = Attributed(text).Single(c => c.Source == "He");

        Assert.Equal("Paul Okafor", claim.Speaker);
    }

    [Fact]
    public void It_after_content_refers_to_the_body_that_spoke_last_even_with_an_unlisted_noun()
    {
        const string text = "Its owner, freight firm Norland Shipping, said the hull was breached.\n"
            + "The coast guard said it had laid floating barriers. It was not yet clear why the ship drifted, it said.";

        var claim = Attributed(text).Last();

        Assert.Equal(("it", "coast guard"), (claim.Source, claim.Speaker));
    }

    [Fact]
    public void It_keeps_the_fuller_name_of_the_body_that_spoke_last()
    {
        const string text = "A Harbour Gazette article described the deal.\n"
            + "The article said the port would be sold. The sale would close in May, it added.";

        var claim = Attributed(text).Last();

        Assert.Equal("Harbour Gazette article", claim.Speaker);
    }

    [Theory]
    [InlineData("It is the third time Whitlow has cancelled a tour.")]
    [InlineData("It was clear that Whitlow would not sing again this year.")]
    public void A_name_before_an_auxiliary_is_a_clause_subject_a_pronoun_can_point_to(string middle)
    {
        var text = $"Dana Whitlow sang in Leeds. Promoter Castle Events declined to comment. {middle} She said the injury had not healed.";

        var claim = Assert.Single(Attributed(text), c => c.Source == "She");

        Assert.Equal("Dana Whitlow", claim.Speaker);
    }

    [Theory]
    [InlineData("The National Growers' Union backed the villagers. Its vice president said food came first.", "vice president of National Growers' Union")]
    [InlineData("The Freedom People's Party backed the villagers. Its leader said food came first.", "leader of Freedom People's Party")]
    [InlineData("Britain's Harbour Party backed the villagers. Its leader said food came first.", "leader of Harbour Party")]
    public void A_possessive_of_a_group_of_people_stays_inside_a_bodys_name(string text, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }
}
