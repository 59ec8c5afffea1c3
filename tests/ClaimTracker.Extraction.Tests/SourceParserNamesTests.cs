namespace ClaimTracker.Extraction.Tests;

/// <summary>Names with lower-case parts: particles in personal and foreign names, and lists inside a body's or a title's complement.</summary>
public sealed class SourceParserNamesTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Theory]
    [InlineData("Jornal do Vale said the harvest had failed in three provinces.", "Jornal do Vale", "the harvest had failed in three provinces")]
    [InlineData("La Voz del Campo reported that the bridge would close in March.", "La Voz del Campo", "the bridge would close in March")]
    [InlineData("Le Courrier du Lac said the strike would continue.", "Le Courrier du Lac", "the strike would continue")]
    [InlineData("Ana de la Fuente said the vote would be held on Sunday.", "Ana de la Fuente", "the vote would be held on Sunday")]
    [InlineData("Pieter van der Wal told reporters that the dike was holding.", "Pieter van der Wal", "the dike was holding")]
    [InlineData("Omar bin Saleh said the ceasefire would hold.", "Omar bin Saleh", "the ceasefire would hold")]
    [InlineData("Rafael Ortiga y Basset said the treaty was dead.", "Rafael Ortiga y Basset", "the treaty was dead")]
    public void Takes_the_whole_name_with_its_particles_as_source_and_speaker(string text, string name, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((name, name, content), (claim.Source, claim.Speaker, claim.Text));
    }

    [Theory]
    [InlineData("Sainsbury's said it would cut prices on 200 products.", "Sainsbury's", "it would cut prices on 200 products")]
    [InlineData("Analysts at Moody's warned that the deficit would grow.", "Analysts at Moody's", "the deficit would grow")]
    [InlineData("Harrods confirmed that the store would close early, and Selfridge's said it would stay open.", "Selfridge's", "it would stay open")]
    public void A_firm_named_in_the_possessive_speaks_through_the_verb_after_its_name(string text, string source, string content)
    {
        var claim = Attributed(text)[^1];

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Sainsbury's reported profits rose by a tenth.")]
    [InlineData("The mayor's comments, which came late in the evening, drew anger.")]
    public void A_possessive_before_a_participle_or_noun_is_no_source(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void Takes_a_name_with_particles_after_an_inverted_cue()
    {
        const string text = "\"The club has accepted the offer,\" said Leonardo do Rosal.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Leonardo do Rosal", claim.Speaker);
    }

    [Fact]
    public void Keeps_a_place_with_a_particle_inside_the_prepositional_phrase_of_its_source()
    {
        const string text = "Prosecutors in Porto do Sul said the suspect had fled.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("Prosecutors in Porto do Sul", "Prosecutors"), (claim.Source, claim.Speaker));
    }

    [Fact]
    public void Does_not_read_an_auxiliary_after_a_question_word_as_a_particle()
    {
        const string text = "Why do Velarians distrust polls, the researchers asked.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the researchers", claim.Source);
    }

    [Theory]
    [InlineData("The Ministry of Commerce, Mines and Industry said exports rose 4 percent.", "The Ministry of Commerce, Mines and Industry")]
    [InlineData("Exports rose 4 percent, the Ministry of Commerce, Mines and Industry said.", "the Ministry of Commerce, Mines and Industry")]
    [InlineData("According to the Ministry of Commerce, Mines and Industry, exports rose 4 percent.", "the Ministry of Commerce, Mines and Industry")]
    [InlineData("Exports rose 4 percent, according to the Institute for Water, Soil and Climate.", "the Institute for Water, Soil and Climate")]
    public void Reads_a_comma_list_in_an_organisation_name_as_part_of_the_name(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal("exports rose 4 percent", claim.Text, ignoreCase: true);
        Assert.Equal(source[(source.IndexOf(' ') + 1)..], claim.Speaker);
    }

    [Fact]
    public void Names_the_speaker_by_the_organisation_name_with_its_complement()
    {
        const string text = "The Department of Health and Social Care said waiting lists had grown.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Department of Health and Social Care", claim.Speaker);
    }

    [Fact]
    public void Keeps_the_list_after_a_title_complement_in_the_role_before_an_apposition_name()
    {
        const string text = "The former minister for trade, industry and energy, Karl Boman, said the mine would reopen.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("The former minister for trade, industry and energy, Karl Boman", "Karl Boman"), (claim.Source, claim.Speaker));
    }

    [Fact]
    public void Keeps_two_sources_after_a_fronted_phrase_ending_in_an_organisation_name()
    {
        const string text = "In a meeting with the Ministry of Health, Ilvia and Doran said the border would reopen.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Ilvia and Doran", claim.Source);
    }

    [Fact]
    public void Does_not_join_a_clause_subject_to_an_organisation_name_after_according_to()
    {
        const string text = "According to the Ministry of Health, Ilvia and Doran agreed that the border would reopen.";

        var claim = Assert.Single(Attributed(text), c => c.Cue == "According to");

        Assert.Equal("the Ministry of Health", claim.Source);
    }

    [Theory]
    [InlineData("The UN special rapporteur on freshwater rights, Ilse Marrow, said the dam violated international law.", "Ilse Marrow")]
    [InlineData("The UN special rapporteur on the right to water, Ilse Marrow, said the dam violated international law.", "Ilse Marrow")]
    [InlineData("The EU commissioner for energy, Tomas Velden, said the dam violated international law.", "Tomas Velden")]
    [InlineData("The minister for children, Ruth Adeyo, told parliament that the dam violated international law.", "Ruth Adeyo")]
    public void Takes_the_name_after_a_title_with_a_prepositional_complement(string text, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
        Assert.EndsWith(", " + speaker, claim.Source, StringComparison.Ordinal);
        Assert.Equal("the dam violated international law", claim.Text);
    }

    [Fact]
    public void Takes_the_name_after_a_fronted_phrase_ending_in_a_title_with_a_complement()
    {
        const string text = "In a letter to the minister for children, Ruth Adeyo said the scheme had failed.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Ruth Adeyo", claim.Source);
    }

    [Theory]
    [InlineData("Jornal do Vale said the harvest had failed.")]
    [InlineData("Le Courrier du Lac said the harvest had failed.")]
    public void Classifies_a_newspaper_titled_in_another_language_as_a_media_report(string text)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(SourceKind.MediaReport, claim.SourceKind);
    }

    [Fact]
    public void Classifies_a_personal_name_with_particles_as_a_person()
    {
        const string text = "Ana de la Fuente said the harvest had failed.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(SourceKind.Person, claim.SourceKind);
    }

    [Fact]
    public void Reads_a_place_after_an_organisation_name_as_where_the_body_is_not_as_a_person()
    {
        const string text = "The University of Tolvik, Marsh Bay, said the study was flawed.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("The University of Tolvik, Marsh Bay", "University of Tolvik"), (claim.Source, claim.Speaker));
        Assert.NotEqual(SourceKind.Person, claim.SourceKind);
    }

    [Theory]
    [InlineData("The bus company, Alder Coach Lines, said its drivers were trained.", "Alder Coach Lines")]
    [InlineData("Northway Captain Ferries said its drivers were trained.", "Northway Captain Ferries")]
    public void A_title_word_inside_a_company_name_that_ends_in_a_trade_stays_in_the_name(string text, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("The closure would hurt the valley, the mayor of Kessen Falls, Ines Brandt, warned on Tuesday.", "Ines Brandt", "The closure would hurt the valley")]
    [InlineData("Fares will rise in May, the head of Port Ellery, Tomas Vik, said.", "Tomas Vik", "Fares will rise in May")]
    public void Takes_the_name_after_a_role_with_a_place_in_a_closing_cue(string text, string speaker, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((speaker, content), (claim.Speaker, claim.Text));
    }

    [Fact]
    public void Takes_the_name_after_a_role_whose_complement_is_a_party()
    {
        const string text = "The leader of the Green Party, Ola Brunvik, said the plan was sound.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Ola Brunvik", claim.Speaker);
    }

    [Theory]
    [InlineData("\"The dam is illegal,\" said the UN special rapporteur on freshwater rights, Ilse Marrow.", "Ilse Marrow", "The dam is illegal")]
    [InlineData("According to the EU commissioner for energy, Tomas Velden, prices will fall next winter.", "Tomas Velden", "prices will fall next winter")]
    [InlineData("Prices will fall next winter, said the EU commissioner for energy, Tomas Velden.", "Tomas Velden", "Prices will fall next winter")]
    public void Takes_the_name_after_a_title_with_a_complement_after_an_inverted_cue(string text, string speaker, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((speaker, content), (claim.Speaker, claim.Text));
        Assert.EndsWith(", " + speaker, claim.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_take_the_subject_of_the_reported_clause_as_a_name_after_according_to()
    {
        const string text = "According to the EU commissioner for energy, Tomas Velden will resign next winter.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("the EU commissioner for energy", "Tomas Velden will resign next winter"), (claim.Source, claim.Text));
    }

    [Fact]
    public void Does_not_join_other_bodies_in_a_list_to_an_organisation_name_as_its_speaker()
    {
        const string text = "The Ministry of Defence, NATO and the EU said the drills would go ahead.";

        var claim = Assert.Single(Attributed(text));

        Assert.DoesNotContain("the EU", claim.Speaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Marks & Spencer said sales rose.", "Marks & Spencer")]
    [InlineData("Sales rose, Marks & Spencer said.", "Marks & Spencer")]
    [InlineData("According to Procter & Gamble, prices will rise.", "Procter & Gamble")]
    [InlineData("Halden & Co, the broker, said the fund was closed.", "Halden & Co")]
    public void An_ampersand_between_capitalised_words_joins_one_firms_name(string text, string firm)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.StartsWith(firm, claim.Source, StringComparison.Ordinal);
        Assert.Equal(firm, claim.Speaker);
        Assert.Equal(SourceKind.Organization, claim.SourceKind);
    }

    [Theory]
    [InlineData("The Rail and Maritime Union said it would ballot its members.", "Rail and Maritime Union")]
    [InlineData("Pay was frozen, according to the Bank and Insurance Union.", "Bank and Insurance Union")]
    [InlineData("The Council and Staff Association said the offer was too low.", "Council and Staff Association")]
    public void One_article_before_two_words_joined_into_an_organisation_name_opens_one_body(string text, string body)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((body, SourceKind.Organization), (claim.Speaker, claim.SourceKind));
    }

    [Fact]
    public void Keeps_two_bodies_that_share_an_article_apart_when_the_second_is_no_organisation_word()
    {
        const string text = "The Courier and Reuters reported that the deal was off.";

        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal("Courier and Reuters", claim.Speaker);
    }

    [Fact]
    public void A_firm_named_with_an_ampersand_is_what_it_refers_to_later()
    {
        var claims = Extract.Attributed("Halden & Co said the fund was closed. It said no client had lost money.");

        Assert.Equal("Halden & Co", Assert.Single(claims, c => c.Text == "no client had lost money").Speaker);
    }

    [Theory]
    [InlineData("The Health Service Executive said it was pleased.", "Health Service Executive")]
    [InlineData("Health Minister Ana Ruiz said it was pleased.", "Ana Ruiz")]
    [InlineData("National Security Adviser Tom Hale said it was pleased.", "Tom Hale")]
    public void A_title_domain_word_is_stripped_only_before_a_title(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Extract.Attributed(text)).Speaker);
    }

    [Fact]
    public void A_plural_organisation_word_with_its_complement_is_one_body_name()
    {
        Assert.Equal("Centers for Disease Control", Assert.Single(Extract.Attributed("The Centers for Disease Control said the risk was low.")).Speaker);
    }

    [Theory]
    [InlineData("Shares in retailer Holt & Grey fell. The company said sales had fallen.")]
    [InlineData("Shares in Holt & Grey fell sharply on Tuesday. It said sales had fallen.")]
    public void A_firm_named_with_an_ampersand_outside_any_report_is_what_the_company_or_it_refers_to(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(("Holt & Grey", SourceKind.Organization), (claim.Speaker, claim.SourceKind));
    }

    [Fact]
    public void A_hyphenated_title_is_one_person_whom_she_refers_to()
    {
        var claims = Extract.Attributed("The agency's secretary-general said the loss was alarming. She called on governments to act.");

        Assert.All(claims, c => Assert.Equal(("agency's secretary-general", SourceKind.Person), (c.Speaker, c.SourceKind)));
        Assert.Equal(2, claims.Count);
    }

    [Fact]
    public void A_hyphenated_title_with_its_complement_speaks()
    {
        var claim = Assert.Single(Extract.Attributed("The director-general of the agency said staff were safe."));

        Assert.Equal(("The director-general of the agency", "staff were safe"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Its chief economist, Will Hart, said the rise was temporary.", "said", "Will Hart")]
    [InlineData("The harbour master, May Lindqvist, told reporters the quay was closed.", "told", "May Lindqvist")]
    [InlineData("Their analyst, Per Aune, said the forecast was too rosy.", "said", "Per Aune")]
    [InlineData("The figures were revised, Will Hart said.", "said", "Will Hart")]
    public void Reads_a_capitalized_modal_or_preposition_inside_a_sentence_as_a_given_name(string text, string cue, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((cue, speaker), (claim.Cue, claim.Speaker));
    }

    [Fact]
    public void Still_reads_per_opening_a_sentence_as_according_to()
    {
        const string text = "Per the filing, the company owes 40 million dollars.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("Per", "the filing"), (claim.Cue, claim.Source));
    }
}
