namespace ClaimTracker.Extraction.Tests;

public sealed class QuoteTests
{
    [Fact]
    public void Closes_an_unbalanced_quote_at_the_end_of_its_paragraph()
    {
        const string text = "The agency said \"the numbers are wrong.\nOfficials said the census would be repeated.";

        var claims = new ClaimExtractor().Extract(text);

        RobustnessTests.AssertWellFormed(text, claims);
        Assert.Equal(2, claims.Count(c => c.IsAttributed));
        Assert.Contains(claims, c => c.Source == "Officials" && c.Text == "the census would be repeated");
    }

    [Fact]
    public void Ignores_a_stray_closing_quote_before_the_cue()
    {
        const string text = "Ortiz \"will travel to Lima\" on Monday for talks on trade,\" the foreign ministry said.";

        var claim = Assert.Single(new ClaimExtractor().Extract(text));

        Assert.Equal("the foreign ministry", claim.Source);
        Assert.Equal(ClaimKind.Mixed, claim.Kind);
    }

    [Theory]
    [InlineData("\u201CWe will rebuild,\u201D the governor said.")]
    [InlineData("\u00ABWe will rebuild,\u00BB the governor said.")]
    [InlineData("''We will rebuild,'' the governor said.")]
    [InlineData("\"We will rebuild,\" the governor said.")]
    public void Recognizes_curly_quotes_guillemets_and_doubled_apostrophes(string text)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text));

        Assert.Equal(ClaimKind.Direct, claim.Kind);
        Assert.Equal("We will rebuild", claim.Text);
    }

    [Fact]
    public void Does_not_mistake_apostrophes_for_quotes()
    {
        const string text = "\"The Israelis' position hasn't changed, and we don't expect it to,\" the envoy said.";

        var claim = Assert.Single(new ClaimExtractor().Extract(text));

        Assert.Equal(ClaimKind.Direct, claim.Kind);
        Assert.Equal("The Israelis' position hasn't changed, and we don't expect it to", claim.Text);
    }

    [Fact]
    public void Keeps_nested_single_quotes_inside_the_outer_quote()
    {
        const string text = "\"He told me 'never again' and left,\" Ramos said.";

        var claim = Assert.Single(new ClaimExtractor().Extract(text));

        Assert.Equal("He told me 'never again' and left", claim.Text);
    }

    [Fact]
    public void Keeps_curly_quotes_nested_inside_a_straight_quote()
    {
        const string text = "\"HOST: She called it an episode of \u201CShark Tank.\u201D But this is serious.";

        var claim = Assert.Single(new ClaimExtractor().Extract(text), c => c.IsAttributed);

        Assert.Equal("HOST", claim.Source);
        Assert.Contains("But this is serious", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Okafor's spokesman, John Harper, said the senator was \"deeply saddened.\"", "the senator was \"deeply saddened.\"")]
    [InlineData("Costa called the decision \u201Ca betrayal of trust\u201D.", "the decision \u201Ca betrayal of trust\u201D")]
    [InlineData("Costa called the decision \u2018shameful\u2019 and walked out.", "the decision \u2018shameful\u2019")]
    public void A_quotation_opened_inside_the_content_keeps_its_closing_mark(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void A_one_word_scare_quote_in_curly_single_marks_makes_the_claim_mixed()
    {
        var claim = Assert.Single(Extract.Attributed("The local MP called the council's response \u2018shambolic\u2019."));

        Assert.Equal(ClaimKind.Mixed, claim.Kind);
    }

    [Fact]
    public void An_elision_in_single_marks_is_no_quotation()
    {
        var claim = Assert.Single(Extract.Attributed("The band still plays rock \u2018n\u2019 roll, its manager said."));

        Assert.Equal(ClaimKind.Indirect, claim.Kind);
    }

    [Fact]
    public void A_quotation_that_runs_on_after_its_cue_stays_one_passage()
    {
        const string text = "\"We were warned,\" Okafor said. \"Nobody listened. Now the river is in the streets.\"";

        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal("We were warned ... Nobody listened. Now the river is in the streets", claim.Text);
        Assert.Equal("Okafor", claim.Speaker);
    }

    [Fact]
    public void Quotes_after_reported_speech_keep_the_speaker_once_it_is_resolved()
    {
        const string text = "Tomas Vrba, an engineer, inspected the dam in March. He said the spillway had cracked. \"It was worse than we feared.\" \"We closed the road at once.\"";

        var claims = Extract.Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal("the spillway had cracked", claims[0].Text);
        Assert.Equal("It was worse than we feared ... We closed the road at once", claims[1].Text);
        Assert.All(claims, c => Assert.Equal("Tomas Vrba", c.Speaker));
    }

    [Fact]
    public void A_quote_after_a_second_speaker_belongs_to_the_second_speaker()
    {
        const string text = "Mayor Ines Duarte said the budget was balanced. Councillor Rafael Moura said it was not. \"The numbers do not add up.\"";

        var claims = Extract.Attributed(text);

        Assert.Equal("Rafael Moura", Assert.Single(claims, c => c.Text.StartsWith("The numbers", StringComparison.Ordinal)).Speaker);
    }

    [Theory]
    [InlineData("Governor Ali Sani wrote on his official account:\n\"The bridge is closed. Stay home tonight.\"", "Ali Sani")]
    [InlineData("The ministry said in a statement:\n\"The talks were useful.\"", "ministry")]
    [InlineData("Mayor Ines Duarte said on Tuesday:\n\"We will rebuild the quay.\"", "Ines Duarte")]
    public void A_block_quotation_after_a_cue_with_an_adjunct_and_a_colon_belongs_to_its_source(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((ClaimKind.Direct, speaker), (claim.Kind, claim.Speaker));
    }

    [Fact]
    public void A_colon_after_a_verb_that_reports_nothing_introduces_no_quotation()
    {
        const string text = "The chef cooked in the kitchen: soup and bread.";

        Assert.Empty(Extract.Attributed(text));
    }

    [Fact]
    public void A_paragraph_ending_in_a_cue_and_comma_introduces_the_quotation_on_the_next_line()
    {
        const string text = "The inquiry heard from a former guard. Okafor stated,\n\"We were told to look away. Nobody asked questions.\"";

        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(("We were told to look away. Nobody asked questions", "Okafor"), (claim.Text, claim.Speaker));
    }

    [Fact]
    public void A_paragraph_ending_in_a_comma_without_a_cue_hands_no_speaker_on()
    {
        const string text = "The river rose, the bridge closed,\n\"and then the lights went out.\"";

        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("The ministry said in a statement: \"The border is closed until further notice.\"", "The border is closed until further notice")]
    [InlineData("The governor tweeted using her @stategov account: \"Schools will stay closed on Monday.\"", "Schools will stay closed on Monday")]
    [InlineData("The governor wrote from her official account on Sunday: \"Schools will stay closed on Monday.\"", "Schools will stay closed on Monday")]
    public void An_adjunct_between_the_cue_and_a_colon_is_not_part_of_the_quotation(string text, string quotation)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((ClaimKind.Direct, quotation), (claim.Kind, claim.Text));
    }

    [Fact]
    public void A_cue_with_an_account_handle_before_the_colon_introduces_the_next_paragraph()
    {
        const string text = "Mayor Ana Lind tweeted using her @CityHall account:\n\"We will rebuild the library. It belongs to everyone.\"";

        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(("We will rebuild the library. It belongs to everyone", "Ana Lind"), (claim.Text, claim.Speaker));
    }

    [Fact]
    public void An_adjunct_before_a_colon_that_opens_no_quotation_is_ordinary_content()
    {
        var claim = Assert.Single(Extract.Attributed("The mayor said on Monday: the budget is balanced and the pools will reopen."));

        Assert.DoesNotContain("Monday", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The mayor said the repairs were urgent: \"We cannot wait another winter.\"", "the repairs were urgent")]
    [InlineData("The mayor defended the budget while promising a \"full review\" of the repairs is coming: \"We cannot wait another winter.\"", "a \"full review\" of the repairs is coming")]
    public void A_colon_quotation_after_reported_speech_is_a_direct_claim_of_the_same_source(string text, string reported)
    {
        var claims = Extract.Attributed(text);

        Assert.Contains(claims, c => c.Text == reported && c.Kind != ClaimKind.Direct);
        var direct = Assert.Single(claims, c => c.Kind == ClaimKind.Direct);
        Assert.Equal(("We cannot wait another winter", "mayor"), (direct.Text, direct.Speaker));
    }

    [Fact]
    public void A_quoted_word_inside_reported_speech_is_not_split_off()
    {
        var claim = Assert.Single(Extract.Attributed("The mayor said the word \"urgent\" was not strong enough."));

        Assert.Equal(ClaimKind.Mixed, claim.Kind);
    }

    [Theory]
    [InlineData("Senator Lara Quist issued a statement about the closure of the plant. \"This is a sad day for our town. Hundreds of families depend on it.\"", "Lara Quist")]
    [InlineData("The ministry released a short statement on Sunday.\n\"We mourn the victims and will rebuild the bridge.\"", "ministry")]
    public void A_quotation_after_a_message_put_out_is_the_message(string text, string speaker)
    {
        var claims = new ClaimExtractor().Extract(text);

        var quote = Assert.Single(claims, c => c.IsAttributed);
        Assert.Equal((ClaimKind.Direct, speaker), (quote.Kind, quote.Speaker));
        Assert.Contains(claims, c => !c.IsAttributed && c.Text.Contains("statement", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The ministry released a short statement on Sunday.\nThe bridge had collapsed during the storm.")]
    [InlineData("The union sent a letter to the board. The board has not replied.")]
    public void A_message_put_out_hands_no_speaker_to_unquoted_text(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Fact]
    public void A_quoted_paragraph_after_a_paragraph_of_reported_speech_keeps_its_speaker()
    {
        const string text = "Harbour master Ivo Brandt said the ferry had been held back.\n\"There is nothing we can do about the swell.\"\nThe port reopened on Monday.";

        var claims = Extract.Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal("There is nothing we can do about the swell", claims[1].Text);
        Assert.Equal(ClaimKind.Direct, claims[1].Kind);
        Assert.Equal("Ivo Brandt", claims[1].Speaker);
    }

    [Fact]
    public void A_paragraph_in_the_reporters_voice_hands_no_speaker_to_the_next_quotation()
    {
        const string text = "Harbour master Ivo Brandt said the ferry had been held back. The port reopened on Monday.\n\"The swell was the worst in years.\"";

        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal("the ferry had been held back", claim.Text);
    }

    [Theory]
    [InlineData("On Thursday the rowing club said:\n\"We are stunned by the news.\"")]
    [InlineData("In a short statement, the rowing club said:\nWe are stunned by the news.")]
    public void A_fronted_adjunct_before_a_bare_cue_still_introduces_the_next_paragraph(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal("the rowing club", claim.Source);
        Assert.StartsWith("We are stunned by the news", claim.Text);
    }

    [Theory]
    [InlineData("The harbour pilot put it bluntly:\n\"We are out of berths. Ships will wait.\"")]
    [InlineData("The harbour pilot put it more simply:\n\"We are out of berths. Ships will wait.\"")]
    [InlineData("The harbour pilot said simply:\n\"We are out of berths. Ships will wait.\"")]
    public void A_manner_adverb_before_a_colon_closing_the_paragraph_introduces_the_next_one(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(("The harbour pilot", "We are out of berths. Ships will wait"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The porter put it on the quay before dawn.")]
    [InlineData("The chair put it to a vote that evening.")]
    public void Putting_a_thing_somewhere_reports_nothing(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Fact]
    public void A_fronted_adjunct_before_a_colon_without_a_reporting_verb_introduces_nothing()
    {
        Assert.Empty(Extract.Attributed("In the galley, the cook prepared:\nSoup and bread."));
    }

    [Theory]
    [InlineData("\"It was over in a minute,\" said one shop assistant.", "one shop assistant")]
    [InlineData("\"Nobody warned us,\" said a ferry deckhand from the island, who asked not to be named.", "ferry deckhand from the island")]
    [InlineData("\"We will rebuild,\" said another stallholder.", "another stallholder")]
    public void Said_with_an_indefinite_noun_after_a_quotation_names_whoever_spoke(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((speaker, SourceKind.Anonymous), (claim.Speaker, claim.SourceKind));
    }

    [Theory]
    [InlineData("\"It was over in a minute,\" said the woman's shop.")]
    [InlineData("The report was over in a minute, said a shop.")]
    public void Said_with_an_unlisted_noun_is_no_source_without_an_indefinite_right_after_a_quotation(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }
}
