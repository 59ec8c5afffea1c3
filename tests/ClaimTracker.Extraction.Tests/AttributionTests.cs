namespace ClaimTracker.Extraction.Tests;

public sealed class AttributionTests
{
    private static ExtractedClaim Single(string text)
    {
        var claims = new ClaimExtractor().Extract(text);
        RobustnessTests.AssertWellFormed(text, claims);
        return Assert.Single(claims, c => c.IsAttributed);
    }

    [Fact]
    public void Attributes_said_after_a_closing_quote_to_the_preceding_name()
    {
        const string text = "\"The harvest will be late this year,\" Maria Okafor said on Tuesday.";

        var claim = Single(text);

        Assert.Equal(ClaimKind.Direct, claim.Kind);
        Assert.Equal("The harvest will be late this year", claim.Text);
        Assert.Equal("said", claim.Cue);
        Assert.Equal("Maria Okafor", claim.Source);
        Assert.Equal("Maria Okafor", claim.Speaker);
        Assert.Equal(SourceKind.Person, claim.SourceKind);
    }

    [Fact]
    public void Attributes_inverted_said_to_the_following_name_with_apposition()
    {
        const string text = "\"We will appeal,\" said Tomas Lindqvist, a lawyer for the union.";

        var claim = Single(text);

        Assert.Equal("We will appeal", claim.Text);
        Assert.Equal("Tomas Lindqvist, a lawyer for the union", claim.Source);
        Assert.Equal("Tomas Lindqvist", claim.Speaker);
    }

    [Fact]
    public void Joins_a_quote_interrupted_by_its_cue_into_one_claim_with_two_segments()
    {
        const string text = "\"The bridge is safe,\" the engineer said. \"We tested it twice.\"";

        var claim = Single(text);

        Assert.Equal(2, claim.Segments.Count);
        Assert.Equal("The bridge is safe ... We tested it twice", claim.Text);
    }

    [Fact]
    public void Keeps_a_multi_sentence_quote_as_one_claim()
    {
        const string text = "\"Prices rose. Wages did not. People are angry,\" union leader Ana Ruiz said.";

        var claim = Single(text);

        Assert.Equal("Prices rose. Wages did not. People are angry", claim.Text);
        Assert.Equal("Ana Ruiz", claim.Speaker);
    }

    [Fact]
    public void Extracts_indirect_speech_after_said_that()
    {
        const string text = "The finance ministry said that inflation would fall below 3.5 percent by March.";

        var claim = Single(text);

        Assert.Equal(ClaimKind.Indirect, claim.Kind);
        Assert.Equal("inflation would fall below 3.5 percent by March", claim.Text);
        Assert.Equal("the finance ministry", claim.Source, ignoreCase: true);
        Assert.Equal(SourceKind.OfficialBody, claim.SourceKind);
    }

    [Fact]
    public void Extracts_according_to_at_the_end_of_a_sentence()
    {
        const string text = "Turnout reached a record 71 percent, according to the electoral commission.";

        var claim = Single(text);

        Assert.Equal("according to", claim.Cue);
        Assert.Equal("Turnout reached a record 71 percent", claim.Text);
        Assert.Equal("the electoral commission", claim.Source);
    }

    [Fact]
    public void Extracts_according_to_at_the_start_of_a_sentence()
    {
        const string text = "According to local police, the driver fled the scene.";

        var claim = Single(text);

        Assert.Equal("the driver fled the scene", claim.Text);
        Assert.Equal("local police", claim.Source);
    }

    [Fact]
    public void Skips_the_addressee_of_told()
    {
        const string text = "Greta Holm told reporters on Friday that the talks had collapsed.";

        var claim = Single(text);

        Assert.Equal("told", claim.Cue);
        Assert.Equal("the talks had collapsed", claim.Text);
    }

