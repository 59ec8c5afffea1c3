namespace ClaimTracker.Extraction.Tests;

/// <summary>
/// He, she, I and we point to people and groups, never to a capitalized title, place or document; naming and credit
/// lines are no reports.
/// </summary>
public sealed class PersonMentionTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Fact]
    public void Resolves_she_past_a_title_of_a_work_to_the_person_referred_to_by_surname()
    {
        const string text = "Ilse Varga finished her first novel in 1990. Varga recalled the winter on the coast.\n"
            + "Silent Harbours appeared two years later. She said the book had nearly broken her.";

        var claim = Assert.Single(Attributed(text), c => c.Source == "She");

        Assert.Equal("Ilse Varga", claim.Speaker);
    }

    [Fact]
    public void Prefers_a_titled_person_to_a_nearer_place_name_that_opens_a_clause()
    {
        const string text = "Dr. Orla Fenwick surveyed the reef for a decade.\nCoral Bay Lagoon drew record crowds last summer. "
            + "She said the reef was dying.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal("Orla Fenwick", claim.Speaker);
    }

    [Fact]
    public void Never_resolves_we_to_a_document_that_spoke()
    {
        const string text = "The e-mail said the shipment would be late.\nWe knew that the port was closed.";

        var claim = Assert.Single(Attributed(text), c => c.Source == "We");

        Assert.NotEqual("e-mail", claim.Speaker);
    }

    [Theory]
    [InlineData("The probe studied a comet called Tessa 4 (named after its finder) for a decade.")]
    [InlineData("A group called Harbour Watch have started a petition against the closures.")]
    [InlineData("Harbour fire image: Ana Ruiz Delgado")]
    public void Reads_a_naming_participle_or_a_credit_line_as_no_report(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void Still_reads_call_with_a_titled_name_opening_a_longer_object_as_a_judgement()
    {
        var claim = Assert.Single(Attributed("The mayor called Mr. Okafor's budget a gamble with the town's savings."));

        Assert.Equal("The mayor", claim.Source);
    }

    [Fact]
    public void Still_reads_call_with_a_name_and_its_predicate_as_a_judgement()
    {
        var claim = Assert.Single(Attributed("The mayor called Okafor reckless and vain."));

        Assert.Equal("The mayor", claim.Source);
    }

    [Theory]
    [InlineData("Engineers have long warned that the towers are unsafe. The Chamber of Civil Engineers said it had urged action.")]
    [InlineData("The Chamber of Civil Engineers said it had urged action. Engineers have long warned that the towers are unsafe.")]
    public void The_words_completing_a_bodys_name_are_no_person_a_group_noun_could_shorten(string text)
    {
        var claim = Assert.Single(Attributed(text), c => c.Text == "the towers are unsafe");

        Assert.Equal("Engineers", claim.Speaker);
    }

    [Theory]
    [InlineData("The plan was drawn up by Ana Ruiz. Ruiz said the vote was fair.", "Ana Ruiz")]
    [InlineData("The fund is run by Tom Hale. Hale said returns had doubled.", "Tom Hale")]
    [InlineData("\"It works,\" said Dr. Lena Holm. Holm said the bill would pass.", "Lena Holm")]
    public void A_name_that_ends_a_sentence_is_not_run_into_the_next_sentence(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Source is "Ruiz" or "Hale" or "Holm");

        Assert.Equal(speaker, claim.Speaker);
    }
}
