namespace ClaimTracker.Extraction.Tests;

/// <summary>"it" closing a sentence whose content opens with a body: the body is what "it" refers to.</summary>
public sealed class PronounAfterContentTests
{
    [Fact]
    public void It_after_content_opening_with_a_description_resolves_like_the_description()
    {
        const string text = "The central bank left rates unchanged, Halvorsen Securities said.\nVarrow Foods said it would close a plant.\n"
            + "The company expects sales to recover next year, it said in a filing.";

        var claim = Extract.Attributed(text).Single(c => c.Source == "it");

        Assert.Equal("Varrow Foods", claim.Speaker);
    }

    [Theory]
    [InlineData("Chip maker Telvio will cut 900 jobs.\nThe company expects output to fall, according to a stock market filing. It said it would publish a plan in May.")]
    [InlineData("Chip maker Telvio will cut 900 jobs.\nThe company expects output to fall, a stock market filing showed. It said it would publish a plan in May.")]
    public void It_opening_the_sentence_after_a_document_that_closed_the_last_one_is_the_body_its_content_was_about(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "It");

        Assert.Equal("Telvio", claim.Speaker);
    }

    [Fact]
    public void It_opening_the_sentence_after_a_document_that_opened_the_last_one_is_still_the_document_or_its_author()
    {
        var claim = Assert.Single(Extract.Attributed("A report by the Harbour Institute found that the company had cut costs.\nIt said wages had fallen."),
            c => c.Source == "It");

        Assert.Equal("Harbour Institute", claim.Speaker);
    }

    [Fact]
    public void It_after_content_opening_with_an_unresolved_description_keeps_the_description()
    {
        var claim = Assert.Single(Extract.Attributed("The Red Crescent said it had sent tents.\nThe insurer expects claims to double, it said."), c => c.Source == "it");

        Assert.Equal("insurer", claim.Speaker);
    }

    [Fact]
    public void It_after_content_opening_with_a_company_name_is_the_company()
    {
        var claim = Assert.Single(Extract.Attributed("The ministry said talks had stalled.\nOstra Mining expects output to fall, it said."), c => c.Source == "it");

        Assert.Equal("Ostra Mining", claim.Speaker);
    }

    [Fact]
    public void A_described_body_with_a_participle_is_what_a_later_it_refers_to()
    {
        var claims = Extract.Attributed("The ministry said it had not been warned.\nThe union representing porters said its members were angry. It said they would strike.");

        Assert.Equal("union representing porters", claims[^1].Speaker);
    }

    [Fact]
    public void A_name_after_a_fronted_phrase_ending_in_an_institution_noun_is_no_apposition_to_it()
    {
        const string text = "Vollers denies six counts of fraud.\nThe court was told that a builder paid for a cruise in May.\n"
            + "In a police interview read to the court, Vollers said he had nothing to hide.";

        var claim = Assert.Single(Extract.Attributed(text), c => c.Cue == "was told");

        Assert.Equal("court", claim.Speaker);
    }

    [Fact]
    public void He_with_no_named_man_to_take_it_is_the_unnamed_role_opening_the_sentence_before()
    {
        const string text = "The mayor, Maria Kolarova, apologised to residents.\nHer deputy was less contrite. \"The supplier hid the fault from us,\" he said.";

        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "he");

        Assert.Equal("Her deputy", claim.Speaker);
    }

    [Theory]
    [InlineData("Finance minister Ola Brun met the bankers.\nThe minister was furious. \"They misled us,\" he said.", "Ola Brun")]
    [InlineData("Tomas Greer farms by the river.\nThe flood was the worst in years. \"We lost everything,\" he said.", "Tomas Greer")]
    public void He_after_a_quotation_is_the_named_holder_of_the_role_or_the_person_named_before(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "he");

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("Greta Lind said the ferry was safe.\nA spokesperson for the port rejected that. The ferry had failed two inspections, she said.", "she", "spokesperson for the port")]
    [InlineData("Otto Kral said the bridge was sound.\nAn engineer at the site disagreed. He said cracks had been found in March.", "He", "engineer at the site")]
    public void A_pronoun_after_a_sentence_opened_by_someone_new_in_a_role_is_that_person(string text, string pronoun, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == pronoun);

        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void A_pronoun_of_the_other_gender_than_the_role_before_it_keeps_the_named_person()
    {
        const string text = "Ruth Amsel said the line was safe.\nA spokesman for the operator rejected the claim. Trains had been slowed twice, she said.";

        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "she");

        Assert.Equal("Ruth Amsel", claim.Speaker);
    }

    [Theory]
    [InlineData("Bus fares will rise in March, a spokeswoman said. She declined to say by how much.", "She", "spokeswoman")]
    [InlineData("Lena Holm runs the depot.\nBus fares will rise in March, a spokeswoman for the operator said. She said the rise was small.", "She", "spokeswoman for the operator")]
    [InlineData("Divers will return at dawn, a navy spokesperson said. He said the sea was too rough at night.", "He", "navy spokesperson")]
    public void A_pronoun_after_a_sentence_whose_source_was_someone_unnamed_is_that_person(string text, string pronoun, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == pronoun);

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("Tom Berg runs the port.\nThe union's general secretary said the offer was poor. He said members would vote on Friday.", "union's general secretary")]
    [InlineData("Tom Berg runs the port.\nHis lawyer said the fine was unfair. He said an appeal would follow.", "His lawyer")]
    [InlineData("Tom Berg runs the port.\nThe bloc's trade chief urged restraint. In a statement, he said talks would resume.", "bloc's trade chief")]
    [InlineData("Tom Berg runs the port.\nNorway's envoy to the talks was more hopeful. Progress had been made, he told reporters.", "Norway's envoy")]
    public void A_role_held_for_someone_named_before_is_a_new_person_who_goes_on_speaking(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Source is "He" or "he");

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("Tom Berg runs the port.\nThe chief executive, Nora Quist, visited the families. \"We failed you,\" she said.", "Nora Quist")]
    [InlineData("Tom Berg runs the port.\nThe board's new chair, Nora Quist, apologised. \"We failed you,\" she said.", "Nora Quist")]
    [InlineData("Tom Berg runs the port.\nA senior engineer, Paul Brandt, inspected the site. The road was shut, he said.", "Paul Brandt")]
    public void A_role_opening_the_sentence_before_with_a_name_in_apposition_is_that_named_person(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Source is "He" or "he" or "she");

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("Tom Berg runs the port.\nMr. Holt's client, Varn Mining, lost the case. \"We will appeal,\" he said.")]
    [InlineData("Tom Berg runs the port.\nThe lender, Ostra Capital Partners, lost the case. \"We will appeal,\" he said.")]
    public void A_body_in_apposition_is_no_he_or_she(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "he");

        Assert.DoesNotContain("Mining", claim.Speaker);
        Assert.DoesNotContain("Partners", claim.Speaker);
    }

    [Fact]
    public void A_name_in_apposition_of_the_other_gender_is_not_taken_for_the_pronoun()
    {
        const string text = "Tom Berg runs the port.\nThe chief executive, Nora Quist, visited the families. \"We failed you,\" he said.";

        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "he");

        Assert.NotEqual("Nora Quist", claim.Speaker);
    }

    [Theory]
    [InlineData("Tom Berg runs the depot.\nBus fares will rise, a spokeswoman said. Speaking on Friday, she said the rise was small.")]
    [InlineData("The transport minister said last week that fares were frozen.\nBus fares will rise, a spokeswoman said. Asked about the freeze, she said the rise was small.")]
    [InlineData("The transport minister said last week that fares were frozen.\nBus fares will rise, a spokeswoman said. Told of the complaints, she said the rise was small.")]
    public void A_pronoun_after_a_fronted_phrase_is_read_like_one_opening_the_sentence(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "she");

        Assert.Equal("spokeswoman", claim.Speaker);
    }

    [Fact]
    public void An_unnamed_source_goes_on_speaking_through_a_chain_of_pronouns()
    {
        const string text = "The depot will close, a spokeswoman said. She declined to give a date. She added that staff would be moved.";

        var claims = Extract.Attributed(text);

        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Equal("spokeswoman", c.Speaker));
    }

    [Theory]
    [InlineData("Tom Berg runs the depot.\nBus fares will rise, a spokeswoman said. He said the rise was small.", "Tom Berg")]
    [InlineData("Tom Berg runs the depot.\nBus fares will rise, a spokeswoman said. The board met on Monday. He said the rise was small.", "Tom Berg")]
    public void A_pronoun_of_the_other_gender_or_two_sentences_on_is_left_to_the_named_person(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "He");

        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void A_pronoun_that_is_the_source_of_two_cues_is_one_person()
    {
        const string text = "Tom Berg runs the port.\nNorway's envoy was more hopeful. Progress had been made, he told reporters, adding that a deal was near.";

        var claims = Extract.Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Norway's envoy", c.Speaker));
    }

    [Fact]
    public void A_name_in_apposition_to_the_subject_of_the_sentence_before_is_what_he_refers_to()
    {
        const string text = "Tom Berg denied the charge, the league said.\nThe player who was fouled, defender Ivo Marsh, thanked the fans. He said he hoped the case would help others.";

        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "He");

        Assert.Equal("Ivo Marsh", claim.Speaker);
    }

    [Theory]
    [InlineData("Voltera said the fault began at noon.\nServices were restored by evening, it said.")]
    [InlineData("Voltera said the fault began at noon.\nHoldings were sold at a loss, it said.")]
    public void It_after_content_opening_with_a_lone_capitalised_common_noun_is_the_previous_body(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "it");

        Assert.Equal("Voltera", claim.Speaker);
    }
}
