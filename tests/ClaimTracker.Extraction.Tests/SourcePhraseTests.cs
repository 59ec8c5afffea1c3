namespace ClaimTracker.Extraction.Tests;

/// <summary>Which noun phrase is the source: roles, trades, groups, governments, cardinals and relative clauses.</summary>
public sealed class SourcePhraseTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

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
    public void Classifies_a_named_person_with_an_institutional_title_as_a_person()
    {
        const string text = "Kremlin spokesman Ivan Sokolov told reporters that the talks were over.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(SourceKind.Person, claim.SourceKind);
        Assert.Equal("Kremlin spokesman", claim.SpeakerRole);
    }

    [Fact]
    public void Does_not_merge_two_noun_phrases_into_one_source()
    {
        const string text = "The army said the rebels had withdrawn, a claim the rebel command denied.";

        var claim = Assert.Single(Attributed(text), c => c.Cue == "said");

        Assert.Equal("The army", claim.Source);
    }

    [Theory]
    [InlineData("The talks have stalled, two people familiar with the matter said.", "two people familiar with the matter", "The talks have stalled")]
    [InlineData("The report, published on Tuesday, said emissions rose 3%.", "The report, published on Tuesday", "emissions rose 3%")]
    [InlineData("The census, based on returns from every parish, found that the village had shrunk.", "The census, based on returns from every parish", "the village had shrunk")]
    [InlineData("The audit, aimed at small councils, found that few kept receipts.", "The audit, aimed at small councils", "few kept receipts")]
    public void Attributes_unnamed_sources_with_modifiers_and_asides(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
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
    public void Keeps_an_acronym_in_parentheses_inside_a_source()
    {
        const string text = "The North Atlantic Treaty Organization (NATO) Secretary General said the alliance would respond.";

        var claim = Assert.Single(Attributed(text));

        Assert.StartsWith("The North Atlantic Treaty Organization (NATO)", claim.Source, StringComparison.Ordinal);
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

    [Fact]
    public void Justices_rule()
    {
        var claim = Assert.Single(Extract.Attributed("In a 5-4 decision, the justices ruled that the search was unlawful."));

        Assert.Equal("the justices", claim.Source);
    }

    [Theory]
    [InlineData("A study by researchers at the University of Carvel found that the reef was shrinking.", "University of Carvel")]
    [InlineData("A report by the Bank of Norland said growth had stalled.", "Bank of Norland")]
    [InlineData("A paper from the Institute for Coastal Research warned that the sea wall was failing.", "Institute for Coastal Research")]
    public void A_document_speaks_for_the_whole_body_named_with_of_or_for(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Extract.Attributed(text)).Speaker);
    }

    [Theory]
    [InlineData("The Confederation of Nordic Employers said hiring would slow.", "Confederation of Nordic Employers")]
    [InlineData("The Academy of Marine Sciences said hiring would slow.", "Academy of Marine Sciences")]
    [InlineData("The Conference of Harbour Bishops said hiring would slow.", "Conference of Harbour Bishops")]
    public void A_body_headed_by_an_organisation_word_keeps_its_of_complement(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Extract.Attributed(text)).Speaker);
    }

    [Fact]
    public void An_affiliation_keeps_its_of_or_for_complement()
    {
        var claim = Assert.Single(Extract.Attributed("Dr Ines Varga of the Institute for Coastal Research said the sea wall was failing."));

        Assert.Equal("Ines Varga", claim.Speaker);
        Assert.Equal("Institute for Coastal Research", claim.SpeakerAffiliation);
    }

    [Theory]
    [InlineData("\"The market is empty,\" said one trader.", "one trader")]
    [InlineData("\"The pass is blocked,\" said a villager.", "a villager")]
    [InlineData("\"Dividends will fall,\" said an investor at the meeting.", "an investor at the meeting")]
    public void One_member_of_a_listed_group_is_a_source(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void A_group_described_by_its_make_up_is_the_source()
    {
        var claim = Assert.Single(Attributed("The demonstrators, mostly dock workers, demanded the manager's resignation."));

        Assert.Equal("The demonstrators, mostly dock workers", claim.Source);
        Assert.Equal("the manager's resignation", claim.Text);
    }

    [Theory]
    [InlineData("The rowing club thanked its members for their patience.", "The rowing club")]
    [InlineData("The carrier thanked passengers for waiting.", "The carrier")]
    [InlineData("The referees' association welcomed the decision.", "The referees' association")]
    public void A_definite_institution_noun_is_a_source_for_any_speech_act(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("The CEO, Dana Holt, who joined the firm in May, said costs had doubled.", "Dana Holt")]
    [InlineData("Its CFO, Ana Reis, who joined the firm in May, said costs had doubled.", "Ana Reis")]
    [InlineData("The local MP, Ron Bale, who has fought the plan for years, said costs had doubled.", "Ron Bale")]
    public void A_role_in_capitals_then_a_name_and_a_relative_clause_is_spoken_by_the_name(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("headteacher")]
    [InlineData("goalkeeper")]
    [InlineData("vicar")]
    [InlineData("plumber")]
    [InlineData("forecaster")]
    [InlineData("whistleblower")]
    [InlineData("driver")]
    public void A_person_named_by_trade_or_post_speaks_after_a_quotation(string noun)
    {
        var text = $"\"Nobody told us anything,\" said the {noun}, who asked not to be named.";

        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(($"the {noun}", "Nobody told us anything"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("One, season-ticket holder Priya Lamb, said the board had lost touch with fans.", "Priya Lamb")]
    [InlineData("Another, retired welder Ivo Marsh, said he had queued since dawn.", "Ivo Marsh")]
    [InlineData("One, a retired welder, said he had queued since dawn.", "retired welder")]
    [InlineData("One, who asked not to be named, said he had queued since dawn.", "One")]
    [InlineData("One of them, a nurse from Tromsdal, said she had queued since dawn.", "nurse from Tromsdal")]
    [InlineData("One of the drivers, Ivo Marsh, said he had queued since dawn.", "Ivo Marsh")]
    public void One_with_an_aside_is_the_person_the_aside_names_or_describes_and_a_relative_clause_leaves_it_as_written(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((speaker, SourceKind.Person), (claim.Speaker, claim.SourceKind));
    }

    [Theory]
    [InlineData("Manager Rui Salgado told reporters the striker had apologised.\nSalgado said the club would not appeal.", "Rui Salgado")]
    [InlineData("Forecaster Lise Moen said gusts had reached 150 km/h.\nMoen said the worst was over.", "Lise Moen")]
    [InlineData("Singer Mara Ellingsen said the label had withheld royalties.\nEllingsen said she would sue.", "Mara Ellingsen")]
    [InlineData("Actor Tom Hale said the film was finished.\nHale said it would open in May.", "Tom Hale")]
    [InlineData("Senators Ana Lind and Tomas Berg said the bill was dead.\nLind said it could return in spring.", "Ana Lind")]
    public void A_role_before_a_first_name_and_surname_is_no_part_of_the_name(string text, string person)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(person, claims[^1].Speaker);
        Assert.Contains(person, claims[0].Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capitalized_word_outside_the_descriptors_may_be_an_unlisted_first_name()
    {
        var claim = Assert.Single(Extract.Attributed("Cornell James Odum, head of the tenants' union, said rents had doubled."));

        Assert.Equal("Cornell James Odum", claim.Speaker);
    }

    [Theory]
    [InlineData("Clean Air Now said the study should be a wake-up call.", "Clean Air Now")]
    [InlineData("Air Marshal Tove Brekke said the jets were ready.", "Tove Brekke")]
    [InlineData("Health Minister Ana Lind said the clinic would close.", "Ana Lind")]
    public void A_title_domain_word_is_a_title_only_before_the_title_it_qualifies(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("Space Agency Administrator Rhea Olin said the launch would slip to May.", "Rhea Olin")]
    [InlineData("District Prosecutor Ivo Marsh said the charges would stand.", "Ivo Marsh")]
    [InlineData("State Ombudsman Nadia Ferrant said the complaints were justified.", "Nadia Ferrant")]
    public void An_officials_title_before_the_name_is_no_part_of_the_speaker(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Extract.Attributed(text)).Speaker);
    }

    [Theory]
    [InlineData("Fresh Air Now, a charity, said the study should be a wake-up call.", SourceKind.Organization)]
    [InlineData("Tallis Ode, a campaign group based in Arlen, said the river was polluted.", SourceKind.Organization)]
    [InlineData("Tallis Ode, the group's founder, said the river was polluted.", SourceKind.Person)]
    [InlineData("Tallis Ode, a lawyer for the group, said the river was polluted.", SourceKind.Person)]
    public void An_aside_headed_by_a_body_noun_makes_the_name_a_body(string text, SourceKind kind)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(kind, claim.SourceKind);
    }

    [Theory]
    [InlineData("Bees can count to four, a review of more than 200 studies has concluded.", "a review of more than 200 studies")]
    [InlineData("A poll of at least 3,000 adults found that most wanted lower fares.", "A poll of at least 3,000 adults")]
    public void A_rounding_pair_inside_a_complement_stays_in_the_source(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("The survey, led by researchers at Tolvik University, found that most pupils slept too little.", "survey")]
    [InlineData("The shelter, run by volunteers, said demand had doubled since May.", "shelter")]
    [InlineData("The inquiry, chosen by the council, said the fire had been preventable.", "inquiry")]
    public void A_passive_aside_with_an_irregular_participle_and_its_agent_belongs_to_the_source(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("One nurse, who gave only her first name, Leila, said the ward had no heating.", "Leila")]
    [InlineData("A stallholder, who asked to be identified by his first name, Tomas, said the rent had doubled.", "Tomas")]
    public void A_name_after_a_relative_clause_ending_in_name_is_the_speakers(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal("said", claim.Cue);
    }

    [Theory]
    [InlineData("Exit polls after the election suggest that no party will win a majority.", "Exit polls after the election", "Exit polls")]
    [InlineData("A survey during the strike found that most commuters worked from home.", "A survey during the strike", "survey")]
    public void A_time_phrase_after_a_clause_initial_source_noun_stays_in_the_source(string text, string source, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("He resigned after the report said he had lied.", "the report")]
    [InlineData("The minister left before officials said the count was fair.", "officials")]
    public void A_time_phrase_after_a_verb_opens_an_adverbial(string text, string source)
    {
        Assert.Equal(source, Assert.Single(Extract.Attributed(text)).Source);
    }

    [Theory]
    [InlineData("Leaders of neighbouring countries said the border was closed.", "Leaders of neighbouring countries")]
    [InlineData("Officials from existing member states said the vote was fair.", "Officials from existing member states")]
    [InlineData("The border was closed, residents of surrounding villages said.", "residents of surrounding villages")]
    public void An_ing_word_after_a_source_nouns_preposition_modifies_the_noun_after_it(string text, string source)
    {
        Assert.Equal(source, Assert.Single(Extract.Attributed(text)).Source);
    }

    [Theory]
    [InlineData("Officials from nearby states said the border was closed.", "Officials from nearby states")]
    [InlineData("Lawyers for rival claims told the court the deed was forged.", "Lawyers for rival claims")]
    public void An_s_form_right_before_said_or_told_is_a_plural_noun_in_the_subject(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("Scientists not involved in the study said the results were promising.", "Scientists not involved in the study", "Scientists")]
    [InlineData("Voters not convinced by the plan said they would abstain.", "Voters not convinced by the plan", "Voters")]
    [InlineData("The results were solid, experts not connected with the trial said.", "experts not connected with the trial", "experts")]
    public void A_negated_modifier_after_a_source_noun_stays_in_the_source_and_the_noun_speaks(string text, string source, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, speaker), (claim.Source, claim.Speaker));
    }

    [Theory]
    [InlineData("Two officials not authorized to discuss the matter said the talks had stalled.", "Two officials not authorized to discuss the matter")]
    [InlineData("Officials authorised to speak for the ministry said the talks had stalled.", "Officials authorised to speak for the ministry")]
    public void A_permission_with_its_infinitive_modifies_the_source_noun(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, "the talks had stalled"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The national cyber security centre said it was working with the hospitals.", "national cyber security centre")]
    [InlineData("The regional flood forecasting centre warned that the river would burst its banks.", "regional flood forecasting centre")]
    [InlineData("The national heritage protection trust said the wall was unsafe.", "national heritage protection trust")]
    [InlineData("The regional hotel owners association said bookings had fallen.", "regional hotel owners association")]
    public void An_institution_named_by_a_common_noun_after_several_modifiers_speaks(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("Residents of a small farming village launched a challenge, saying the plan would swallow farmland.", "Residents of a small farming village")]
    [InlineData("Workers at the old mining company went on strike, saying wages were unpaid.", "Workers at the old mining company")]
    public void A_trade_in_ing_before_a_noun_stays_inside_the_source(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
    }
}
