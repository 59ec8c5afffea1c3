namespace ClaimTracker.Extraction.Tests;

/// <summary>Speech acts without a proposition: refusals to speak are reports, greetings and rites are not.</summary>
public sealed class RefusalAndGreetingTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Theory]
    [InlineData("A spokesman for the ferry operator did not respond to emailed requests for comment.", "A spokesman for the ferry operator", "to emailed requests for comment")]
    [InlineData("The Brennmoor council has not replied to inquiries.", "The Brennmoor council", "to inquiries")]
    [InlineData("The harbour master declined to comment on the collision.", "The harbour master", "to comment on the collision")]
    [InlineData("The appeals court declined to hear the case.", "The appeals court", "to hear the case")]
    [InlineData("Coach Ilse Varga refused to say whether she would stay.", "Coach Ilse Varga", "to say whether she would stay")]
    public void Reports_a_refusal_to_speak_as_the_sources_word(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Three firefighters refused to leave the burning depot.")]
    [InlineData("The crews responded to the fire within minutes.")]
    public void Reports_no_refusal_of_a_deed_or_an_answer_given_in_deeds(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("Mayor Ines Duarte said goodbye to the crew on Friday.")]
    [InlineData("The pilots said their final farewells at the hangar.")]
    [InlineData("The family said a prayer before the meal.")]
    public void Reads_a_greeting_or_rite_after_say_as_no_report(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void Still_reads_a_bare_clause_that_opens_with_a_look_alike_word()
    {
        var claim = Assert.Single(Attributed("Okafor said mass layoffs would follow."));

        Assert.Equal("mass layoffs would follow", claim.Text);
    }

    [Theory]
    [InlineData("The water board would not confirm the figures.", "would not confirm", "the figures")]
    [InlineData("The harbour master could not say whether the pier would reopen.", "could not say", "whether the pier would reopen")]
    [InlineData("Officials at the mine won't disclose the number of workers trapped.", "won't disclose", "the number of workers trapped")]
    public void A_negated_modal_of_will_or_ability_before_a_speech_verb_is_a_refusal_reported(string text, string cueWords, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.EndsWith(cueWords.Split(' ')[^1], claim.Cue);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("The water board would confirm the figures if asked.")]
    [InlineData("The receipts wouldn't tell the auditors anything new.")]
    public void A_bare_modal_or_a_negated_telling_stays_hypothetical(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }
}