    [Fact]
    public void Extracts_speech_acts_with_object_content()
    {
        const string text = "Canada's Foreign Minister Paul Dubois thanked Norway for hosting the talks.";

        var claim = Single(text);

        Assert.Equal("thanked", claim.Cue);
        Assert.Equal("Norway for hosting the talks", claim.Text);
        Assert.Equal("Paul Dubois", claim.Speaker);
        Assert.Equal("Canada's Foreign Minister", claim.SpeakerRole);
    }

    [Fact]
    public void Extracts_particle_cues_like_called_on()
    {
        const string text = "Spain last month called on its citizens to avoid the border region.";

        var claim = Single(text);

        Assert.Equal("called on", claim.Cue);
        Assert.Equal("Spain", claim.Source);
        Assert.Equal(SourceKind.OfficialBody, claim.SourceKind);
    }

    [Fact]
    public void Marks_an_indirect_claim_with_a_quoted_fragment_as_mixed()
    {
        const string text = "The mayor said the plan was \"reckless and unfunded\" and would be withdrawn.";

        var claim = Single(text);

        Assert.Equal(ClaimKind.Mixed, claim.Kind);
    }

    [Fact]
    public void Extracts_colon_introduced_headline_attribution()
    {
        const string text = "Survey: Most commuters want more night buses";

        var claim = Single(text);

        Assert.Equal(":", claim.Cue);
        Assert.Equal("Survey", claim.Source);
        Assert.Equal("Most commuters want more night buses", claim.Text);
    }

    [Fact]
    public void Leaves_reporters_voice_unattributed_but_keeps_its_hedges()
    {
        const string text = "Police arrested three men who allegedly smuggled weapons across the border.";

        var claims = new ClaimExtractor().Extract(text);

        var claim = Assert.Single(claims);
        Assert.Equal(ClaimKind.Unattributed, claim.Kind);
        Assert.Null(claim.Source);
        Assert.Contains("allegedly", claim.Hedges);
    }

    [Theory]
    [InlineData("The reporter has been held since June on charges including espionage.")]
    [InlineData("He has been in custody since April on charges that include fraud.")]
    public void Does_not_read_the_noun_after_on_as_a_verb(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Fact]
    public void Does_not_treat_a_participle_after_a_noun_as_a_cue()
    {
        const string text = "Last year a group of hackers accused of stealing data was arrested in Lisbon.";

        var claims = new ClaimExtractor().Extract(text);

        Assert.DoesNotContain(claims, c => c.IsAttributed);
    }

    [Fact]
    public void Does_not_read_an_introductory_phrase_as_content()
    {
        const string text = "On Monday, Chile rejected the \"absurd\" accusations.";

        var claim = Single(text);

        Assert.Equal("the \"absurd\" accusations", claim.Text);
        Assert.Equal("Chile", claim.Source);
    }

    [Fact]
    public void Skips_a_dash_parenthetical_between_source_and_cue()
    {
        const string text = "Senator Lena Marsh \u2013 who chairs the budget committee \u2013 warned that the deficit would double.";

        var claim = Single(text);

        Assert.Equal("Lena Marsh", claim.Speaker);
        Assert.Equal("the deficit would double", claim.Text);
    }

    [Fact]
    public void Joins_a_quoted_sentence_to_the_quote_its_cue_closes()
    {
        const string text = "\"We tried everything.\" \"Nothing worked,\" the farmer said.";

        var claim = Single(text);

        Assert.Equal("We tried everything ... Nothing worked", claim.Text);
        Assert.Equal(0, claim.Span.Start);
    }

    [Fact]
    public void Chains_age_place_and_relative_appositions_before_the_cue()
    {
        const string text = "Nora Blake, 61, of Dover, Del., who lost her home in the flood, said the warnings came too late.";

        var claim = Single(text);

        Assert.Equal("Nora Blake", claim.Speaker);
        Assert.Equal("the warnings came too late", claim.Text);
    }

