namespace ClaimTracker.Extraction.Tests;

/// <summary>Cues whose source does not precede the verb as its subject: passives with an agent, "quoted as saying", inverted and sentence-opening cues.</summary>
public sealed class PassiveAndInvertedTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Theory]
    [InlineData("\"We are ready for the vote,\" said on Monday.")]
    [InlineData("The plan is dead in the water, the head of the union and of the council, warned on Tuesday.")]
    public void A_weekday_after_the_cue_is_never_the_source(string text)
    {
        Assert.DoesNotContain(Extract.Attributed(text), c => c.Source is { } s && (s.EndsWith("Monday", StringComparison.Ordinal) || s.EndsWith("Tuesday", StringComparison.Ordinal)));
    }

    [Fact]
    public void Does_not_take_a_bare_date_as_an_inverted_source()
    {
        const string text = "Markets will recover, said Tuesday. Prices fell again, the bank said Tuesday.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the bank", claim.Source);
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

    [Theory]
    [InlineData("The broker is quoted in the indictment as telling a client that the shares were safe.", "The broker", "the shares were safe")]
    [InlineData("One of them was quoted on the radio as saying the shares were safe.", "One of them", "the shares were safe")]
    public void Attributes_quoted_as_saying_with_the_medium_between(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Dockers gathered at the gate. \"The port is dying,\" said one of them.", "one of them")]
    [InlineData("Dockers gathered at the gate. \"The port is dying,\" said two of them.", "two of them")]
    public void A_partitive_with_a_pronoun_is_an_inverted_source(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void Does_not_attribute_a_passive_without_an_agent()
    {
        const string text = "The suspects were accused of fraud.";

        Assert.Empty(Attributed(text));
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
    public void Attributes_quoted_by_a_medium_as_saying_to_the_passive_subject()
    {
        const string text = "The president was quoted by state media as saying the country would not yield.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("The president", "the country would not yield"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("\"We have the orders; what we lack is steel,\" the founder was quoted as saying by the Evening Ledger.", "the founder")]
    [InlineData("\"We have the orders,\" Halvorsen was quoted as saying.", "Halvorsen")]
    [InlineData("\"We have the orders,\" Halvorsen was quoted by a trade journal as saying on Friday.", "Halvorsen")]
    public void A_quotation_before_quoted_as_saying_is_what_the_passive_subject_said(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(ClaimKind.Direct, claim.Kind);
        Assert.Equal(source, claim.Source);
        Assert.StartsWith("We have the orders", claim.Text, StringComparison.Ordinal);
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
    [InlineData("The levy, said the treasurer, was dead.", "the treasurer", "The levy ... was dead")]
    [InlineData("The old pier, the engineer said, will close.", "the engineer", "The old pier ... will close")]
    [InlineData("Every ward, said Dr Amal Haddad, has run short.", "Dr Amal Haddad", "Every ward ... has run short")]
    public void Joins_a_subject_and_its_short_predicate_around_a_parenthetical_cue(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("\"The wards are full,\" said Ines Vidal, a nurse at the county hospital, adding that staff were exhausted.", "adding")]
    [InlineData("The roads are closed, said Ines Vidal, a spokeswoman for the county, warning that more rain was due.", "warning")]
    public void Ends_an_inverted_source_before_a_participle_that_reports_again(string text, string secondCue)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Ines Vidal", c.Speaker));
        Assert.DoesNotContain(claims, c => c.Source!.Contains(secondCue, StringComparison.Ordinal));
        Assert.Equal(secondCue, claims[1].Cue);
    }

    [Fact]
    public void Ends_an_inverted_source_before_a_relative_clause_that_reports_again()
    {
        const string text = "\"The wards are full,\" said Ines Vidal, a nurse at the county hospital, who added that staff were exhausted.";

        var claim = Attributed(text)[0];

        Assert.Equal("Ines Vidal, a nurse at the county hospital", claim.Source);
        Assert.Equal("The wards are full", claim.Text);
    }

    [Theory]
    [InlineData("\"The ward is full,\" said the hospital's chief nurse, Ingrid Solberg.", "Ingrid Solberg")]
    [InlineData("\"The ward is full,\" said one nurse, Dr. Ingrid Solberg, adding that beds were in corridors.", "Ingrid Solberg")]
    public void An_inverted_role_with_the_name_after_it_speaks_as_the_named_person(string text, string speaker)
    {
        var claim = Attributed(text)[0];

        Assert.Equal("The ward is full", claim.Text);
        Assert.Equal(speaker, claim.Speaker);
        Assert.Contains("nurse", claim.Source);
    }

    [Fact]
    public void A_place_after_an_inverted_role_is_not_its_name()
    {
        var claim = Assert.Single(Attributed("\"The road is closed,\" said the officer, Tuesday."));

        Assert.Equal("the officer", claim.Source);
    }

    [Theory]
    [InlineData("The tenants, mostly pensioners, said the landlord must repair the lifts.", "the landlord must repair the lifts")]
    [InlineData("The drivers, mainly from the north, said the depot had been locked.", "the depot had been locked")]
    public void A_subject_and_its_verb_after_said_are_a_reported_clause_not_an_inverted_source(string text, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(content, claim.Text);
        Assert.DoesNotContain("landlord", claim.Source);
        Assert.DoesNotContain("depot", claim.Source);
    }

    [Theory]
    [InlineData("Residents were told by the council that the bridge would close in May.", "the council", "the bridge would close in May")]
    [InlineData("We were told by officials that the ferry would keep running.", "officials", "the ferry would keep running")]
    public void A_passive_report_with_an_agent_before_a_that_clause_is_the_agent_speaking(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.StartsWith(source, claim.Source, StringComparison.Ordinal);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Residents were told by the mayor, Ines Kolarova, that the water was safe.", "the mayor, Ines Kolarova", "Ines Kolarova")]
    [InlineData("Voters were assured by the party leader, Dana Roeder, that the water was safe.", "the party leader, Dana Roeder", "Dana Roeder")]
    [InlineData("Residents were told by Ines Kolarova, the mayor, that the water was safe.", "Ines Kolarova, the mayor", "Ines Kolarova")]
    public void Attributes_a_passive_cue_to_an_agent_with_an_apposition_before_the_that_clause(string text, string source, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, speaker, "the water was safe"), (claim.Source, claim.Speaker, claim.Text));
    }

    [Fact]
    public void Leaves_a_relative_clause_after_a_passive_agent_out_of_the_content()
    {
        const string text = "Residents were told by the mayor, who visited on Monday, that the water was safe.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("mayor", "the water was safe"), (claim.Speaker, claim.Text));
    }

    [Theory]
    [InlineData("The scheme was condemned by the borough's housing committee on Tuesday.", "the borough's housing committee", "The scheme")]
    [InlineData("The merger was criticised by the union's ruling council as reckless.", "the union's ruling council", "The merger ... as reckless")]
    public void A_by_agent_keeps_its_possessor_and_noun_and_leaves_out_a_time(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The broker was later accused by regulators of hiding losses.", "regulators", "The broker ... of hiding losses")]
    [InlineData("The plan was sharply criticised by the opposition as reckless.", "the opposition", "The plan ... as reckless")]
    [InlineData("The mayor was accused by the leader of the opposition of lying.", "the leader of the opposition", "The mayor ... of lying")]
    [InlineData("The trader was also accused by prosecutors of fraud.", "prosecutors", "The trader ... of fraud")]
    public void A_passive_with_an_adverb_before_its_participle_names_its_agent_and_keeps_the_charge_out_of_it(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The leak was first reported by a local paper.")]
    [InlineData("The mayor was not told by officials about the leak.")]
    public void A_passive_that_credits_a_first_report_or_is_negated_names_no_agent(string text)
    {
        Assert.DoesNotContain(Extract.Attributed(text), c => c.Cue is "reported" or "told");
    }

    [Theory]
    [InlineData("\"We won the appeal,\" said one of them, Sara Klein.", "Sara Klein")]
    [InlineData("\"We won the appeal,\" said one of the lawyers, Sara Klein.", "Sara Klein")]
    [InlineData("\"We won the appeal,\" said one of the lawyers.", "one of the lawyers")]
    public void An_inverted_partitive_source_names_its_speaker(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal("We won the appeal", claim.Text);
    }

    [Fact]
    public void A_partitive_of_things_is_no_source()
    {
        Assert.Empty(Extract.Attributed("One of the reasons is that the ward was full."));
    }

    [Theory]
    [InlineData("\"Rates will fall in spring,\" said Ilse Norda, an economist at Vestbank, who described the outlook as brighter.", "Ilse Norda, an economist at Vestbank")]
    [InlineData("\"Rates will fall in spring,\" said Ilse Norda, who called the outlook brighter.", "Ilse Norda")]
    public void Ends_an_inverted_source_before_a_relative_clause_that_names_or_describes(string text, string source)
    {
        var claims = Attributed(text);

        Assert.Equal(source, claims[0].Source);
        Assert.Contains(claims, c => c.Cue is "described" or "called" && c.Text.Contains("outlook", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_a_relative_clause_that_describes_the_inverted_source()
    {
        var claim = Assert.Single(Attributed("\"Rates will fall in spring,\" said Ilse Norda, who has followed the bank for years."));

        Assert.Equal("Ilse Norda, who has followed the bank for years", claim.Source);
    }

    [Theory]
    [InlineData("\"The risk rose,\" said the review's lead author, Dr Priya Anand of the University of Tolvik.", "Priya Anand",
        "the review's lead author, Dr Priya Anand of the University of Tolvik")]
    [InlineData("\"The risk rose,\" said the trial's chief investigator, Oskar Lindqvist from Vestby Hospital.", "Oskar Lindqvist",
        "the trial's chief investigator, Oskar Lindqvist from Vestby Hospital")]
    public void An_inverted_role_with_a_name_and_its_affiliation_after_it_speaks_as_the_named_person(string text, string speaker, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((speaker, source), (claim.Speaker, claim.Source));
    }

    [Fact]
    public void Ends_an_inverted_source_before_how_the_source_spoke()
    {
        var claim = Assert.Single(Attributed("\"She has to go,\" said Per Olsen, the party's transport spokesman, in a post on social media."));

        Assert.Equal("Per Olsen, the party's transport spokesman", claim.Source);
    }

    [Theory]
    [InlineData("It quoted the country's leader as saying the test showed the army's strength.", "the country's leader")]
    [InlineData("The agency quoted the army's chief of staff as saying the border was calm.", "the army's chief of staff")]
    public void A_possessive_inside_the_quoted_person_keeps_quoted_as_saying(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(("saying", source), (claim.Cue, claim.Source));
    }

    [Theory]
    [InlineData("The goalkeeper is reported to have told teammates that he would retire.", "The goalkeeper")]
    [InlineData("The envoy was understood to have said the talks were over.", "The envoy")]
    [InlineData("The director appears to have admitted that the figures were wrong.", "The director")]
    public void The_subject_of_a_raising_verb_before_a_perfect_infinitive_speaks(string text, string source)
    {
        Assert.Equal(source, Assert.Single(Extract.Attributed(text)).Source);
    }

    [Theory]
    [InlineData("\"Low Tide\", shot by Ines Varga, tells the story of a Chilean fisherman who loses his boat.")]
    [InlineData("\"We were warned,\" tells the ferry's Norwegian captain.")]
    public void Never_reads_tell_as_an_inverted_cue(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }
}
