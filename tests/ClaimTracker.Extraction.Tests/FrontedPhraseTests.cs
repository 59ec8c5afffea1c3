namespace ClaimTracker.Extraction.Tests;

/// <summary>A fronted prepositional or time phrase before the subject, written without its comma.</summary>
public sealed class FrontedPhraseTests
{
    [Theory]
    [InlineData("After the flood the engineers said the levee had held for two days.", "the engineers", "the levee had held for two days")]
    [InlineData("During a visit to the port the premier said exports would double.", "the premier", "exports would double")]
    [InlineData("In a radio interview on Sunday the governor said the curfew would end.", "the governor", "the curfew would end")]
    [InlineData("Following the audit the regulator announced that two banks would be fined.", "the regulator", "two banks would be fined")]
    public void Attributes_a_cue_whose_subject_follows_a_fronted_phrase_without_a_comma(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("After weeks of delay Okafor announced that the ferry would run again.", "Okafor", "the ferry would run again")]
    [InlineData("Since the flood Lindqvist has said the dam was unsafe.", "Lindqvist", "the dam was unsafe")]
    [InlineData("During the night shift Nurse Ama Boateng said the ward was full.", "Nurse Ama Boateng", "the ward was full")]
    public void Starts_a_bare_name_subject_at_its_capital_after_a_fronted_phrase(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("In the spring the river flooded the lower town.")]
    [InlineData("After the match the fans sang outside the stadium.")]
    [InlineData("Before the vote was held the deputies said nothing.")]
    public void Does_not_attribute_a_fronted_phrase_before_a_plain_clause(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Fact]
    public void Keeps_a_determiner_inside_the_fronted_phrase_out_of_the_subject()
    {
        const string text = "At the end of the summit the two leaders said they would meet again in May.";

        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal("the two leaders", claim.Source);
    }

    [Theory]
    [InlineData("Dana Whitlow toured Europe. In March she cancelled three concerts, blaming a back injury.", "a back injury")]
    [InlineData("Dana Whitlow toured Europe. Last spring she left the band, saying she wanted to write alone.", "she wanted to write alone")]
    public void A_participle_after_a_fronted_phrase_without_a_comma_belongs_to_the_pronoun_subject(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
        Assert.Equal("Dana Whitlow", claim.Speaker);
    }

    [Theory]
    [InlineData("Kofi Mensah lost the seat. At the count he said the result would be challenged.", "the result would be challenged", "Kofi Mensah")]
    [InlineData("Rosa Ilves left the firm. In an interview she said the board had misled investors.", "the board had misled investors", "Rosa Ilves")]
    [InlineData("The mill workers walked out. Outside the gates they said the pay offer was an insult.", "the pay offer was an insult", "mill workers")]
    [InlineData("The Tarsk Agency reviewed the dam. In its report it said the spillway was unsafe.", "the spillway was unsafe", "Tarsk Agency")]
    [InlineData("Ana Vik chaired the inquiry. Later that day she told reporters the findings were damning.", "the findings were damning", "Ana Vik")]
    public void Attributes_a_cue_to_a_pronoun_after_a_fronted_phrase_without_a_comma(string text, string content, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((content, speaker), (claim.Text, claim.Speaker));
    }

    [Theory]
    [InlineData("At the rally the senator said the tax would go.", "the senator")]
    [InlineData("At the assembly the delegates said the vote was rigged.", "the delegates")]
    public void Reads_a_noun_ending_in_ly_after_a_determiner_as_the_end_of_the_fronted_phrase(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
    }
}