    [Fact]
    public void Attributes_an_exclaimed_quote_to_the_cue_in_the_following_sentence()
    {
        const string text = "\"Get out now!\" Officer Dana Kim shouted.";

        var claim = Single(text);

        Assert.Equal(("Get out now!", "Dana Kim"), (claim.Text, claim.Speaker));
        Assert.Equal(ClaimKind.Direct, claim.Kind);
    }

    [Fact]
    public void A_quote_after_a_reported_statement_is_a_claim_of_its_own_by_the_same_speaker()
    {
        const string text = "The talks may resume next week, Petra Novak said. \"We remain hopeful.\"";

        var claims = Extract.Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("The talks may resume next week", ClaimKind.Indirect), (claims[0].Text, claims[0].Kind));
        Assert.Equal(("We remain hopeful", ClaimKind.Direct, "Petra Novak"), (claims[1].Text, claims[1].Kind, claims[1].Speaker));
    }

    [Fact]
    public void Leaves_separators_and_live_blog_clock_times_out_of_the_claims()
    {
        const string text = "The council met on Monday.\n\n___\n\n6 p.m.\n\n11:40 a.m. ET\n\n* * *\n\nThe vote was delayed until 6 p.m.";

        var claims = new ClaimExtractor().Extract(text);

        Assert.Equal(["The council met on Monday.", "The vote was delayed until 6 p.m."], claims.Select(c => c.Text));
    }

    [Fact]
    public void Does_not_make_a_claim_of_a_bare_cue_introducing_a_quotation()
    {
        const string text = "He said:\n\n\"We have a situation in our inner cities that nobody wants to fix.\"";

        var claims = new ClaimExtractor().Extract(text);

        var claim = Assert.Single(claims);
        Assert.Equal(("He", "We have a situation in our inner cities that nobody wants to fix"), (claim.Source, claim.Text));
    }

    [Fact]
    public void Does_not_attribute_a_transcript_stage_direction_to_its_speaker()
    {
        const string text = "WALLACE: Governor, the question is simple.\n\nPENCE: (CROSSTALK.)\n\nPENCE: (LAUGHTER) Well, we will win.";

        var claims = Extract.Attributed(text);

        Assert.Equal([("WALLACE", "Governor, the question is simple"), ("PENCE", "(LAUGHTER) Well, we will win")], claims.Select(c => (c.Source, c.Text)));
    }

    [Theory]
    [InlineData("Jos\u00C3\u00A9 Ferreira")]
    [InlineData("Fran\u00C3\u0083\u00C2\u00A7oise Delorme")]
    [InlineData("Fran\u0041\u0303\u0083\u0041\u0302\u00A7oise Delorme")]
    public void Names_garbled_by_a_wrong_text_encoding_still_speak(string name)
    {
        // UTF-8 read as Latin-1 (once or twice) leaves symbols and control characters inside the name.
        var text = $"\"The dam must be inspected before the rains,\" regional engineer {name} said Friday as the talks opened.";

        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal("The dam must be inspected before the rains", claim.Text);
        Assert.Equal(name, claim.Speaker);
    }

    [Fact]
    public void Guillemets_after_a_garbled_letter_still_quote()
    {
        const string text = "Le ministre a d\u00C3\u00A9clar\u00C3\u00A9 \u00ABnous allons reconstruire\u00BB hier.\n\n\u00ABThe bridge reopens in May,\u00BB said Ana Costa.";

        var claims = Extract.Attributed(text);

        Assert.Contains(claims, c => c.Text == "The bridge reopens in May" && c.Speaker == "Ana Costa");
    }

    [Theory]
    [InlineData("Tom Hale, the head of Norvik Films \u2014 the studio that made the series \u2014 told reporters the show would return.", "Tom Hale")]
    [InlineData("Tom Hale, the head of Norvik Films -- the studio that made the series -- told reporters the show would return.", "Tom Hale")]
    [InlineData("In Oslo, the mayor \u2013 a former teacher \u2013 said taxes would rise.", "mayor")]
    public void A_dash_aside_after_a_names_role_leaves_the_name_speaking(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Extract.Attributed(text)).Speaker);
    }
}
