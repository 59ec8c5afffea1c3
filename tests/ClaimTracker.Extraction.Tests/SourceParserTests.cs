namespace ClaimTracker.Extraction.Tests;

/// <summary>Source phrases: how far a subject or an inverted source reaches, and what heads it.</summary>
public sealed class SourceParserTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Theory]
    [InlineData("Experts on trade and farm policy said the tariffs would hurt growers.", "Experts on trade and farm policy", "the tariffs would hurt growers")]
    [InlineData("Residents of the town and nearby villages say the water has tasted odd for months.", "Residents of the town and nearby villages", "the water has tasted odd for months")]
    [InlineData("People close to the governor say he is weighing a run for the Senate.", "People close to the governor", "he is weighing a run for the Senate")]
    [InlineData("Those familiar with the talks say a deal is near.", "Those familiar with the talks", "a deal is near")]
    [InlineData("Those close to him say that he would have to consider other candidates.", "Those close to him", "he would have to consider other candidates")]
    [InlineData("Aides to the minister said the talks had stalled.", "Aides to the minister", "the talks had stalled")]
    public void Attributes_to_subjects_with_prepositional_complements(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void Does_not_read_an_infinitive_after_a_source_noun_as_part_of_the_source()
    {
        const string text = "The rule is meant to persuade landlords to plan for the coming decade rather than for next month's rent.";

        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("Joseph R. Biden Jr. said that the plan would fail.", "Joseph R. Biden Jr.")]
    [InlineData("Acme Corp. said that the recall would cost millions.", "Acme Corp.")]
    [InlineData("Maria Lopez, of Austin, Texas, said the flood had destroyed her shop.", "Maria Lopez, of Austin, Texas")]
    [InlineData("Maria Lopez, 45, of Austin, Texas, said the flood had destroyed her shop.", "Maria Lopez, 45, of Austin, Texas")]
    [InlineData("Carla Benton, of Roanoke, Va., said she had worked for the good of her neighbors.", "Carla Benton, of Roanoke, Va.")]
    public void Reads_name_suffixes_and_hometown_asides_as_part_of_the_source(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void Keeps_a_participle_with_its_agent_inside_a_closing_source()
    {
        const string text = "The central bank is expected to raise interest rates next week, economists polled by Reuters said.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("economists polled by Reuters", "The central bank is expected to raise interest rates next week"), (claim.Source, claim.Text));
    }

    [Fact]
    public void Does_not_take_a_label_before_a_name_as_part_of_a_closing_source()
    {
        const string text = "Washington has repeatedly accused Tehran of seeking nuclear weapons, a charge Iran denies.";

        var claims = Attributed(text);

        Assert.DoesNotContain(claims, c => c.Source is { } s && s.StartsWith("a charge", StringComparison.Ordinal));
        Assert.Contains(claims, c => c.Source == "Washington" && c.Text == "Tehran of seeking nuclear weapons");
    }

    [Theory]
    [InlineData("County and city officials said the pair collected $12 million.", "County and city officials")]
    [InlineData("Growers and allies in Congress say the subsidy has saved thousands of farms.", "Growers and allies in Congress")]
    [InlineData("But the studio and its fans say the film is no more violent than others.", "the studio and its fans")]
    [InlineData("The former governor and ambassador said it was an error to skip the hearing.", "The former governor and ambassador")]
    public void Reads_coordinated_nouns_that_open_the_clause_as_one_source(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("He raised taxes and officials said the economy slowed.", "officials")]
    [InlineData("The bill passed and opponents said it would fail.", "opponents")]
    public void Does_not_join_a_previous_clause_to_the_source(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void Does_not_take_a_possessor_for_the_head_of_the_subject()
    {
        const string text = "In a season where the coach's unusual choices have swept aside old habits, nothing surprises fans.";

        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("Turkey's foreign ministry said the talks would resume.", "Turkey's foreign ministry")]
    [InlineData("The union's statement said the strike would continue.", "The union's statement")]
    public void Keeps_a_possessive_source_whose_head_is_a_source_noun(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void Keeps_an_origin_aside_after_an_inverted_source()
    {
        const string text = "\"The town will never be the same,\" said the Rev. Samuel Ortiz, of Hillcrest Community Church.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("the Rev. Samuel Ortiz, of Hillcrest Community Church", claim.Source);
    }

    [Theory]
    [InlineData("The parents viewed the footage on Monday, lawyers for the family said.", "lawyers for the family", "The parents viewed the footage on Monday")]
    [InlineData("The parents, who asked to see the footage, viewed it on Monday, lawyers for the family said.", "lawyers for the family", "The parents, who asked to see the footage, viewed it on Monday")]
    [InlineData("An ally of the mayor said the vote would be close.", "An ally of the mayor", "the vote would be close")]
    public void Does_not_read_nouns_ending_in_ly_as_adverbs(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void Reads_a_diplomatic_mission_with_its_complement_as_the_source()
    {
        const string text = "Tehran's mission to the United Nations said the allegations were \"baseless.\"";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Tehran's mission to the United Nations", claim.Source);
    }

    [Fact]
    public void Keeps_a_relative_aside_with_a_leading_according_to_source()
    {
        const string text = "According to a spokesperson for the ministry, who spoke on condition of anonymity, the talks had stalled.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("a spokesperson for the ministry, who spoke on condition of anonymity", "the talks had stalled"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Smith, Jones and Brown said that the vote was rigged.", "Smith, Jones and Brown")]
    [InlineData("The union, students and local pastors have been demanding that the report be published.", "The union, students and local pastors")]
    [InlineData("Sens. Alan Pruett (R-Kan.), Dana Whitfield (D-Vt.) and Marcus Hale (R-Ind.) all suggested that the records could support an inquiry.", "Sens. Alan Pruett (R-Kan.), Dana Whitfield (D-Vt.) and Marcus Hale (R-Ind.)")]
    public void Keeps_every_member_of_a_listed_subject(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("In Washington, Jones and Brown said that the vote was rigged.")]
    [InlineData("Yesterday, Jones and Brown said that the vote was rigged.")]
    [InlineData("When the mayor, the chief and the clerk met, Jones and Brown said that the vote was rigged.")]
    public void Does_not_take_a_fronted_phrase_for_a_list_member(string text)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Jones and Brown", claim.Source);
    }

    [Theory]
    [InlineData("The senators all suggested that the claims were false.", "The senators")]
    [InlineData("Pruett and Hale both said that the claims were false.", "Pruett and Hale")]
    public void Reads_past_a_floating_quantifier_to_the_subject(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void Reads_an_and_inside_a_complement_as_one_singular_source()
    {
        const string text = "The Energy Research Center at the Marlow Institute and Fenwick Institution estimates that the levy would raise $3.2 billion.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("The Energy Research Center at the Marlow Institute and Fenwick Institution", claim.Source);
    }

    [Theory]
    [InlineData("Protesters who confronted the mayor said the police had lied.", "Protesters who confronted the mayor")]
    [InlineData("One of the doctors who sent the letter said the treatment was unproven.", "One of the doctors who sent the letter")]
    public void Gives_the_report_to_the_antecedent_of_a_relative_clause_not_its_object(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("Lena Marsh in an interview with Vantage said the plan was fair.", "Lena Marsh")]
    [InlineData("The president at a rally in Ohio said the economy was strong.", "The president")]
    [InlineData("Last week Okafor in a televised interview said the contractors were to blame.", "Okafor")]
    public void Leaves_the_occasion_of_speaking_and_a_fronted_time_out_of_the_source(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void Leaves_the_occasion_out_of_a_passive_agent_and_the_content()
    {
        const string text = "The deadline was mentioned by Lena Marsh in an interview with Vantage magazine.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("Lena Marsh", "The deadline"), (claim.Source, claim.Text));
    }

    [Fact]
    public void Reads_an_ing_adjective_after_a_determiner_inside_an_apposition()
    {
        const string text = "Attorney General Roy Cooper (D), the governor's opponent in the upcoming election, called for releasing the videos.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Attorney General Roy Cooper (D), the governor's opponent in the upcoming election", claim.Source);
    }

    [Theory]
    [InlineData("Observers around the country say the senator deserves the seat.", "Observers around the country")]
    [InlineData("Political observers in Nevada and around the region say the mayor deserves a second term.", "Political observers in Nevada and around the region")]
    public void Keeps_a_spatial_complement_in_a_group_source(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("The ferryman's widow agreed, but also argued that the toll was unfair.", "The ferryman's widow")]
    [InlineData("Her younger brother agreed and insisted that the toll was unfair.", "Her younger brother")]
    public void Reads_a_kinship_noun_as_a_person_who_can_speak(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("As noted in Ms. Ortiz's commentary, the toll road has never turned a profit.", "Ms. Ortiz's commentary")]
    [InlineData("The senator's essay argued that the toll road has never turned a profit.", "The senator's essay")]
    public void Reads_a_commentary_or_essay_as_a_document_source(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("Marta Lind, chief engineer and head of safety at the Northern Rail Authority, Uppsala, said, \"The tracks are sound.\"", "Marta Lind")]
    [InlineData("Amal Haddad, head of the regional lab and adviser to the health board, said the samples were clean.", "Amal Haddad")]
    [InlineData("Pavel Osei, professor of geology at Tolvik University, said the aquifer was shrinking.", "Pavel Osei")]
    [InlineData("Lena Park from the Harbour Institute said the water was safe to drink.", "Lena Park")]
    [InlineData("Omar Haddad of the Desert Research Centre said rainfall had halved.", "Omar Haddad")]
    public void Long_source_phrases_with_coordinated_titles_affiliations_and_places_keep_the_person_as_speaker(string text, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
        Assert.StartsWith(speaker, claim.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US President Ana Lind said the ceasefire would hold.", "Ana Lind")]
    [InlineData("US officials said the ceasefire would hold.", "US officials")]
    [InlineData("The WHO said the outbreak was over.", "WHO")]
    [InlineData("WHO officials said the outbreak was over.", "WHO officials")]
    [InlineData("The IT department said the servers were safe.", "IT department")]
    public void Abbreviations_written_like_pronouns_open_a_source_phrase(string text, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void The_lower_case_pronoun_us_still_ends_a_phrase()
    {
        var claim = Assert.Single(Attributed("The guide told us the path was closed."));

        Assert.Equal("The guide", claim.Source);
    }

    [Theory]
    [InlineData("Hilda Marsh, UNESCO associate director of culture, said the site was at risk.", "Hilda Marsh")]
    [InlineData("Tom Berg, BBC correspondent in Cairo, said the streets were quiet.", "Tom Berg")]
    [InlineData("Ivo Sand, Norland coach, said his side had been unlucky.", "Ivo Sand")]
    public void A_name_before_an_aside_opened_by_a_proper_noun_but_headed_by_a_role_speaks(string text, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void A_role_before_a_name_in_apposition_still_gives_the_name()
    {
        var claim = Assert.Single(Attributed("The minister for trade, Ola Brun, said exports had risen."));

        Assert.Equal("Ola Brun", claim.Speaker);
    }

    [Theory]
    [InlineData("A supplier to the bakery, Nils Forde, said he had not been paid since June.", "Nils Forde")]
    [InlineData("A donor to the museum, Greta Blom, said the gift had come with no conditions.", "Greta Blom")]
    public void An_agent_noun_with_a_to_complement_before_a_name_leaves_the_name_speaking(string text, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }
}
